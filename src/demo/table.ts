import { h } from '../widget/dom.js';
import { sortRows, type Column, type Direction } from './columns.js';
import type { Row } from './rows.js';

/** Height of every body row, in CSS pixels (the stylesheet sets the same). */
const ROW_HEIGHT = 52;
/** Rows drawn above and below the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 4;
/** Columns drawn left and right of the visible ones. */
const COLUMN_OVERSCAN = 2;

/** The sorted column, if any. */
export interface Sort {
  column: string;
  direction: Direction;
}

/**
 * The results table, virtualised both ways: it can hold thousands of rows and dozens of score
 * columns, but only the cells in view (and a few around them) are in the DOM, each row placed at
 * its own offset and laid out on its own (`contain: strict`), so adding or redrawing one costs the
 * page little. An ARIA table of elements: `aria-rowcount`/`aria-colcount` give the whole table's
 * size, `aria-rowindex`/`aria-colindex` each row's and cell's place.
 * Headers sort (buttons; `aria-sort` says how); rows are reached with the arrow keys, Page Up/Down,
 * Home/End, and open with Enter, Space or a click.
 */
export class ResultsTable {
  /** The scrolling box to put on the page. */
  readonly element: HTMLElement;
  sort: Sort | undefined;
  readonly #table: HTMLElement;
  readonly #head: HTMLElement;
  readonly #body: HTMLElement;
  readonly #onOpen: (row: Row) => void;
  readonly #onSort: () => void;
  #columns: Column[] = [];
  #columnsKey = '';
  #rows: Row[] = [];
  #index = new Map<number, number>();
  #activeId: number | undefined;
  /** Where each column starts, in CSS pixels, and (last) the table's width. */
  #offsets: number[] = [0];
  /** Drawn rows by id, reused while their row and the columns drawn are unchanged. */
  #drawn = new Map<number, { key: string; element: HTMLElement }>();
  #frame = 0;

  constructor(callbacks: { onOpen(row: Row): void; onSort(): void }) {
    this.#onOpen = callbacks.onOpen;
    this.#onSort = callbacks.onSort;
    this.#head = h('div', { role: 'row', class: 'grid-row grid-head', 'aria-rowindex': '1' });
    this.#body = h('div', { role: 'rowgroup', class: 'grid-body' });
    this.#table = h(
      'div',
      { role: 'table', class: 'results-table', 'aria-label': 'Checked files: Enter opens a file with its overlay' },
      h('div', { role: 'rowgroup' }, this.#head),
      this.#body,
    );
    this.element = h('div', { class: 'table-scroll' }, this.#table);
    this.element.addEventListener('scroll', () => this.#schedule());
    this.#body.addEventListener('keydown', (event) => this.#key(event));
    this.#body.addEventListener('click', (event) => {
      const row = this.#rowOf(event.target);
      if (row) this.#open(row);
    });
    this.#body.addEventListener('focusin', (event) => {
      const row = this.#rowOf(event.target);
      if (row) this.#activeId = row.id;
    });
    new ResizeObserver(() => this.#schedule()).observe(this.element);
  }

  /** Sets the columns; the header and the widths are rebuilt only when they changed. */
  setColumns(columns: Column[]): void {
    const key = columns.map((column) => column.id).join('\n');
    this.#columns = columns;
    if (key === this.#columnsKey) return;
    this.#columnsKey = key;
    this.#drawn.clear();
    this.#body.replaceChildren();
    this.#offsets = columns.reduce((offsets, column) => [...offsets, offsets.at(-1)! + column.width], [0]);
    this.#table.style.width = `${this.#offsets.at(-1)}px`;
    this.#table.setAttribute('aria-colcount', String(columns.length));
    this.#drawHeader();
  }

  /** Sets the rows to show (filtered); the table sorts them and draws the ones in view. */
  setRows(rows: readonly Row[]): void {
    this.#rows = sortRows(
      rows,
      this.#columns.find((column) => column.id === this.sort?.column),
      this.sort?.direction ?? 'ascending',
    );
    this.#index = new Map(this.#rows.map((row, index) => [row.id, index]));
    this.#table.setAttribute('aria-rowcount', String(this.#rows.length + 1));
    this.#body.style.height = `${this.#rows.length * ROW_HEIGHT}px`;
    this.#draw();
  }

  /** The rows in the order the table shows them. */
  get rows(): readonly Row[] {
    return this.#rows;
  }

  /** The row after or before `row` in the table's order, if any. */
  neighbour(row: Row, step: 1 | -1): Row | undefined {
    const index = this.#index.get(row.id);
    return index === undefined ? undefined : this.#rows[index + step];
  }

  /** Scrolls a row into view and gives it keyboard focus (the detail view returns focus here). */
  focusRow(row: Row): void {
    const index = this.#index.get(row.id);
    if (index === undefined) return;
    this.#activeId = row.id;
    const view = this.element;
    const top = index * ROW_HEIGHT;
    const height = view.clientHeight - this.#head.offsetHeight;
    if (top < view.scrollTop) view.scrollTop = top;
    else if (top + ROW_HEIGHT > view.scrollTop + height) view.scrollTop = top + ROW_HEIGHT - height;
    this.#draw();
    this.#drawn.get(row.id)?.element.focus({ preventScroll: true });
  }

  #drawHeader(): void {
    this.#head.replaceChildren(
      ...this.#columns.map((column) => {
        const sorted = this.sort?.column === column.id ? this.sort.direction : undefined;
        const header = this.#cell(column, 'columnheader');
        header.dataset.column = column.id;
        if (!column.sortValue) {
          header.append(h('span', { class: 'visually-hidden' }, column.label));
          return header;
        }
        header.setAttribute('aria-sort', sorted ?? 'none');
        const arrow = h(
          'span',
          { class: 'arrow', 'aria-hidden': 'true' },
          sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '',
        );
        const button = h('button', { type: 'button', title: column.label }, column.label, arrow);
        button.addEventListener('click', () => {
          this.sort = { column: column.id, direction: sorted === 'ascending' ? 'descending' : 'ascending' };
          this.#drawHeader();
          this.#head.querySelector<HTMLButtonElement>(`[data-column="${column.id}"] button`)?.focus();
          this.#onSort();
        });
        header.append(button);
        return header;
      }),
    );
  }

  #schedule(): void {
    if (this.#frame !== 0) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#draw();
    });
  }

  /** Draws the rows in view: rows already drawn and unchanged stay as they are. */
  #draw(): void {
    const view = this.element;
    const first = Math.max(0, Math.floor(view.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(this.#rows.length, Math.ceil((view.scrollTop + view.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    const right = view.scrollLeft + view.clientWidth;
    const starts = this.#offsets.slice(0, -1);
    const firstColumn = Math.max(0, starts.findLastIndex((start) => start <= view.scrollLeft) - COLUMN_OVERSCAN);
    const visibleEnd = starts.findIndex((start) => start >= right);
    const lastColumn = Math.min(this.#columns.length, (visibleEnd < 0 ? starts.length : visibleEnd) + COLUMN_OVERSCAN);
    const hadFocus = this.#body.contains(document.activeElement);
    const activeId = this.#activeId ?? this.#rows[0]?.id;
    const drawn = new Map<number, { key: string; element: HTMLElement }>();
    const elements: HTMLElement[] = [];
    for (let index = first; index < last; index++) {
      const row = this.#rows[index]!;
      const key = `${row.version} ${firstColumn} ${lastColumn}`;
      const cached = this.#drawn.get(row.id);
      const element = cached?.key === key ? cached.element : this.#drawRow(row, firstColumn, lastColumn);
      element.style.top = `${index * ROW_HEIGHT}px`;
      element.setAttribute('aria-rowindex', String(index + 2));
      element.tabIndex = row.id === activeId ? 0 : -1;
      drawn.set(row.id, { key, element });
      elements.push(element);
    }
    this.#drawn = drawn;
    this.#place(elements);
    if (hadFocus && this.#activeId !== undefined) drawn.get(this.#activeId)?.element.focus({ preventScroll: true });
  }

  /**
   * Makes the body hold `elements` in this order (the reading order is the table's), moving only
   * those out of place: a row left where it is keeps its computed style and layout.
   */
  #place(elements: readonly HTMLElement[]): void {
    const wanted = new Set<Node>(elements);
    for (const child of [...this.#body.children]) if (!wanted.has(child)) child.remove();
    let cursor = this.#body.firstChild;
    for (const element of elements) {
      if (cursor === element) cursor = cursor.nextSibling;
      else this.#body.insertBefore(element, cursor);
    }
  }

  /** A row with the cells of columns `from` to `to` (excluded), after a gap as wide as the columns before. */
  #drawRow(row: Row, from: number, to: number): HTMLElement {
    const element = h('div', { role: 'row', class: 'grid-row', 'data-id': String(row.id) });
    if (from > 0) {
      const gap = h('div', { class: 'gap', 'aria-hidden': 'true' });
      gap.style.width = `${this.#offsets[from]}px`;
      element.append(gap);
    }
    for (let index = from; index < to; index++) {
      const column = this.#columns[index]!;
      const cell = this.#cell(column, 'cell', column.cell(row));
      cell.setAttribute('aria-colindex', String(index + 1));
      element.append(cell);
    }
    return element;
  }

  /** A cell of a column: its width set on it (not in a stylesheet, whose change would restyle the whole page). */
  #cell(column: Column, role: 'cell' | 'columnheader', content: Node | string = ''): HTMLElement {
    const cell = h('div', { role, class: column.numeric ? 'cell numeric' : 'cell' }, content);
    cell.style.width = `${column.width}px`;
    return cell;
  }

  #rowOf(target: EventTarget | null): Row | undefined {
    const id = (target as Element | null)?.closest?.('[role="row"][data-id]')?.getAttribute('data-id');
    const index = id === null || id === undefined ? undefined : this.#index.get(Number(id));
    return index === undefined ? undefined : this.#rows[index];
  }

  #open(row: Row): void {
    this.#activeId = row.id;
    this.#onOpen(row);
  }

  #key(event: KeyboardEvent): void {
    const row = this.#rowOf(event.target);
    if (!row) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#open(row);
      return;
    }
    const page = Math.max(1, Math.floor(this.element.clientHeight / ROW_HEIGHT) - 2);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    const index = this.#index.get(row.id)!;
    const target =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? this.#rows.length - 1
          : moves[event.key] === undefined
            ? undefined
            : index + moves[event.key]!;
    if (target === undefined) return;
    event.preventDefault();
    this.focusRow(this.#rows[Math.min(this.#rows.length - 1, Math.max(0, target))]!);
  }
}
