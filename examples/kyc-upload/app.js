// An example KYC upload page: the front of an ID card and a selfie, each checked by <id-precheck>
// before anything is sent. Served with a strict Content-Security-Policy (no inline script or style).
// The widget is imported from where the site serves the package's dist/browser/ folder.
import '../../dist/browser/widget.js';

/** What each widget accepted: the user's file and its report. */
const accepted = new Map();
const form = document.getElementById('kyc-form');
const submit = document.getElementById('submit');
const summary = document.getElementById('summary');

for (const widget of document.querySelectorAll('id-precheck')) {
  widget.addEventListener('precheck-accept', (event) => {
    accepted.set(widget.id, event.detail);
    submit.disabled = accepted.size < 2;
  });
  widget.addEventListener('precheck-result', () => {
    // A new photo replaces the accepted one until it is accepted in turn.
    accepted.delete(widget.id);
    submit.disabled = true;
  });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const body = new FormData();
  for (const [name, { file, report, overridden }] of accepted) {
    body.append(name, file, file.name);
    body.append(`${name}-report`, JSON.stringify({ ...report, overridden }));
  }
  // A real page would now `fetch('/kyc/upload', { method: 'POST', body })`.
  summary.textContent = [...accepted]
    .map(
      ([name, { file, report, overridden }]) =>
        `${name}: ${file.name}, ${report.verdict}${overridden ? ' (sent anyway)' : ''}`,
    )
    .join('\n');
});
