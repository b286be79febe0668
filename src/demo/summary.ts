import { h } from '../widget/dom.js';
import { rowVerdict } from './columns.js';
import { codeCounts } from './filters.js';
import type { Row } from './rows.js';

/**
 * The summary bar of the rows the table shows: how many pass, warn and fail, and how many have
 * each issue code. A code's count is a button that filters the table to it (`onCode`).
 */
export function renderSummary(
  element: HTMLElement,
  shown: readonly Row[],
  total: number,
  onCode: (code: string) => void,
): void {
  const verdicts = { pass: 0, warn: 0, fail: 0 };
  for (const row of shown) {
    const verdict = rowVerdict(row);
    if (verdict in verdicts) verdicts[verdict as keyof typeof verdicts]++;
  }
  const focused = element.contains(document.activeElement) ? document.activeElement?.getAttribute('data-code') : null;
  const codes = codeCounts(shown).map(([code, count]) => {
    const button = h('button', { type: 'button', class: 'code-count', 'data-code': code }, `${code} ${count}`);
    button.addEventListener('click', () => onCode(code));
    return button;
  });
  element.replaceChildren(
    h(
      'p',
      { class: 'counts' },
      `Showing ${shown.length} of ${total} files: `,
      ...(['pass', 'warn', 'fail'] as const).map((verdict) =>
        h('span', { class: `verdict verdict-${verdict}`, 'data-verdict': verdict }, `${verdict} ${verdicts[verdict]}`),
      ),
    ),
    ...(codes.length > 0 ? [h('p', { class: 'code-counts' }, 'Issues: ', ...codes)] : []),
  );
  // Redrawn while a batch runs: keyboard focus stays on the code it was on.
  if (focused) codes.find((button) => button.dataset.code === focused)?.focus();
}
