import type { CheckResultSummary, CornerSummary, EvalResult, KindSummary, Rate } from './evaluate.js';
import { GOOD_LABELS } from './labels.js';

/** A rate as the eval output prints it: `87.5%`. */
export const percent = (rate: Rate | { rate?: number }): string => `${(100 * (rate.rate ?? 0)).toFixed(1)}%`;

const figure = ([label, rate]: [string, Rate]): string => `${label} ${rate.hits}/${rate.n} ${percent(rate)}`;
const isGood = (label: string): boolean => (GOOD_LABELS as readonly string[]).includes(label);

/**
 * One check's figures as `label hits/n rate` texts: detection on its defect labels, false rejects
 * on the good labels, and the good labels where it was raised more often once warnings count.
 */
export function checkFigures(summary: CheckResultSummary): {
  detects: string[];
  falseRejects: string[];
  warned: string[];
} {
  return {
    detects: Object.entries(summary.detection).map(figure),
    falseRejects: Object.entries(summary.falseReject)
      .filter(([label]) => isGood(label))
      .map(figure),
    warned: Object.entries(summary.raised)
      .filter(([label, rate]) => isGood(label) && rate.hits > summary.falseReject[label]!.hits)
      .map(figure),
  };
}

/** The exact face count per label, as `label hits/n rate` texts. */
export function faceCountFigures(result: EvalResult): string[] {
  return Object.entries(result.faceCounts).map(figure);
}

/** One line of the corner figures. */
export function cornerLine(name: string, summary: CornerSummary): string {
  return summary.evaluated
    ? `  ${name.padEnd(16)} within 3% of the diagonal: ${summary.within3pct}/${summary.n} ${percent(summary)}; median error ${(100 * summary.medianError).toFixed(1)}%`
    : `  not evaluated (${summary.reason})`;
}

/** The text `id-precheck eval` prints (the demo page shows it too). */
export function formatEval(result: EvalResult): string {
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
    const { detects, falseRejects, warned } = checkFigures(summary);
    lines.push(
      `  ${code.padEnd(16)} detects: ${detects.join(', ') || '-'}; false rejects: ${falseRejects.join(', ') || '-'}` +
        (warned.length > 0 ? `; raised as a warning too: ${warned.join(', ')}` : ''),
    );
  }
  const counts = faceCountFigures(result);
  if (counts.length > 0) lines.push('', `Exact face count (rows with a faces column): ${counts.join(', ')}`);
  lines.push('', 'Document corners (rows with all four true corners inside the frame):');
  lines.push(cornerLine('all', result.corners));
  for (const [label, summary] of Object.entries(result.corners.byLabel ?? {})) lines.push(cornerLine(label, summary));
  if (result.kinds) lines.push('', ...kindLines(result.kinds));
  if (result.errors.length > 0) {
    lines.push('', 'Input errors:', ...result.errors.map((e) => `  ${e.file}: ${e.code} ${e.detail ?? ''}`));
  }
  return lines.join('\n') + '\n';
}

/** How `auto` took the rows, as the eval output prints it. */
export function kindLines(kinds: KindSummary): string[] {
  const { confusion, right } = kinds;
  const uncounted = Object.entries(kinds.uncounted).map(
    ([label, counts]) =>
      `${label} (${Object.entries(counts)
        .map(([kind, n]) => `${n} as ${kind}`)
        .join(', ')})`,
  );
  return [
    `Kind auto: ${right.hits}/${right.n} ${percent(right)} taken for what they show`,
    `  documents: ${confusion.document.document} as documents, ${confusion.document.selfie} as selfies`,
    `  selfies:   ${confusion.selfie.selfie} as selfies, ${confusion.selfie.document} as documents`,
    ...(uncounted.length > 0 ? [`  not counted (show neither): ${uncounted.join(', ')}`] : []),
    ...kinds.wrong.map((row) => `  taken as a ${row.kind}: ${row.file} (${row.label})`),
  ];
}
