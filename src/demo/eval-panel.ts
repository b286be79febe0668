import { checkFigures, cornerLine, faceCountFigures, formatEval, percent } from '../eval/format.js';
import { h } from '../widget/dom.js';
import type { Evaluation } from './batch.js';

/** What each panel shows now, so it is redrawn only when a figure changed. */
const drawn = new WeakMap<HTMLElement, string>();

const table = (caption: string, headers: string[], rows: (string | number)[][], kind: string): HTMLTableElement =>
  h(
    'table',
    { class: `eval-table ${kind}` },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col' }, header)))),
    h(
      'tbody',
      {},
      ...rows.map(([first, ...rest]) =>
        h('tr', {}, h('th', { scope: 'row' }, String(first)), ...rest.map((cell) => h('td', {}, String(cell)))),
      ),
    ),
  );

/**
 * The evaluation of the checked files against the manifest, with the figures `id-precheck eval`
 * prints: per label n, correct and rate; per check detection on its defect labels and false
 * rejects on the good labels; and the CLI's own text of it.
 */
export function renderEval(element: HTMLElement, evaluation: Evaluation | undefined): void {
  element.hidden = !evaluation;
  if (!evaluation) {
    drawn.delete(element);
    return element.replaceChildren();
  }
  const { manifest, result, pending, missing } = evaluation;
  const text = formatEval(result);
  const signature = `${manifest.name}\n${pending}\n${missing}\n${text}`;
  if (signature === drawn.get(element)) return;
  drawn.set(element, signature);
  const opened = element.querySelector('details')?.open ?? false;
  const labels = Object.entries(result.labels)
    .sort()
    .map(([label, entry]) =>
      entry.evaluated
        ? [label, entry.n, entry.correct ?? 0, percent(entry)]
        : [label, entry.n, '–', `not evaluated (${entry.reason})`],
    );
  const checks = Object.entries(result.checks)
    .sort()
    .map(([code, summary]) => {
      const { detects, falseRejects, warned } = checkFigures(summary);
      return [code, detects.join(', ') || '-', falseRejects.join(', ') || '-', warned.join(', ') || '-'];
    });
  const faceCounts = faceCountFigures(result);
  const corners = [
    cornerLine('all', result.corners),
    ...Object.entries(result.corners.byLabel ?? {}).map(([label, summary]) => cornerLine(label, summary)),
  ];
  element.replaceChildren(
    h('h2', { id: 'eval-title' }, `Evaluation against ${manifest.name}`),
    h(
      'p',
      { class: 'eval-coverage' },
      `${result.images} of ${manifest.entries.length} manifest rows evaluated` +
        (pending > 0 ? `; ${pending} still to check` : '') +
        (missing > 0 ? `; ${missing} with no file here (not counted)` : '') +
        '. What counts as correct per label: docs/accuracy.md.',
    ),
    table('Per label', ['label', 'n', 'correct', 'rate'], labels, 'per-label'),
    table(
      'Per check: detection on its defect labels, false rejects on the good labels',
      ['check', 'detects', 'false rejects', 'raised as a warning too'],
      checks,
      'per-check',
    ),
    ...(faceCounts.length > 0
      ? [h('p', {}, `Exact face count (rows with a faces column): ${faceCounts.join(', ')}`)]
      : []),
    h(
      'p',
      { class: 'corners' },
      'Document corners (rows with all four true corners inside the frame): ',
      ...corners.map((line) => h('span', {}, line.trim())),
    ),
    h(
      'details',
      opened ? { open: '' } : {},
      h('summary', {}, 'As id-precheck eval prints it'),
      h('pre', { class: 'eval-text', tabindex: '0' }, text),
    ),
  );
}
