import type { CaptureKind } from '../core/codes.js';
import type { PreparedRequest } from '../host/request.js';
import { evaluate, kindOfLabel, type CornerSummary, type EvalResult, type Rate } from '../eval/evaluate.js';
import { GOOD_LABELS } from '../eval/labels.js';
import { readManifest } from '../eval/manifest.js';
import { scoreBatch } from './batch.js';

export interface EvalSettings {
  json: boolean;
  concurrency: number;
  /** The request for each kind of photo a label implies, prepared once for the whole manifest. */
  requests: Readonly<Record<CaptureKind, PreparedRequest>>;
}

/**
 * `id-precheck eval`: scores a labelled manifest and prints accuracy per label and per check.
 * Exit code 1 when some listed image could not be read (the figures would be incomplete).
 */
export async function runEval(manifestPath: string, settings: EvalSettings): Promise<number> {
  const rows = await readManifest(manifestPath);
  const scorable = rows.map((row, index) => ({ row, index, kind: kindOfLabel(row.label) }));
  const items = scorable.flatMap(({ row, kind }) =>
    kind ? [{ file: row.path, request: settings.requests[kind] }] : [],
  );
  const reports = await scoreBatch(items, { concurrency: settings.concurrency, progressLabel: 'evaluating' });
  const byRow = new Array(rows.length).fill(null);
  scorable.filter((entry) => entry.kind).forEach((entry, i) => (byRow[entry.index] = reports[i]));
  const result = evaluate(rows, byRow);
  process.stdout.write(
    settings.json ? JSON.stringify({ manifest: manifestPath, ...result }, null, 2) + '\n' : formatEval(result),
  );
  return result.errors.length > 0 ? 1 : 0;
}

const percent = (rate: Rate | { rate?: number }): string => `${(100 * (rate.rate ?? 0)).toFixed(1)}%`;

function formatEval(result: EvalResult): string {
  const lines: string[] = [`${result.images} images`, '', 'Per label (what counts as correct: docs/accuracy.md):'];
  for (const [label, entry] of Object.entries(result.labels).sort()) {
    lines.push(
      entry.evaluated
        ? `  ${label.padEnd(16)} n=${String(entry.n).padEnd(4)} correct=${String(entry.correct).padEnd(4)} ${percent(entry)}`
        : `  ${label.padEnd(16)} n=${String(entry.n).padEnd(4)} not evaluated (${entry.reason})`,
    );
  }
  lines.push('', 'Per check (detection on its defect labels; false rejects on good labels):');
  for (const [code, summary] of Object.entries(result.checks).sort()) {
    const detection = Object.entries(summary.detection).map(([label, r]) => `${label} ${r.hits}/${r.n} ${percent(r)}`);
    const falseReject = Object.entries(summary.falseReject)
      .filter(([label]) => (GOOD_LABELS as readonly string[]).includes(label))
      .map(([label, r]) => `${label} ${r.hits}/${r.n} ${percent(r)}`);
    const warned = Object.entries(summary.raised)
      .filter(
        ([label, r]) => (GOOD_LABELS as readonly string[]).includes(label) && r.hits > summary.falseReject[label]!.hits,
      )
      .map(([label, r]) => `${label} ${r.hits}/${r.n} ${percent(r)}`);
    lines.push(
      `  ${code.padEnd(16)} detects: ${detection.join(', ') || '-'}; false rejects: ${falseReject.join(', ') || '-'}` +
        (warned.length > 0 ? `; raised as a warning too: ${warned.join(', ')}` : ''),
    );
  }
  const counts = Object.entries(result.faceCounts).map(([label, r]) => `${label} ${r.hits}/${r.n} ${percent(r)}`);
  if (counts.length > 0) lines.push('', `Exact face count (rows with a faces column): ${counts.join(', ')}`);
  lines.push('', 'Document corners (rows with all four true corners inside the frame):');
  const cornerLine = (name: string, summary: CornerSummary): string =>
    summary.evaluated
      ? `  ${name.padEnd(16)} within 3% of the diagonal: ${summary.within3pct}/${summary.n} ${percent(summary)}; median error ${(100 * summary.medianError).toFixed(1)}%`
      : `  not evaluated (${summary.reason})`;
  lines.push(cornerLine('all', result.corners));
  for (const [label, summary] of Object.entries(result.corners.byLabel ?? {})) lines.push(cornerLine(label, summary));
  if (result.errors.length > 0) {
    lines.push('', 'Input errors:', ...result.errors.map((e) => `  ${e.file}: ${e.code} ${e.detail ?? ''}`));
  }
  return lines.join('\n') + '\n';
}
