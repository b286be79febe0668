import type { EvalResult } from './evaluate.js';

/**
 * The accuracy figures a change must not make worse, recorded from `eval --json` on the corpus
 * (tests/baseline/corpus-eval.json). Rates are rounded to 4 decimals.
 */
export interface Baseline {
  labels: Record<string, number>;
  detection: Record<string, Record<string, number>>;
  falseReject: Record<string, Record<string, number>>;
  corners?: { rate: number; medianError: number; byLabel?: Record<string, number> };
  faceCounts?: Record<string, number>;
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

export function toBaseline(result: EvalResult): Baseline {
  const baseline: Baseline = { labels: {}, detection: {}, falseReject: {} };
  for (const [label, entry] of Object.entries(result.labels)) {
    if (entry.evaluated) baseline.labels[label] = round(entry.rate ?? 0);
  }
  for (const [code, summary] of Object.entries(result.checks)) {
    baseline.detection[code] = Object.fromEntries(
      Object.entries(summary.detection).map(([l, r]) => [l, round(r.rate)]),
    );
    baseline.falseReject[code] = Object.fromEntries(
      Object.entries(summary.falseReject).map(([l, r]) => [l, round(r.rate)]),
    );
  }
  if (Object.keys(result.faceCounts).length > 0) {
    baseline.faceCounts = Object.fromEntries(Object.entries(result.faceCounts).map(([l, r]) => [l, round(r.rate)]));
  }
  if (result.corners.evaluated) {
    const byLabel = Object.entries(result.corners.byLabel ?? {}).flatMap(([label, summary]) =>
      summary.evaluated ? [[label, round(summary.rate)] as const] : [],
    );
    baseline.corners = {
      rate: round(result.corners.rate),
      medianError: round(result.corners.medianError),
      byLabel: Object.fromEntries(byLabel),
    };
  }
  return baseline;
}

/** Every way `current` is worse than `baseline`, as readable lines; empty when nothing regressed. */
export function regressions(baseline: Baseline, current: Baseline): string[] {
  const found: string[] = [];
  for (const [label, rate] of Object.entries(baseline.labels)) {
    const now = current.labels[label];
    if (now === undefined || now < rate) found.push(`label ${label}: ${now ?? 'not evaluated'} < baseline ${rate}`);
  }
  for (const [code, byLabel] of Object.entries(baseline.detection)) {
    for (const [label, rate] of Object.entries(byLabel)) {
      const now = current.detection[code]?.[label];
      if (now === undefined || now < rate)
        found.push(`${code} detection on ${label}: ${now ?? 'missing'} < baseline ${rate}`);
    }
  }
  for (const [code, byLabel] of Object.entries(baseline.falseReject)) {
    for (const [label, rate] of Object.entries(byLabel)) {
      const now = current.falseReject[code]?.[label];
      if (now === undefined || now > rate)
        found.push(`${code} false rejects on ${label}: ${now ?? 'missing'} > baseline ${rate}`);
    }
  }
  for (const [label, rate] of Object.entries(baseline.faceCounts ?? {})) {
    const now = current.faceCounts?.[label];
    if (now === undefined || now < rate)
      found.push(`exact face count on ${label}: ${now ?? 'missing'} < baseline ${rate}`);
  }
  if (baseline.corners) {
    const now = current.corners;
    if (!now || now.rate < baseline.corners.rate)
      found.push(`corners within 3%: ${now?.rate ?? 'missing'} < baseline ${baseline.corners.rate}`);
    for (const [label, rate] of Object.entries(baseline.corners.byLabel ?? {})) {
      const labelRate = now?.byLabel?.[label];
      if (labelRate === undefined || labelRate < rate)
        found.push(`corners within 3% on ${label}: ${labelRate ?? 'missing'} < baseline ${rate}`);
    }
  }
  return found;
}
