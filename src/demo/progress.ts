import type { Progress } from './queue.js';

/** Elements of the progress line. */
export interface ProgressElements {
  bar: HTMLProgressElement;
  text: HTMLElement;
  decodes: HTMLElement;
  /** A polite live region: told when a run starts, ends or is cancelled, not on every file. */
  announce: HTMLElement;
}

/** `95 s` → `1 min 35 s`. */
function duration(seconds: number): string {
  const rounded = Math.round(seconds);
  return rounded < 60 ? `${rounded} s` : `${Math.floor(rounded / 60)} min ${rounded % 60} s`;
}

/**
 * The progress line: files done of the run's total, files per second and the time left, and how
 * many decodes the page made (re-judging must add none).
 */
export class ProgressLine {
  readonly #elements: ProgressElements;
  #wasRunning = false;

  constructor(elements: ProgressElements) {
    this.#elements = elements;
  }

  /** Shows the queue's progress and the decode counts. */
  update(progress: Progress, counts: { decodes: number; previews: number }): void {
    const { bar, text, decodes, announce } = this.#elements;
    const { done, total, elapsedMs, running, cancelled } = progress;
    const seconds = elapsedMs / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    bar.max = Math.max(1, total);
    bar.value = done;
    const speed = done > 0 ? ` · ${rate.toFixed(1)} files/s` : '';
    const left = running && done > 0 ? ` · about ${duration((total - done) / rate)} left` : '';
    const took = !running && total > 0 ? ` in ${duration(seconds)}` : '';
    const state = cancelled ? 'Cancelled: ' : '';
    text.textContent =
      total === 0 ? 'No files checked yet.' : `${state}${done} / ${total} checked${took}${speed}${left}`;
    text.dataset.done = String(done);
    text.dataset.total = String(total);
    text.dataset.running = String(running);
    decodes.textContent = `decoded ${counts.decodes} times · ${counts.previews} ${counts.previews === 1 ? 'preview' : 'previews'}`;
    decodes.dataset.decodes = String(counts.decodes);
    if (running && !this.#wasRunning) announce.textContent = `Checking ${total} files.`;
    if (!running && this.#wasRunning) {
      announce.textContent = cancelled ? `Cancelled: ${done} of ${total} checked.` : `Checked ${done} files.`;
    }
    this.#wasRunning = running;
  }
}
