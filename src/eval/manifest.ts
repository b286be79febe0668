import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

/** One labelled image of a manifest. */
export interface ManifestRow {
  /** Absolute path of the image. */
  path: string;
  /** `file` as written in the manifest. */
  file: string;
  label: string;
  /** Exact face count, when counted. */
  faces?: number;
  /** True document outline `x1 y1 … x4 y4`, when known. */
  corners?: number[];
}

/**
 * Reads a manifest CSV (columns `file,label`, optional `faces`, `corners`; other columns ignored).
 * `file` is relative to the manifest. Throws an Error naming the line for malformed rows.
 */
export async function readManifest(manifestPath: string): Promise<ManifestRow[]> {
  const text = await readFile(manifestPath, 'utf8');
  const records = parse(text, { bom: true, columns: true, skip_empty_lines: true, trim: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  const base = dirname(resolve(manifestPath));
  return records.map(({ record, info }) => {
    const line = info.lines;
    if (!record.file || !record.label) {
      throw new Error(`${manifestPath}:${line}: every row needs "file" and "label"`);
    }
    const row: ManifestRow = { path: resolve(base, record.file), file: record.file, label: record.label };
    if (record.faces) {
      const faces = Number(record.faces);
      if (!Number.isInteger(faces) || faces < 0)
        throw new Error(`${manifestPath}:${line}: bad faces "${record.faces}"`);
      row.faces = faces;
    }
    if (record.corners) {
      const corners = record.corners.split(/\s+/).map(Number);
      if (corners.length !== 8 || corners.some((v) => !Number.isFinite(v))) {
        throw new Error(`${manifestPath}:${line}: corners must be 8 numbers`);
      }
      row.corners = corners;
    }
    return row;
  });
}
