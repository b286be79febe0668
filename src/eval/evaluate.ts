import { implementedCodes } from '../core/checks/index.js';
import { isInputErrorCode, type CaptureKind, type IssueCode } from '../core/codes.js';
import type { Report } from '../core/types.js';
import { allInside, cornerError, toPoints } from './corners.js';
import { codesOfRule, isLabel, LABEL_RULES, type LabelRule } from './labels.js';
import type { ManifestEntry } from './parse-manifest.js';

/** Share of a set that passed some test. */
export interface Rate {
  n: number;
  hits: number;
  rate: number;
}

export interface LabelResult {
  n: number;
  evaluated: boolean;
  /** Why not, when not evaluated. */
  reason?: string;
  correct?: number;
  rate?: number;
}

export interface CheckResultSummary {
  /** On the labels that expect this code: share of images where it was raised. */
  detection: Record<string, Rate>;
  /** On every other label of the same kind: share of images it failed (the good labels are the false rejects that matter most). */
  falseReject: Record<string, Rate>;
  /** On the same labels as `falseReject`: share of images where it was raised at any severity (warnings included). */
  raised: Record<string, Rate>;
}

export type CornerSummary =
  | { evaluated: false; reason: string }
  | { evaluated: true; n: number; within3pct: number; rate: number; medianError: number };

export interface EvalResult {
  images: number;
  labels: Record<string, LabelResult>;
  checks: Record<string, CheckResultSummary>;
  /** Rows with all four true corners inside the frame: found quad within 3 % of the diagonal, overall and per label. */
  corners: CornerSummary & { byLabel?: Record<string, CornerSummary> };
  /** Selfie rows with a `faces` count: share where the counted faces (`scores.faceCount`) match it, per label. */
  faceCounts: Record<string, Rate>;
  /** With rows scored as `auto`: which kind each was taken for (see {@link KindSummary}). */
  kinds?: KindSummary;
  errors: { file: string; code: IssueCode; detail?: string }[];
  misses: { file: string; label: string; codes: IssueCode[] }[];
}

/** How `auto` took the rows whose label says what the photo shows. */
export interface KindSummary {
  /** Rows by the kind they show, then by the kind they were taken for. */
  confusion: Record<CaptureKind, Record<CaptureKind, number>>;
  /** Rows taken for the kind they show, of all rows with one. */
  right: Rate;
  /** Rows that show no kind (`shows: null`), by label and the kind they were taken for: not counted. */
  uncounted: Record<string, Partial<Record<CaptureKind, number>>>;
  /** The rows taken for the other kind. */
  wrong: { file: string; label: string; kind: CaptureKind }[];
}

/** Kind to score a manifest row with; null when its label is unknown or its kind does not exist yet. */
export function kindOfLabel(label: string): CaptureKind | null {
  return isLabel(label) ? LABEL_RULES[label].kind : null;
}

/** Judges every report against its row's label (rows and reports in the same order). */
export function evaluate(
  rows: readonly ManifestEntry[],
  reports: readonly (Report | null)[],
  settings: { kindAuto?: boolean } = {},
): EvalResult {
  const result: EvalResult = {
    images: rows.length,
    labels: {},
    checks: {},
    corners: { evaluated: false, reason: '' },
    faceCounts: {},
    errors: [],
    misses: [],
  };
  const cornerErrors: { label: string; error: number }[] = [];

  rows.forEach((row, index) => {
    const report = reports[index] ?? null;
    const entry = (result.labels[row.label] ??= { n: 0, evaluated: false });
    entry.n++;
    const inputError = report?.issues.find((issue) => isInputErrorCode(issue.code));
    if (inputError) {
      result.errors.push({
        file: row.file,
        code: inputError.code,
        ...(inputError.detail ? { detail: inputError.detail } : {}),
      });
    }
    const missing = whyNotEvaluated(row.label);
    if (missing) entry.reason = missing;
    if (!report || !isLabel(row.label)) return;
    const rule: LabelRule = LABEL_RULES[row.label];
    // Landed checks are tallied on every decoded image, even where the label as a whole cannot be judged yet.
    if (!inputError) tallyChecks(result, row.label, rule, report);
    if (!inputError && row.faces !== undefined && rule.kind === 'selfie') {
      const count = (result.faceCounts[row.label] ??= { n: 0, hits: 0, rate: 0 });
      count.n++;
      if (faceCount(report) === row.faces) count.hits++;
    }
    if (missing) return;
    entry.evaluated = true;
    entry.correct ??= 0;
    if (!inputError && isCorrect(rule, row, report)) entry.correct++;
    else result.misses.push({ file: row.file, label: row.label, codes: report.issues.map((issue) => issue.code) });

    if (row.corners && report.document !== undefined) {
      const truth = toPoints(row.corners);
      if (allInside(truth, report.image.width, report.image.height)) {
        const error = report.document.corners ? cornerError(report.document.corners, truth) : Infinity;
        cornerErrors.push({ label: row.label, error });
      }
    }
  });

  for (const entry of Object.values(result.labels)) {
    if (entry.evaluated) entry.rate = (entry.correct ?? 0) / entry.n;
  }
  const rates = Object.values(result.checks).flatMap((summary) => [
    ...Object.values(summary.detection),
    ...Object.values(summary.falseReject),
    ...Object.values(summary.raised),
  ]);
  for (const rate of [...rates, ...Object.values(result.faceCounts)]) {
    rate.rate = rate.n === 0 ? 0 : rate.hits / rate.n;
  }
  if (settings.kindAuto) result.kinds = summariseKinds(rows, reports);
  result.corners = summariseCorners(cornerErrors.map((entry) => entry.error));
  if (result.corners.evaluated) {
    const labels = [...new Set(cornerErrors.map((entry) => entry.label))].sort();
    result.corners.byLabel = Object.fromEntries(
      labels.map((label) => [
        label,
        summariseCorners(cornerErrors.filter((entry) => entry.label === label).map((entry) => entry.error)),
      ]),
    );
  }
  return result;
}

function whyNotEvaluated(label: string): string | null {
  if (!isLabel(label)) return 'unknown label';
  const rule: LabelRule = LABEL_RULES[label];
  if (!rule.kind) return 'capture kind planned';
  const implemented = implementedCodes(rule.kind);
  const missing = codesOfRule(rule).filter((code) => !implemented.has(code));
  return missing.length > 0 ? `check planned: ${missing.join(', ')}` : null;
}

function isCorrect(rule: LabelRule, row: ManifestEntry, report: Report): boolean {
  const codes = new Set(report.issues.map((issue) => issue.code));
  if (rule.good && report.verdict === 'fail') return false;
  if (rule.expect && !rule.expect.some((code) => codes.has(code))) return false;
  if (rule.absent && rule.absent.some((code) => codes.has(code))) return false;
  if (rule.oneFace && faceCount(report) !== 1) return false;
  if (row.faces !== undefined && rule.expect?.includes('multiple_faces') && faceCount(report) !== row.faces) {
    return false;
  }
  return true;
}

/** The faces the selfie checks counted (confident and not tiny next to the main face), else every detection. */
function faceCount(report: Report): number | undefined {
  return report.scores.faceCount ?? report.faces?.length;
}

function tallyChecks(result: EvalResult, label: string, rule: LabelRule, report: Report): void {
  if (!rule.kind) return;
  for (const code of implementedCodes(rule.kind)) {
    const summary = (result.checks[code] ??= { detection: {}, falseReject: {}, raised: {} });
    if (rule.expect?.includes(code)) {
      const rate = (summary.detection[label] ??= { n: 0, hits: 0, rate: 0 });
      rate.n++;
      if (report.issues.some((issue) => issue.code === code)) rate.hits++;
    } else {
      const rate = (summary.falseReject[label] ??= { n: 0, hits: 0, rate: 0 });
      const raised = (summary.raised[label] ??= { n: 0, hits: 0, rate: 0 });
      rate.n++;
      raised.n++;
      if (report.issues.some((issue) => issue.code === code && issue.severity === 'fail')) rate.hits++;
      if (report.issues.some((issue) => issue.code === code)) raised.hits++;
    }
  }
}

function summariseCorners(errors: number[]): CornerSummary {
  if (errors.length === 0) return { evaluated: false, reason: 'no document row has its true corners in the frame' };
  const sorted = [...errors].sort((a, b) => a - b);
  const within3pct = errors.filter((error) => error <= 0.03).length;
  return {
    evaluated: true,
    n: errors.length,
    within3pct,
    rate: within3pct / errors.length,
    medianError: (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2,
  };
}

/** Which kind `auto` took each row for, against the kind its label says the photo shows. */
function summariseKinds(rows: readonly ManifestEntry[], reports: readonly (Report | null)[]): KindSummary {
  const summary: KindSummary = {
    confusion: { document: { document: 0, selfie: 0 }, selfie: { document: 0, selfie: 0 } },
    right: { n: 0, hits: 0, rate: 0 },
    uncounted: {},
    wrong: [],
  };
  rows.forEach((row, index) => {
    const report = reports[index];
    if (!report || report.kind === 'auto' || !isLabel(row.label)) return;
    const rule: LabelRule = LABEL_RULES[row.label];
    const shows = rule.shows === undefined ? rule.kind : rule.shows;
    if (shows === null) {
      const counts = (summary.uncounted[row.label] ??= {});
      counts[report.kind] = (counts[report.kind] ?? 0) + 1;
      return;
    }
    summary.confusion[shows][report.kind]++;
    summary.right.n++;
    if (report.kind === shows) summary.right.hits++;
    else summary.wrong.push({ file: row.file, label: row.label, kind: report.kind });
  });
  summary.right.rate = summary.right.n === 0 ? 0 : summary.right.hits / summary.right.n;
  return summary;
}
