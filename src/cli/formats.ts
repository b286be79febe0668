import { isInputErrorCode } from '../core/codes.js';
import type { Issue } from '../core/types.js';
import { roundScore, type ScoredFile } from '../report/formats.js';

/** Output formats of `score`. */
export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A plain-text table for people: verdict, kind checked, file, issues with score vs threshold. */
export function formatTable(results: readonly ScoredFile[]): string {
  const rows = results.map((result) => [
    result.verdict.toUpperCase(),
    result.kind,
    result.file,
    result.issues.length === 0
      ? '-'
      : result.issues
          .map((issue) => (isInputErrorCode(issue.code) ? `${issue.code}: ${issue.detail ?? ''}` : formatIssue(issue)))
          .join(', '),
  ]);
  const header = ['VERDICT', 'KIND', 'FILE', 'ISSUES (score/threshold)'];
  const widths = [0, 1, 2].map((column) => Math.max(header[column]!.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: string[]): string =>
    [...widths.map((width, column) => row[column]!.padEnd(width)), row[3]!].join('  ');
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
