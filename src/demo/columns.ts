import { roundScore } from '../report/formats.js';
import { h } from '../widget/dom.js';
import type { Row } from './rows.js';

/** A column of the results table. */
export interface Column {
  id: string;
  /** Header text. */
  label: string;
  /** Width in CSS pixels (the table's layout is fixed, so long values are cut with an ellipsis). */
  width: number;
  numeric: boolean;
  /** The value rows are sorted by (missing values sort last); none: not sortable. */
  sortValue?: (row: Row) => number | string | undefined;
  cell(row: Row): Node | string;
}

/** The verdict, or where the row is in its check when it has none yet. */
export function rowVerdict(row: Row): string {
  return row.status === 'done' && row.report ? row.report.verdict : row.status;
}

const VERDICT_ORDER: Record<string, number> = { pass: 0, warn: 1, fail: 2 };

const timing = (id: 'decode' | 'analyze', label: string): Column => ({
  id,
  label,
  width: 84,
  numeric: true,
  sortValue: (row) => row.report?.timings[id],
  cell: (row) => {
    const ms = row.report?.timings[id];
    return ms === undefined ? '' : String(Math.round(ms));
  },
});

/** The table's columns: thumbnail, file, kind, verdict, issues, one per score name, timings. */
export function columnsFor(scoreNames: readonly string[]): Column[] {
  return [
    {
      id: 'thumbnail',
      label: 'Photo',
      width: 72,
      numeric: false,
      cell: (row) => (row.thumbnail ? h('img', { src: row.thumbnail, alt: '', decoding: 'async' }) : ''),
    },
    {
      id: 'file',
      label: 'File',
      width: 260,
      numeric: false,
      sortValue: (row) => row.path,
      cell: (row) => h('span', { title: row.path }, row.path),
    },
    {
      id: 'kind',
      label: 'Kind',
      width: 88,
      numeric: false,
      sortValue: (row) => row.report?.kind ?? row.kind,
      cell: (row) => row.report?.kind ?? row.kind,
    },
    {
      id: 'verdict',
      label: 'Verdict',
      width: 104,
      numeric: false,
      sortValue: (row) => VERDICT_ORDER[rowVerdict(row)],
      cell: (row) => h('span', { class: `verdict verdict-${rowVerdict(row)}` }, rowVerdict(row)),
    },
    {
      id: 'issues',
      label: 'Issues',
      width: 260,
      numeric: false,
      sortValue: (row) => row.report?.issues.map((issue) => issue.code).join(' '),
      cell: (row) => {
        const issues = row.report?.issues ?? [];
        const text = issues.map((issue) => `${issue.code} (${issue.severity})`).join(', ');
        return h(
          'span',
          { class: 'issue-list', title: text },
          ...issues.map((issue) => h('span', { class: `code ${issue.severity}` }, `${issue.code} (${issue.severity})`)),
        );
      },
    },
    ...scoreNames.map((name): Column => ({
      id: `score:${name}`,
      label: name,
      width: Math.min(240, Math.max(88, 32 + 9 * name.length)),
      numeric: true,
      sortValue: (row) => row.report?.scores[name],
      cell: (row) => String(roundScore(row.report?.scores[name])),
    })),
    timing('decode', 'decode ms'),
    timing('analyze', 'analyze ms'),
  ];
}

/** Every score name the rows' reports have, sorted as the CSV export orders them. */
export function scoreNamesOf(rows: readonly Row[]): string[] {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row.report?.scores ?? {})) names.add(name);
  return [...names].sort();
}

/** Sort direction of a column, as `aria-sort` says it. */
export type Direction = 'ascending' | 'descending';

/** Text order with numbers by value (`img2` before `img10`); one collator, made once, as sorting calls it often. */
const collator = new Intl.Collator(undefined, { numeric: true });

/** The rows sorted by a column (a stable sort; missing values last in either direction). */
export function sortRows(rows: readonly Row[], column: Column | undefined, direction: Direction): Row[] {
  const value = column?.sortValue;
  if (!value) return [...rows];
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: value(row) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) return a.key === b.key ? 0 : a.key === undefined ? 1 : -1;
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key));
    return sign * order;
  });
  return keyed.map((entry) => entry.row);
}
