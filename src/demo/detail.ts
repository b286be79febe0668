import type { Issue, Report } from '../browser/index.js';
import { reportJsonReplacer, roundScore } from '../report/formats.js';
import { h } from '../widget/dom.js';
import { catalogFor, messageFor } from '../widget/messages/index.js';
import { rowVerdict } from './columns.js';
import { PhotoView } from './photo-view.js';
import type { Row } from './rows.js';

const english = catalogFor('en');

/** What the detail view needs from the page. */
export interface DetailHost {
  /** Decodes the photo for showing it large (rejects when the browser cannot). */
  preview(file: File, signal: AbortSignal): Promise<ImageBitmap>;
  /** The row after or before this one in the table's order. */
  neighbour(row: Row, step: 1 | -1): Row | undefined;
  /** The dialog closed, last showing `row`. */
  closed(row: Row): void;
}

/**
 * The detail view of one file, in a modal dialog: the photo with every overlay, the issues with
 * the widget's English message, code, severity and score against threshold, every score, and the
 * report as JSON. Only the open photo is decoded; it is dropped on close.
 */
export class DetailView {
  readonly #dialog: HTMLDialogElement;
  readonly #host: DetailHost;
  readonly #title = h('h2', { id: 'detail-title' });
  readonly #verdict = h('p', { class: 'detail-verdict' });
  readonly #photo = new PhotoView();
  readonly #photoNote = h('p', { class: 'note' });
  readonly #maps = h('input', { type: 'checkbox', id: 'detail-maps' });
  readonly #mapsRow = h(
    'label',
    { class: 'toggle', for: 'detail-maps' },
    this.#maps,
    ' Show the glare and sharpness maps',
  );
  readonly #facts = h('p', { class: 'note' });
  readonly #issues = h('ol', { class: 'detail-issues' });
  readonly #scores = h('tbody');
  readonly #json = h('pre', { class: 'json', tabindex: '0' });
  readonly #previous = h('button', { type: 'button' }, 'Previous');
  readonly #next = h('button', { type: 'button' }, 'Next');
  #row: Row | undefined;
  #loading: AbortController | undefined;

  constructor(dialog: HTMLDialogElement, host: DetailHost) {
    this.#dialog = dialog;
    this.#host = host;
    dialog.setAttribute('aria-labelledby', 'detail-title');
    const close = h('button', { type: 'button', class: 'close' }, 'Close');
    close.addEventListener('click', () => dialog.close());
    this.#previous.addEventListener('click', () => this.#step(-1));
    this.#next.addEventListener('click', () => this.#step(1));
    this.#maps.addEventListener('change', () => this.refresh());
    dialog.addEventListener('close', () => {
      this.#loading?.abort();
      this.#photo.setPhoto(undefined, '');
      if (this.#row) this.#host.closed(this.#row);
    });
    dialog.append(
      h(
        'header',
        { class: 'detail-head' },
        this.#title,
        this.#verdict,
        h('div', { class: 'detail-nav' }, this.#previous, this.#next, close),
      ),
      h(
        'div',
        { class: 'detail-body' },
        h('div', { class: 'detail-photo' }, this.#photo.element, this.#photoNote, this.#mapsRow),
        h(
          'div',
          { class: 'detail-report' },
          this.#facts,
          h('h3', {}, 'Issues'),
          this.#issues,
          h('h3', {}, 'Scores'),
          h(
            'table',
            { class: 'scores' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'score'), h('th', { scope: 'col' }, 'value'))),
            this.#scores,
          ),
          h('details', {}, h('summary', {}, 'Report JSON'), this.#json),
        ),
      ),
    );
  }

  /** Opens the dialog on a row and decodes its photo. */
  open(row: Row): void {
    this.#row = row;
    this.#loading?.abort();
    const loading = new AbortController();
    this.#loading = loading;
    this.#photo.setPhoto(undefined, '');
    this.#photoNote.textContent = 'Decoding the photo…';
    this.refresh();
    if (!this.#dialog.open) this.#dialog.showModal();
    this.#host.preview(row.file, loading.signal).then(
      (bitmap) => {
        if (loading.signal.aborted) return bitmap.close();
        this.#photo.setPhoto(bitmap, `${row.path}, with the checks' marks`);
        this.#photoNote.textContent = '';
        this.refresh();
      },
      () => {
        if (!loading.signal.aborted) this.#photoNote.textContent = 'The browser cannot show this file.';
      },
    );
  }

  /** The row shown, while the dialog is open. */
  get row(): Row | undefined {
    return this.#dialog.open ? this.#row : undefined;
  }

  /** Redraws the text and the overlay from the row's current report (after thresholds moved), decoding nothing. */
  refresh(): void {
    const row = this.#row;
    if (!row) return;
    const report = row.report;
    this.#title.textContent = row.path;
    this.#verdict.className = `detail-verdict verdict verdict-${rowVerdict(row)}`;
    this.#verdict.textContent = report ? `${report.kind}: ${report.verdict}` : rowVerdict(row);
    this.#previous.disabled = !this.#host.neighbour(row, -1);
    this.#next.disabled = !this.#host.neighbour(row, 1);
    this.#mapsRow.hidden = !report?.maps || Object.keys(report.maps).length === 0;
    this.#photo.setReport(report, this.#maps.checked);
    this.#facts.textContent = report ? imageFacts(report) : '';
    this.#issues.replaceChildren(...(report?.issues ?? []).map((issue) => issueItem(issue, report!)));
    if (report && report.issues.length === 0) this.#issues.append(h('li', { class: 'none' }, 'No issues.'));
    this.#scores.replaceChildren(
      ...Object.entries(report?.scores ?? {}).map(([name, value]) =>
        h('tr', {}, h('th', { scope: 'row' }, name), h('td', { class: 'numeric' }, String(roundScore(value)))),
      ),
    );
    this.#json.textContent = report ? JSON.stringify({ file: row.path, ...report }, reportJsonReplacer, 2) : '';
  }

  #step(step: 1 | -1): void {
    const next = this.#row && this.#host.neighbour(this.#row, step);
    if (next) this.open(next);
  }
}

/** One issue: what the widget tells the user, and what QA needs to judge it. */
function issueItem(issue: Issue, report: Report): HTMLElement {
  const figures = `score ${roundScore(issue.score)} against threshold ${roundScore(issue.threshold)}`;
  return h(
    'li',
    { 'data-code': issue.code },
    h(
      'p',
      { class: 'issue-head' },
      h('span', { class: `code ${issue.severity}` }, `${issue.code} (${issue.severity})`),
      ` ${figures}`,
    ),
    h('p', { class: 'message' }, messageFor(english, issue, report)),
    ...(issue.detail ? [h('p', { class: 'note' }, issue.detail)] : []),
  );
}

/** The file's size, format and timings: `1600 × 1200 jpeg, 131 KB; decode 97 ms, analyze 2862 ms`. */
function imageFacts(report: Report): string {
  const { width, height, format, bytes } = report.image;
  const size = bytes === undefined ? '' : `, ${Math.round(bytes / 1024)} KB`;
  const timings = (['decode', 'analyze'] as const)
    .filter((stage) => report.timings[stage] !== undefined)
    .map((stage) => `${stage} ${Math.round(report.timings[stage]!)} ms`);
  return `${width} × ${height} ${format}${size}${timings.length > 0 ? `; ${timings.join(', ')}` : ''}`;
}
