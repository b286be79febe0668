/**
 * The score outputs the CLI writes and the demo page exports: the same columns and the same JSON
 * from both. Platform-neutral (csv-stringify's browser build, no Node APIs).
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Report } from '../core/types.js';

/** A scored file: the path as given plus the report fields. */
export type ScoredFile = { file: string } & Report;

/** A `JSON.stringify` replacer for reports: heatmaps hold typed arrays, JSON gets plain (rounded) arrays. */
export function reportJsonReplacer(_key: string, value: unknown): unknown {
  return value instanceof Float32Array ? Array.from(value, (v) => Math.round(v * 1000) / 1000) : value;
}

/** One file as one line of JSON (`score --format jsonl`). */
export function formatJsonLine(result: ScoredFile): string {
  return JSON.stringify(result, reportJsonReplacer) + '\n';
}

/** Every file as one indented JSON array (`score --format json`). */
export function formatJson(results: readonly ScoredFile[]): string {
  return JSON.stringify(results, reportJsonReplacer, 2) + '\n';
}

/** One row per file; one column per score (union over all files), sorted by name (`score --format csv`). */
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

/**
 * A score as the outputs print it: integers as they are, other numbers to 4 significant digits;
 * `''` when missing or not measured (NaN, which JSON writes as null).
 */
export function roundScore(value: number | null | undefined): number | string {
  if (value === undefined || value === null || Number.isNaN(value)) return '';
  return Number.isInteger(value) ? value : Number(value.toPrecision(4));
}
