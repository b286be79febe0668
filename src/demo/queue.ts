import { createChecker, type Checker } from './scoring.js';

/**
 * One job of the queue: runs on a free checker; `signal` aborts when the queue is cancelled. A
 * rejection other than that abort is logged.
 */
export type Job = (checker: Checker, signal: AbortSignal) => Promise<void>;

/** How far the current run is: files done of files queued since the queue was last idle. */
export interface Progress {
  done: number;
  total: number;
  /** Milliseconds since the run started. */
  elapsedMs: number;
  running: boolean;
  /** The run was cancelled (its files not done were dropped). */
  cancelled: boolean;
}

/**
 * A bounded pool of checkers (one worker each): jobs wait in a queue and at most `size` run at
 * once, one per checker. `cancel` aborts the running jobs and drops the waiting ones at once.
 */
export class CheckQueue {
  #size: number;
  readonly #checkers: Checker[] = [];
  readonly #busy: boolean[] = [];
  #waiting: Job[] = [];
  #controller = new AbortController();
  #done = 0;
  #total = 0;
  #started = 0;
  #cancelled = false;
  readonly #onChange: () => void;

  /** `onChange` is called when a job starts or ends, and on cancel. */
  constructor(size: number, onChange: () => void) {
    this.#size = size;
    this.#onChange = onChange;
  }

  /** How many jobs run at once. Lowering it lets running jobs finish; raising it starts more now. */
  get size(): number {
    return this.#size;
  }
  set size(value: number) {
    if (!Number.isInteger(value) || value < 1)
      throw new RangeError(`queue size must be a positive integer; got ${value}`);
    this.#size = value;
    this.#pump();
  }

  /** Queues jobs behind those already waiting (a new run when the queue is idle or was cancelled). */
  add(jobs: readonly Job[]): void {
    // A new run starts when the queue is idle, or was just cancelled (its abandoned jobs still settling).
    if (this.#cancelled || (this.#running() === 0 && this.#waiting.length === 0)) {
      this.#done = 0;
      this.#total = 0;
      this.#cancelled = false;
      this.#started = performance.now();
    }
    this.#waiting.push(...jobs);
    this.#total += jobs.length;
    this.#pump();
  }

  /** Aborts the running jobs and drops the waiting ones. */
  cancel(): void {
    this.#cancelled ||= this.#running() > 0 || this.#waiting.length > 0;
    this.#waiting = [];
    this.#controller.abort(new DOMException('cancelled', 'AbortError'));
    this.#controller = new AbortController();
    this.#onChange();
  }

  /** The current run's progress. */
  progress(): Progress {
    const running = this.#running() > 0 || this.#waiting.length > 0;
    const elapsedMs = performance.now() - this.#started;
    return { done: this.#done, total: this.#total, elapsedMs, running, cancelled: this.#cancelled };
  }

  #running(): number {
    return this.#busy.filter(Boolean).length;
  }

  #pump(): void {
    while (this.#waiting.length > 0 && this.#running() < this.#size) {
      const slot = this.#freeSlot();
      const job = this.#waiting.shift()!;
      this.#busy[slot] = true;
      const checker = (this.#checkers[slot] ??= createChecker());
      const signal = this.#controller.signal;
      void job(checker, signal)
        .catch((error: unknown) => {
          if (!signal.aborted) console.error(error);
        })
        .finally(() => {
          this.#busy[slot] = false;
          if (!signal.aborted) this.#done++;
          this.#pump();
        });
    }
    this.#onChange();
  }

  /** The first free checker slot below the size (the checkers beyond it stop when idle). */
  #freeSlot(): number {
    for (let slot = 0; ; slot++) if (!this.#busy[slot]) return slot;
  }
}
