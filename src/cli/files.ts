import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions picked up when walking a directory (files named explicitly are always scored). */
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
]);

/**
 * Expands files and directories (recursively, following symbolic links once, hidden entries
 * skipped, sorted by code unit so the order is the same in every locale) into the list of files
 * to score. A path that does not exist or a directory that cannot be listed is kept: it gets its
 * own error report instead of stopping the batch.
 */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const visited = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await walk(path, visited)));
    else files.push(path);
  }
  return files;
}

async function walk(directory: string, visited: Set<string>): Promise<string[]> {
  const real = await realpath(directory).catch(() => directory);
  if (visited.has(real)) return []; // a symlink loop, or the same folder named twice
  visited.add(real);
  const names = await readdir(directory).catch(() => null);
  if (!names) return [directory];
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(directory, name);
    const info = await stat(path).catch(() => null); // follows symlinks
    if (info?.isDirectory()) files.push(...(await walk(path, visited)));
    else if (info?.isFile() && IMAGE_EXTENSIONS.has(extname(name).toLowerCase())) files.push(path);
  }
  return files;
}
