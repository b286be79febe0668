import { parseManifest } from '../eval/parse-manifest.js';
import type { Batch } from './batch.js';
import { fromDrop, fromFileList, isCsv, isImageLike, type PickedFile } from './files.js';

/** The elements files come in by. */
export interface IntakeElements {
  files: HTMLInputElement;
  folder: HTMLInputElement;
  manifest: HTMLInputElement;
  /** Says which manifest is loaded, or why a CSV file is not one. */
  manifestStatus: HTMLElement;
}

/**
 * Connects the file and folder pickers, the manifest picker and drag and drop (files and folders,
 * anywhere on the page) to the batch: images become rows; a CSV file is read as the manifest.
 */
export function wireIntake(batch: Batch, elements: IntakeElements): void {
  const loadManifest = async (file: File): Promise<void> => {
    try {
      const entries = parseManifest(await file.text(), file.name);
      batch.setManifest({ name: file.name, entries });
      elements.manifestStatus.textContent = `${file.name}: ${entries.length} labelled files`;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      elements.manifestStatus.textContent = `${file.name} cannot be used as a manifest: ${reason}`;
    }
  };
  const take = async (files: readonly PickedFile[]): Promise<void> => {
    const manifest = files.find((picked) => isCsv(picked.file));
    if (manifest) await loadManifest(manifest.file);
    const images = files.filter((picked) => isImageLike(picked.file));
    if (images.length > 0) batch.add(images);
  };
  for (const input of [elements.files, elements.folder]) {
    input.addEventListener('change', () => {
      void take(fromFileList(input.files ?? []));
      input.value = '';
    });
  }
  elements.manifest.addEventListener('change', () => {
    const file = elements.manifest.files?.[0];
    elements.manifest.value = '';
    if (file) void loadManifest(file);
  });
  document.addEventListener('dragover', (event) => {
    event.preventDefault();
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) document.body.classList.remove('dragging');
  });
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    document.body.classList.remove('dragging');
    if (event.dataTransfer) void fromDrop(event.dataTransfer).then(take);
  });
}
