import { stringify } from 'csv-stringify/sync';
import { isInputErrorCode } from '../core/codes.js';
import type { Issue, Report } from '../core/types.js';

/** Output formats of `score`. */
export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A scored file: the path as given plus the report fields. */
export type ScoredFile = { file: string } & Report;

/** Heatmaps hold typed arrays; JSON gets plain arrays. */
function toJsonValue(_key: string, value: unknown): unknown {
  return value instanceof Float32Array ? Array.from(value, (v) => Math.round(v * 1000) / 1000) : value;
}

export function formatJsonLine(result: ScoredFile): string {
  return JSON.stringify(result, toJsonValue) + '\n';
}

export function formatJson(results: readonly ScoredFile[]): string {
  return JSON.stringify(results, toJsonValue, 2) + '\n';
}

/** One row per file; one column per score (union over all files). */
export function formatCsv(results: readonly ScoredFile[]): string {
  const scoreNames = [...new Set(results.flatMap((result) => Object.keys(result.scores)))].sort();
  const header = ['file', 'kind', 'verdict', 'issues', 'width', 'height', 'format', ...scoreNames, 'ms'];
  const rows = results.map((result) => [
    result.file,
    result.kind,
    result.verdict,
    result.issues.map((issue) => `${issue.code}:${issue.severity}`).join(' '),
    result.image.width,
    result.image.height,
    result.image.format,
    ...scoreNames.map((name) => roundScore(result.scores[name])),
    Math.round((result.timings.decode ?? 0) + (result.timings.analyze ?? 0)),
  ]);
  return stringify([header, ...rows]);
}

/** A plain-text table for people: verdict, issues with score vs threshold. */
export function formatTable(results: readonly ScoredFile[]): string {
  const rows = results.map((result) => [
    result.verdict.toUpperCase(),
    result.file,
    result.issues.length === 0
      ? '-'
      : result.issues
          .map((issue) => (isInputErrorCode(issue.code) ? `${issue.code}: ${issue.detail ?? ''}` : formatIssue(issue)))
          .join(', '),
  ]);
  const header = ['VERDICT', 'FILE', 'ISSUES (score/threshold)'];
  const widths = [0, 1].map((column) => Math.max(header[column]!.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: string[]): string => `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}`;
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const result of results) counts[result.verdict]++;
  const summary = `${results.length} files: ${counts.pass} pass, ${counts.warn} warn, ${counts.fail} fail`;
  return [line(header), ...rows.map(line), '', summary, ''].join('\n');
}

function formatIssue(issue: Issue): string {
  const severity = issue.severity === 'warn' ? '(warn)' : '';
  const detail = issue.detail ? ` (${issue.detail})` : '';
  return `${issue.code}${severity} ${roundScore(issue.score)}/${roundScore(issue.threshold)}${detail}`;
}

function roundScore(value: number | undefined): number | string {
  if (value === undefined) return '';
  return Number.isInteger(value) ? value : Number(value.toPrecision(4));
}
