import type { OptionsInput } from '../browser/index.js';
import { formatCsv, formatJson, type ScoredFile } from '../report/formats.js';
import { h } from '../widget/dom.js';
import type { Row } from './rows.js';

/** Saves text as a file: a Blob behind a temporary `<a download>`. */
function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Whether a row is exported: it was checked. */
export const isExported = (row: Row): boolean => row.status === 'done' && row.report !== undefined;

/** The checked rows as the CLI's `score` outputs list them: the path, then the report. */
function scoredFiles(rows: readonly Row[]): ScoredFile[] {
  return rows.filter(isExported).map((row) => ({ file: row.path, ...row.report! }));
}

/** Downloads rows as `id-precheck score --format csv` writes them. */
export function exportCsv(rows: readonly Row[]): void {
  download('id-precheck-scores.csv', formatCsv(scoredFiles(rows)), 'text/csv');
}

/** Downloads rows as `id-precheck score --format json` writes them. */
export function exportJson(rows: readonly Row[]): void {
  download('id-precheck-scores.json', formatJson(scoredFiles(rows)), 'application/json');
}

/** Downloads the chosen options: `{ preset, ...the values that differ from it }`. */
export function exportOptions(options: OptionsInput): void {
  download('id-precheck-options.json', JSON.stringify(options, null, 2) + '\n', 'application/json');
}
