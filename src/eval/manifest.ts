import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseManifest, type ManifestEntry } from './parse-manifest.js';

/** One labelled image of a manifest read from disk. */
export interface ManifestRow extends ManifestEntry {
  /** Absolute path of the image. */
  path: string;
}

/**
 * Reads a manifest CSV file (see {@link parseManifest}); `file` is resolved against the
 * manifest's folder. Throws an Error naming the file and the line for malformed rows.
 */
export async function readManifest(manifestPath: string): Promise<ManifestRow[]> {
  const base = dirname(resolve(manifestPath));
  return parseManifest(await readFile(manifestPath, 'utf8'), manifestPath).map((entry) => ({
    path: resolve(base, entry.file),
    ...entry,
  }));
}
