import { h } from './dom.js';

/** The widget's elements, by role. */
export type Parts = ReturnType<typeof buildParts>;

/** The widget's elements, made once; `#render` only changes their text and visibility. */
export function buildParts() {
  const fileInput = h('input', { type: 'file', class: 'file-input', part: 'file-input', tabindex: '-1' });
  const cameraInput = h('input', { type: 'file', class: 'file-input', part: 'camera-input', tabindex: '-1' });
  const chooseButton = h('button', { type: 'button', class: 'primary', part: 'button choose-button' });
  const cameraButton = h('button', { type: 'button', part: 'button camera-button' });
  const liveButton = h('button', { type: 'button', part: 'button live-button' });
  const hint = h('p', { class: 'hint', part: 'hint' });
  const dropzone = h(
    'div',
    { class: 'dropzone', part: 'dropzone', tabindex: '0', role: 'group' },
    hint,
    h('div', { class: 'buttons' }, liveButton, chooseButton, cameraButton),
  );
  const canvas = h('canvas', { part: 'preview-image', role: 'img' });
  const preview = h('figure', { class: 'preview', part: 'preview' }, canvas);
  const mapsToggle = h('input', { type: 'checkbox', part: 'maps-checkbox' });
  const mapsLabel = h('span', { part: 'maps-label' });
  const mapsRow = h('label', { class: 'toggle', part: 'maps-toggle' }, mapsToggle, mapsLabel);
  const status = h('p', { class: 'status', part: 'status' });
  const issues = h('ol', { class: 'issues', part: 'issues' });
  // The verdict and its hints are announced together.
  const announced = h('div', { class: 'announced', role: 'status', 'aria-live': 'polite' }, status, issues);
  const useButton = h('button', { type: 'button', class: 'primary', part: 'button use-button' });
  const retakeButton = h('button', { type: 'button', part: 'button retake-button' });
  const anywayButton = h('button', { type: 'button', part: 'button anyway-button' });
  const changeButton = h('button', { type: 'button', part: 'button change-button' });
  const note = h('p', { class: 'note', part: 'soft-fail-note' });
  const attempts = h('p', { class: 'attempts', part: 'attempts' });
  const actions = h('div', { class: 'actions', part: 'actions' }, useButton, retakeButton, anywayButton, changeButton);
  const title = h('p', { class: 'title', part: 'title' });
  const container = h(
    'div',
    { class: 'container', part: 'container' },
    title,
    dropzone,
    fileInput,
    cameraInput,
    preview,
    mapsRow,
    announced,
    note,
    actions,
    attempts,
  );
  return {
    container,
    title,
    dropzone,
    hint,
    fileInput,
    cameraInput,
    chooseButton,
    cameraButton,
    liveButton,
    preview,
    canvas,
    mapsRow,
    mapsToggle,
    mapsLabel,
    status,
    issues,
    announced,
    note,
    actions,
    useButton,
    retakeButton,
    anywayButton,
    changeButton,
    attempts,
  };
}
