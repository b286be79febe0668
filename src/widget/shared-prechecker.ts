import { createPrechecker, type Prechecker } from '../browser/prechecker.js';

/** One prechecker (one worker, one copy of the face runtime) per assets folder, shared by the widgets using it. */
const shared = new Map<string, { prechecker: Prechecker; users: number }>();

/**
 * The page's prechecker for `assetsUrl` (`''`: the default folder), started for the first widget
 * that asks: an ID card widget and a selfie widget on one page download and run the checks once.
 */
export function acquirePrechecker(assetsUrl: string): Prechecker {
  let entry = shared.get(assetsUrl);
  if (!entry) {
    entry = { prechecker: createPrechecker(assetsUrl ? { assetsUrl } : {}), users: 0 };
    shared.set(assetsUrl, entry);
  }
  entry.users++;
  return entry.prechecker;
}

/** A widget is done with it: the worker stops when no widget uses it any more. */
export function releasePrechecker(prechecker: Prechecker): void {
  for (const [assetsUrl, entry] of shared) {
    if (entry.prechecker !== prechecker) continue;
    entry.users--;
    if (entry.users <= 0) {
      entry.prechecker.terminate();
      shared.delete(assetsUrl);
    }
  }
}
