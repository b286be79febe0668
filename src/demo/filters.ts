import { h } from '../widget/dom.js';
import { rowVerdict } from './columns.js';
import type { Row } from './rows.js';

/** Verdict chips: the three verdicts and the rows without one yet. */
const VERDICTS = ['pass', 'warn', 'fail', 'unchecked'] as const;
const UNCHECKED = new Set(['queued', 'checking', 'cancelled']);

/** `code` filter values besides an issue code. */
const ANY_CODE = '';
const NO_ISSUE = '(none)';

/** Which rows the table shows. */
export interface Filters {
  /** Verdict chips switched on. */
  verdicts: Set<string>;
  /** `''`: every kind; else `document` or `selfie`. */
  kind: string;
  /** `''`: any; `(none)`: rows without issues; else rows with this issue code. */
  code: string;
  /** Part of the file's path, any case. */
  text: string;
}

const chipOf = (row: Row): string => (UNCHECKED.has(rowVerdict(row)) ? 'unchecked' : rowVerdict(row));

/** Whether the table shows a row. */
export function matches(row: Row, filters: Filters): boolean {
  if (!filters.verdicts.has(chipOf(row))) return false;
  if (filters.kind && (row.report?.kind ?? row.kind) !== filters.kind) return false;
  const issues = row.report?.issues ?? [];
  if (filters.code === NO_ISSUE && issues.length > 0) return false;
  if (filters.code !== ANY_CODE && filters.code !== NO_ISSUE && !issues.some((issue) => issue.code === filters.code)) {
    return false;
  }
  return !filters.text || row.path.toLowerCase().includes(filters.text.toLowerCase());
}

/** How many rows have each issue code, codes by name. */
export function codeCounts(rows: readonly Row[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const code of new Set(row.report?.issues.map((issue) => issue.code)))
      counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * The filter controls: verdict chips (checkboxes), kind and issue-code selects, a file-name box.
 * `onChange` runs on every change.
 */
export class FilterBar {
  readonly element: HTMLElement;
  readonly filters: Filters = { verdicts: new Set(VERDICTS), kind: '', code: ANY_CODE, text: '' };
  readonly #chipCounts = new Map<string, HTMLElement>();
  readonly #codeSelect: HTMLSelectElement;
  /** The codes and counts the select lists, so it is rebuilt (closing it if open) only when they change. */
  #listed = '';

  constructor(onChange: () => void) {
    const chips = VERDICTS.map((verdict) => {
      const box = h('input', { type: 'checkbox', value: verdict });
      box.checked = true;
      box.addEventListener('change', () => {
        if (box.checked) this.filters.verdicts.add(verdict);
        else this.filters.verdicts.delete(verdict);
        onChange();
      });
      const count = h('span', { class: 'count' });
      this.#chipCounts.set(verdict, count);
      return h('label', { class: `chip verdict-${verdict}` }, box, ` ${verdict} `, count);
    });
    const kind = h(
      'select',
      { id: 'filter-kind' },
      h('option', { value: '' }, 'every kind'),
      h('option', { value: 'document' }, 'document'),
      h('option', { value: 'selfie' }, 'selfie'),
    );
    kind.addEventListener('change', () => {
      this.filters.kind = kind.value;
      onChange();
    });
    this.#codeSelect = h('select', { id: 'filter-code' });
    this.#codeSelect.addEventListener('change', () => {
      this.filters.code = this.#codeSelect.value;
      onChange();
    });
    const text = h('input', { type: 'search', id: 'filter-text', placeholder: 'part of a file name' });
    text.addEventListener('input', () => {
      this.filters.text = text.value.trim();
      onChange();
    });
    this.element = h(
      'div',
      { class: 'filters' },
      h('fieldset', { class: 'chips' }, h('legend', {}, 'Verdict'), ...chips),
      h('label', { for: 'filter-kind' }, 'Kind ', kind),
      h('label', { for: 'filter-code' }, 'Issue ', this.#codeSelect),
      h('label', { for: 'filter-text' }, 'File ', text),
    );
    this.update([]);
  }

  /** Sets the issue-code filter (the summary's code counts are shortcuts to it). */
  showCode(code: string): void {
    this.filters.code = code;
    this.#codeSelect.value = code;
  }

  /** Refreshes the counts beside the chips and the codes the select offers, from every row. */
  update(rows: readonly Row[]): void {
    const chipCounts = new Map<string, number>();
    for (const row of rows) chipCounts.set(chipOf(row), (chipCounts.get(chipOf(row)) ?? 0) + 1);
    for (const [verdict, element] of this.#chipCounts) element.textContent = `(${chipCounts.get(verdict) ?? 0})`;
    const codes = codeCounts(rows);
    // A chosen code stays listed while no row has it any more, so the select keeps showing the filter in use.
    if (this.filters.code && this.filters.code !== NO_ISSUE && !codes.some(([code]) => code === this.filters.code)) {
      codes.push([this.filters.code, 0]);
    }
    const listed = JSON.stringify(codes);
    if (listed === this.#listed) return;
    this.#listed = listed;
    const options = [
      h('option', { value: ANY_CODE }, 'any'),
      h('option', { value: NO_ISSUE }, 'no issue'),
      ...codes.map(([code, count]) => h('option', { value: code }, `${code} (${count})`)),
    ];
    this.#codeSelect.replaceChildren(...options);
    this.#codeSelect.value = this.filters.code;
  }
}
