import { parse } from 'csv-parse/browser/esm/sync';

/** One labelled image of a manifest, as written in it. */
export interface ManifestEntry {
  /** `file` as written in the manifest: a path relative to the manifest. */
  file: string;
  label: string;
  /** Exact face count, when counted. */
  faces?: number;
  /** True document outline `x1 y1 … x4 y4`, when known. */
  corners?: number[];
}

/**
 * Parses a manifest CSV (columns `file,label`, optional `faces`, `corners`; other columns
 * ignored), in Node and in the browser alike. Throws an Error naming `source` and the line for
 * malformed rows.
 */
export function parseManifest(text: string, source = 'manifest'): ManifestEntry[] {
  const records = parse(text, { bom: true, columns: true, skip_empty_lines: true, trim: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  return records.map(({ record, info }) => {
    const line = info.lines;
    if (!record.file || !record.label) {
      throw new Error(`${source}:${line}: every row needs "file" and "label"`);
    }
    const entry: ManifestEntry = { file: record.file, label: record.label };
    if (record.faces) {
      const faces = Number(record.faces);
      if (!Number.isInteger(faces) || faces < 0) throw new Error(`${source}:${line}: bad faces "${record.faces}"`);
      entry.faces = faces;
    }
    if (record.corners) {
      const corners = record.corners.split(/\s+/).map(Number);
      if (corners.length !== 8 || corners.some((v) => !Number.isFinite(v))) {
        throw new Error(`${source}:${line}: corners must be 8 numbers`);
      }
      entry.corners = corners;
    }
    return entry;
  });
}
