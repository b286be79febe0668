import type { ManifestEntry } from '../eval/parse-manifest.js';

const segments = (path: string): string[] =>
  path
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.');

/**
 * How many trailing path segments two paths share when one ends with the whole other (`a.jpg`
 * and `doc_good/a.jpg`: 1), else 0 (`x/a.jpg` and `y/a.jpg` do not match).
 */
function suffixMatch(a: string[], b: string[]): number {
  const shorter = Math.min(a.length, b.length);
  for (let i = 1; i <= shorter; i++) if (a[a.length - i] !== b[b.length - i]) return 0;
  return shorter;
}

/**
 * The manifest entry of each path (`undefined` where none matches), matched on the path suffix:
 * an entry `doc_good/a.jpg` matches a picked `a.jpg`, a folder's `doc_good/a.jpg` and
 * `corpus/doc_good/a.jpg`. The longest match wins; a tie (two entries named `a.jpg` and only
 * the name picked) matches neither.
 */
export function matchManifest(
  entries: readonly ManifestEntry[],
  paths: readonly string[],
): (ManifestEntry | undefined)[] {
  const byName = new Map<string, { entry: ManifestEntry; parts: string[] }[]>();
  for (const entry of entries) {
    const parts = segments(entry.file);
    const name = parts.at(-1) ?? '';
    byName.set(name, [...(byName.get(name) ?? []), { entry, parts }]);
  }
  return paths.map((path) => {
    const parts = segments(path);
    let best: ManifestEntry | undefined;
    let bestLength = 0;
    let tied = false;
    for (const candidate of byName.get(parts.at(-1) ?? '') ?? []) {
      const length = suffixMatch(parts, candidate.parts);
      if (length > bestLength) [best, bestLength, tied] = [candidate.entry, length, false];
      else if (length === bestLength && length > 0) tied = true;
    }
    return tied ? undefined : best;
  });
}
