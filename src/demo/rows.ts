import type { Report } from '../browser/index.js';
import type { ManifestEntry } from '../eval/parse-manifest.js';
import type { CheckKind, Measured } from './scoring.js';

/** Where a file is in its check. */
export type RowStatus = 'queued' | 'checking' | 'done' | 'cancelled';

/**
 * One file of the batch. It keeps the File and a small thumbnail, never the decoded photo: the
 * detail view decodes it again when opened.
 */
export interface Row {
  readonly id: number;
  readonly file: File;
  /** Path below the picked folder, or the name: what the table shows, the manifest matches and exports name. */
  readonly path: string;
  status: RowStatus;
  /** What it is (or was last) checked as. */
  kind: CheckKind;
  /** The manifest entry of this file, when a manifest is loaded and names it. */
  label?: ManifestEntry;
  measured?: Measured;
  /** The measurement judged with the current thresholds. */
  report?: Report;
  /** Object URL of a small JPEG of the photo. */
  thumbnail?: string;
  /** Bumped on every change, so the table redraws only rows that changed. */
  version: number;
}

/** A thumbnail bitmap as a small JPEG's object URL; the bitmap is closed. */
export async function thumbnailUrl(bitmap: ImageBitmap): Promise<string> {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  bitmap.close();
  return URL.createObjectURL(await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 }));
}

/** Frees what a row holds outside the JavaScript heap (its thumbnail's blob). */
export function releaseRow(row: Row): void {
  if (row.thumbnail) URL.revokeObjectURL(row.thumbnail);
}

/** A row changed: the table redraws it. */
export function touch(row: Row): void {
  row.version++;
}
