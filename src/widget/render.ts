import type { Report } from '../browser/index.js';
import { isInputErrorCode } from '../core/codes.js';
import { h } from './dom.js';
import { messageFor, type Messages } from './messages/index.js';
import { drawOverlay } from './overlay.js';
import type { Parts } from './parts.js';

/** Where the widget is in its flow. */
export type State = 'empty' | 'checking' | 'result' | 'accepted' | 'error';

/** Everything the widget shows, as plain data. */
export interface View {
  state: State;
  kind: 'document' | 'selfie';
  messages: Messages;
  report: Report | undefined;
  hasPreview: boolean;
  showMaps: boolean;
  accept: string;
  failedAttempts: number;
  maxAttempts: number;
  overridden: boolean;
  /** The `live` attribute: the camera's live view is offered first. */
  live: boolean;
  /** The live view is showing. */
  cameraOpen: boolean;
}

/** Whether the file could not be checked at all (not an image, an unsupported format, too large). */
export function isInputError(report: Report): boolean {
  return report.issues.some((issue) => isInputErrorCode(issue.code));
}

/** Updates the widget's elements (made once by `buildParts`) to show `view`: text, visibility, overlay. */
export function render(parts: Parts, view: View): void {
  const { messages, state, report } = view;
  const { ui } = messages;
  parts.container.setAttribute('dir', messages.dir);
  parts.container.setAttribute('lang', messages.locale);
  parts.title.textContent = view.kind === 'selfie' ? ui.titleSelfie : ui.titleDocument;
  parts.hint.textContent = ui.dropHint;
  parts.chooseButton.textContent = ui.chooseFile;
  parts.cameraButton.textContent = ui.takePhoto;
  // The camera input opens the camera on phones and tablets; elsewhere it is a second file picker.
  parts.cameraButton.hidden = view.live || !globalThis.matchMedia?.('(pointer: coarse)').matches;
  const accept = view.accept;
  parts.fileInput.accept = accept;
  parts.cameraInput.accept = 'image/*';
  parts.cameraInput.setAttribute('capture', view.kind === 'selfie' ? 'user' : 'environment');
  parts.fileInput.setAttribute('aria-label', ui.chooseFile);
  parts.cameraInput.setAttribute('aria-label', ui.takePhoto);
  parts.dropzone.hidden = state !== 'empty' || view.cameraOpen;
  parts.liveButton.hidden = !(view.live && globalThis.navigator?.mediaDevices !== undefined);
  parts.liveButton.textContent = messages.live.openCamera;
  parts.liveButton.className = 'primary';
  parts.chooseButton.className = parts.liveButton.hidden ? 'primary' : '';
  parts.dropzone.setAttribute('aria-label', `${ui.dropHint} ${ui.chooseFile}`);

  const hasPreview = state !== 'empty' && view.hasPreview;
  parts.preview.hidden = !hasPreview;
  parts.canvas.setAttribute('aria-label', ui.previewAlt);
  parts.preview.querySelectorAll('.overlay, .marker-label').forEach((node) => node.remove());
  if (hasPreview && report && state !== 'checking' && report.image.width > 0) {
    const { overlay, markers } = drawOverlay(report, view.showMaps);
    parts.preview.append(overlay, ...markers);
  }
  const hasMaps = report?.maps !== undefined && Object.keys(report.maps).length > 0;
  parts.mapsRow.hidden = !(hasPreview && hasMaps && state === 'result');
  parts.mapsLabel.textContent = ui.showMaps;

  parts.status.className = 'status';
  parts.issues.replaceChildren();
  if (state === 'checking') {
    parts.status.replaceChildren(h('span', { class: 'spinner', part: 'spinner', 'aria-hidden': 'true' }), ui.checking);
  } else if (state === 'error') {
    parts.status.className = 'status fail';
    parts.status.textContent = ui.widgetError;
  } else if (state === 'accepted' && report) {
    parts.status.className = 'status pass';
    parts.status.textContent = view.overridden ? ui.acceptedOverridden : ui.accepted;
  } else if (state === 'result' && report) {
    parts.status.className = `status ${report.verdict}`;
    // An early report (the portrait still looked for): a spinner beside the verdict, and screen
    // readers wait for the complete one rather than hear the list twice.
    const spinner = report.pending ? [h('span', { class: 'spinner', part: 'spinner', 'aria-hidden': 'true' })] : [];
    parts.status.replaceChildren(...spinner);
    parts.status.append(
      isInputError(report)
        ? ui.verdictUnreadable
        : report.verdict === 'pass'
          ? ui.verdictPass
          : report.verdict === 'warn'
            ? ui.verdictWarn
            : ui.verdictFail,
    );
  } else {
    parts.status.textContent = '';
  }
  if (report && (state === 'result' || state === 'accepted') && report.verdict !== 'pass') {
    report.issues.forEach((issue, index) => {
      const marker = h(
        'span',
        { class: `marker ${issue.severity}`, part: 'marker', 'aria-hidden': 'true' },
        String(index + 1),
      );
      const text = h('span', {}, messageFor(messages, issue, report));
      parts.issues.append(h('li', { part: `issue issue-${issue.severity}`, 'data-code': issue.code }, marker, text));
    });
  }
  parts.issues.hidden = parts.issues.childElementCount === 0;
  parts.announced.setAttribute('aria-busy', String(state === 'result' && report?.pending !== undefined));
  const inputError = report !== undefined && isInputError(report);
  const softFail = view.failedAttempts >= view.maxAttempts && report?.verdict === 'fail' && !inputError;
  // While the portrait is still looked for (an early report), the photo cannot be accepted yet.
  const pending = report?.pending !== undefined;
  parts.useButton.hidden = !(state === 'result' && report?.verdict === 'warn' && !pending);
  parts.useButton.textContent = ui.useThisPhoto;
  parts.retakeButton.hidden = !(state === 'result' && report?.verdict !== 'pass');
  parts.retakeButton.textContent = ui.retake;
  parts.retakeButton.className = report?.verdict === 'fail' ? 'primary' : '';
  parts.anywayButton.hidden = !((state === 'result' && softFail && !pending) || state === 'error');
  parts.anywayButton.textContent = ui.useAnyway;
  parts.note.hidden = parts.anywayButton.hidden;
  parts.note.textContent = ui.softFailNote;
  parts.changeButton.hidden = state !== 'accepted' && state !== 'error';
  parts.changeButton.textContent = ui.changePhoto;
  parts.attempts.hidden = !(state === 'result' && report?.verdict === 'fail' && !inputError);
  parts.attempts.textContent = ui.attempt(Math.min(view.failedAttempts, view.maxAttempts), view.maxAttempts);
  parts.actions.hidden = [...parts.actions.children].every((child) => (child as HTMLElement).hidden);
}
