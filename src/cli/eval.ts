import type { RequestKind } from '../core/codes.js';
import type { PreparedRequest } from '../host/request.js';
import { evaluate, kindOfLabel } from '../eval/evaluate.js';
import { formatEval } from '../eval/format.js';
import { readManifest } from '../eval/manifest.js';
import { scoreBatch } from './batch.js';

export interface EvalSettings {
  json: boolean;
  concurrency: number;
  /**
   * The request for each kind of photo a label implies, prepared once for the whole manifest, and
   * the `auto` request that scores every row when `kindAuto` is set.
   */
  requests: Readonly<Record<RequestKind, PreparedRequest>>;
  /** Score every row as `auto` (and report which kind each was taken for), not by its label's kind. */
  kindAuto?: boolean;
}

/**
 * `id-precheck eval`: scores a labelled manifest and prints accuracy per label and per check.
 * Exit code 1 when some listed image could not be read (the figures would be incomplete).
 */
export async function runEval(manifestPath: string, settings: EvalSettings): Promise<number> {
  const rows = await readManifest(manifestPath);
  const scorable = rows.map((row, index) => ({ row, index, kind: kindOfLabel(row.label) }));
  const items = scorable.flatMap(({ row, kind }) =>
    kind ? [{ file: row.path, request: settings.requests[settings.kindAuto ? 'auto' : kind] }] : [],
  );
  const reports = await scoreBatch(items, { concurrency: settings.concurrency, progressLabel: 'evaluating' });
  const byRow = new Array(rows.length).fill(null);
  scorable.filter((entry) => entry.kind).forEach((entry, i) => (byRow[entry.index] = reports[i]));
  const result = evaluate(rows, byRow, { kindAuto: settings.kindAuto ?? false });
  process.stdout.write(
    settings.json ? JSON.stringify({ manifest: manifestPath, ...result }, null, 2) + '\n' : formatEval(result),
  );
  return result.errors.length > 0 ? 1 : 0;
}
