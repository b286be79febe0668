import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

/** Extensions picked up when walking a directory (files named explicitly are always scored); a PDF's first page is checked. */
export const IMAGE_EXTENSIONS = new Set([
  '.jpg',
  '.jpeg',
  '.jpe',
  '.png',
  '.webp',
  '.gif',
  '.avif',
  '.heic',
  '.heif',
  '.tif',
  '.tiff',
  '.bmp',
  '.pdf',
]);

/**
 * Expands files and directories into the list of files to score: recursively, hidden entries
 * skipped, sorted by code unit so the order is the same in every locale. Links to files are
 * followed; links to directories only while they stay inside the directory given, so a link to
 * `/` cannot turn a sample folder into a crawl of the disk. A path that does not exist, a directory that cannot be
 * listed, or an image-named entry that is not a regular file (a FIFO) is kept: it gets its own
 * error report instead of stopping or hanging the batch.
 */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const root = await realpath(path);
      files.push(...(await walk(path, root, new Set([root]))));
    } else {
      files.push(path);
    }
  }
  return files;
}

async function walk(directory: string, root: string, visited: Set<string>): Promise<string[]> {
  const names = await readdir(directory).catch(() => null);
  if (!names) return [directory];
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(directory, name);
    const link = await lstat(path).catch(() => null);
    if (!link) continue;
    const target = link.isSymbolicLink() ? await stat(path).catch(() => null) : link;
    if (!target) continue; // a dangling link
    if (target.isDirectory()) {
      const real = await realpath(path).catch(() => path);
      if (real !== root && !real.startsWith(root + sep)) continue; // a link out of the tree
      if (visited.has(real)) continue; // a loop, or a folder reached twice
      visited.add(real);
      files.push(...(await walk(path, root, visited)));
    } else if (IMAGE_EXTENSIONS.has(extname(name).toLowerCase())) {
      files.push(path);
    }
  }
  return files;
}
