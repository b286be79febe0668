import type { Parts } from './parts.js';

/** What the user's actions ask of the widget. */
export interface InputActions {
  /** A photo is likely to come: the file picker or camera is opening, or a file is dragged over. */
  prepare(): void;
  /** A photo was chosen, taken, dropped or pasted. */
  take(file: File): void;
  /** "Use this photo" (`false`) or "Use this photo anyway" (`true`). */
  accept(overridden: boolean): void;
  /** The overlay maps were switched on or off. */
  showMaps(shown: boolean): void;
  /** "Use the camera": open the live view. */
  openCamera(): void;
  /** "Try another photo" / "Change photo": the camera again in live mode, else the file picker. */
  retake(): void;
}

/**
 * Connects the widget's controls and its host element to `actions`: the file and camera inputs
 * and the buttons that open them, Enter / Space on the drop zone, drag and drop onto the widget,
 * and a photo pasted while focus is inside it.
 */
export function wireInput(host: HTMLElement, parts: Parts, actions: InputActions): void {
  const { dropzone, fileInput, cameraInput, chooseButton, cameraButton, liveButton, mapsToggle } = parts;
  const { useButton, retakeButton, anywayButton, changeButton } = parts;
  const take = (input: HTMLInputElement) => () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) actions.take(file);
  };
  // Pressing or focusing a control that asks for a photo, or dragging a file over the widget: a
  // photo is likely to come, so the worker can get ready while the user picks it.
  const asksForPhoto: EventTarget[] = [dropzone, chooseButton, cameraButton, liveButton, retakeButton, changeButton];
  for (const type of ['pointerdown', 'focusin']) {
    host.addEventListener(type, (event) => {
      if (event.composedPath().some((target) => asksForPhoto.includes(target))) actions.prepare();
    });
  }
  host.addEventListener('dragenter', () => actions.prepare());
  fileInput.addEventListener('change', take(fileInput));
  cameraInput.addEventListener('change', take(cameraInput));
  chooseButton.addEventListener('click', () => fileInput.click());
  cameraButton.addEventListener('click', () => cameraInput.click());
  liveButton.addEventListener('click', () => actions.openCamera());
  retakeButton.addEventListener('click', () => actions.retake());
  changeButton.addEventListener('click', () => actions.retake());
  useButton.addEventListener('click', () => actions.accept(false));
  anywayButton.addEventListener('click', () => actions.accept(true));
  mapsToggle.addEventListener('change', () => actions.showMaps(mapsToggle.checked));
  dropzone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      fileInput.click();
    }
  });
  host.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropzone.classList.add('dragging');
  });
  host.addEventListener('dragleave', () => dropzone.classList.remove('dragging'));
  host.addEventListener('drop', (event) => {
    event.preventDefault();
    dropzone.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) actions.take(file);
  });
  host.addEventListener('paste', (event) => {
    const file = [...(event.clipboardData?.files ?? [])].find((item) => item.type.startsWith('image/'));
    if (file) {
      event.preventDefault();
      actions.take(file);
    }
  });
}
