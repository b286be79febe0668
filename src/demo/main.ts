/**
 * The QA demo page: drop sample photos, see every score and overlay, move thresholds and watch
 * verdicts change, evaluate against a labelled manifest, export results and options. See docs/demo.md.
 */
import { Batch } from './batch.js';
import { columnsFor, scoreNamesOf } from './columns.js';
import { DetailView } from './detail.js';
import { renderEval } from './eval-panel.js';
import { exportCsv, exportJson, exportOptions, isExported } from './export.js';
import { FilterBar, matches } from './filters.js';
import { wireIntake } from './intake.js';
import { Thresholds } from './option-model.js';
import { ProgressLine } from './progress.js';
import { createChecker, decodeCounts, MEASURED_OPTIONS, preview, type CheckKind, type Checker } from './scoring.js';
import { renderSummary } from './summary.js';
import { ResultsTable } from './table.js';
import { ThresholdPanel } from './thresholds.js';

/** Wait after the last threshold change before judging every row again. */
const JUDGE_DELAY_MS = 150;
/** While a batch runs, the page redraws at most this often (the checks share the cores with it). */
const BATCH_REFRESH_MS = 250;

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const thresholds = new Thresholds();
let options = { input: thresholds.toInput(), resolved: thresholds.resolve() };
/** Values of the measured options the rows were checked with. */
let measuredWith = measuredValues();
const batch = new Batch(options, Number(byId<HTMLInputElement>('workers').value), () =>
  scheduleRefresh(BATCH_REFRESH_MS),
);
/** Its own worker, so opening a photo does not wait behind the batch. */
let previewChecker: Checker | undefined;

const progress = new ProgressLine({
  bar: byId('progress'),
  text: byId('progress-text'),
  decodes: byId('decodes'),
  announce: byId('announce'),
});
const filterBar = new FilterBar(() => scheduleRefresh());
const table = new ResultsTable({ onOpen: (row) => detail.open(row), onSort: () => scheduleRefresh() });
const detail = new DetailView(byId('detail'), {
  preview: (file, signal) => {
    const decoding = preview((previewChecker ??= createChecker()), file, signal);
    scheduleRefresh(); // the status line counts previews
    return decoding;
  },
  neighbour: (row, step) => table.neighbour(row, step),
  closed: (row) => table.focusRow(row),
});
let judgeTimer: ReturnType<typeof setTimeout> | undefined;
const panel = new ThresholdPanel(thresholds, {
  changed: () => {
    clearTimeout(judgeTimer);
    judgeTimer = setTimeout(applyThresholds, JUDGE_DELAY_MS);
  },
  recheck: recheckAll,
  exportOptions: () => {
    if (validate()) exportOptions(thresholds.toInput());
  },
});
byId('thresholds').append(panel.element);
byId('filters').append(filterBar.element);
byId('table').append(table.element);

function measuredValues(): string {
  return MEASURED_OPTIONS.map((path) => thresholds.value(path)).join(' ');
}

/** Whether the panel's thresholds are valid together; if not, the panel says why. */
function validate(): boolean {
  try {
    thresholds.resolve();
    panel.setError('');
    return true;
  } catch (error) {
    panel.setError(error instanceof Error ? error.message : String(error));
    return false;
  }
}

/** Judges every row with the panel's thresholds, unless they are invalid together. */
function applyThresholds(): void {
  if (!validate()) return;
  options = { input: thresholds.toInput(), resolved: thresholds.resolve() };
  panel.setRecheckNeeded(measuredValues() !== measuredWith && batch.rows.some((row) => row.measured));
  void batch.rejudge(options);
}

function recheckAll(): void {
  measuredWith = measuredValues();
  panel.setRecheckNeeded(false);
  batch.recheckAll();
}

/** The controls of the batch: kind, workers, cancel, re-check, clear, exports. */
function wireControls(): void {
  const kind = byId<HTMLSelectElement>('kind');
  kind.addEventListener('change', () => (batch.kind = kind.value as CheckKind));
  const workers = byId<HTMLInputElement>('workers');
  workers.addEventListener('change', () => {
    const size = workers.valueAsNumber;
    if (Number.isInteger(size) && size >= 1 && size <= 8) batch.queue.size = size;
    else workers.value = String(batch.queue.size);
  });
  byId('cancel').addEventListener('click', () => {
    if (batch.queue.progress().running) batch.cancel();
  });
  byId('recheck').addEventListener('click', recheckAll);
  byId('clear').addEventListener('click', () => batch.clear());
  byId('export-csv').addEventListener('click', () => exportCsv(table.rows));
  byId('export-json').addEventListener('click', () => exportJson(table.rows));
}

let refreshing: ReturnType<typeof setTimeout> | undefined;
let lastRefresh = 0;
/** The open row's id and version the detail view last drew. */
let detailDrawn = '';

/** Redraws on the next frame, and not sooner than `spacing` ms after the last redraw. */
function scheduleRefresh(spacing = 0): void {
  if (refreshing !== undefined) return;
  refreshing = setTimeout(
    () =>
      requestAnimationFrame(() => {
        refreshing = undefined;
        lastRefresh = performance.now();
        refresh();
      }),
    Math.max(0, lastRefresh + spacing - performance.now()),
  );
}

/** Redraws everything from the rows: at most once a frame, however many rows changed. */
function refresh(): void {
  const rows = batch.rows;
  table.setColumns(columnsFor(scoreNamesOf(rows)));
  const shown = rows.filter((row) => matches(row, filterBar.filters));
  table.setRows(shown);
  filterBar.update(rows);
  renderSummary(byId('summary'), shown, rows.length, (code) => {
    filterBar.showCode(code);
    scheduleRefresh();
  });
  byId('empty').hidden = rows.length > 0;
  const exportable = table.rows.filter(isExported).length;
  byId('export-csv').textContent = `Export CSV (${exportable})`;
  byId('export-json').textContent = `Export JSON (${exportable})`;
  const run = batch.queue.progress();
  progress.update(run, decodeCounts());
  // aria-disabled, not disabled: the button keeps keyboard focus when the run it stopped ends.
  byId('cancel').setAttribute('aria-disabled', String(!run.running));
  renderEval(byId('eval'), batch.evaluation());
  const open = detail.row;
  if (open && `${open.id}:${open.version}` !== detailDrawn) {
    detailDrawn = `${open.id}:${open.version}`;
    detail.refresh();
  }
}

wireIntake(batch, {
  files: byId('pick-files'),
  folder: byId('pick-folder'),
  manifest: byId('pick-manifest'),
  manifestStatus: byId('manifest-status'),
});
wireControls();
refresh();
