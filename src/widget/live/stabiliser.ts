import type { FrameHint } from '../../core/frame.js';

/** How the guidance settles; times in milliseconds. */
export interface StabiliserOptions {
  /**
   * A hint, once shown, stays at least this long.
   * @default 1000
   */
  minShowMs: number;
  /**
   * The frames of this last stretch vote on what to show.
   * @default 800
   */
  windowMs: number;
  /**
   * A new hint is shown only when this share of the window's frames call for it.
   * @default 0.6
   */
  majority: number;
  /**
   * A hint shown this long escalates to its more concrete wording ("Find more light" → "Move to a
   * brighter place…").
   * @default 4000
   */
  escalateMs: number;
  /**
   * The frames must have been ready (with at most a `1 - majority` share of misses in any window)
   * this long before the photo is taken.
   * @default 1200
   */
  holdMs: number;
}

export const DEFAULT_STABILISER_OPTIONS: Readonly<StabiliserOptions> = {
  minShowMs: 1000,
  windowMs: 800,
  majority: 0.6,
  escalateMs: 4000,
  holdMs: 1200,
};

/** What to show after a frame. */
export interface Guidance {
  /** The hint shown. */
  hint: FrameHint;
  /** 1: the first wording; 2: the more concrete one, after `escalateMs`. */
  level: 1 | 2;
  /** The shown hint or its level changed with this frame (say it). */
  changed: boolean;
  /** The frames have held ready for `holdMs`: take the photo. */
  capture: boolean;
  /** Share of `holdMs` held ready so far (0 when not ready), for a progress ring. */
  hold: number;
  /** Serial of the first frame of the current ready stretch, if the frames are ready. */
  holdSince: number | undefined;
}

/**
 * Turns per-frame hints into guidance that does not flicker: a hint is shown for at least
 * `minShowMs` and replaced only when a new one holds a `majority` of the last `windowMs` (a
 * stabiliser like BlinkID's); one that persists escalates; the photo is taken once the frames have
 * held ready for `holdMs`. Pure: time comes in with each frame.
 */
export class GuidanceStabiliser {
  readonly #options: StabiliserOptions;
  #frames: { at: number; hint: FrameHint }[] = [];
  #shown: { hint: FrameHint; since: number; level: 1 | 2 } | undefined;
  #ready: { since: number; serial: number } | undefined;

  constructor(options: Partial<StabiliserOptions> = {}) {
    this.#options = { ...DEFAULT_STABILISER_OPTIONS, ...options };
  }

  /** Takes one frame's hint, seen at `at` (ms), and says what to show. */
  push(hint: FrameHint, at: number, serial: number): Guidance {
    const { minShowMs, windowMs, majority, escalateMs, holdMs } = this.#options;
    this.#frames.push({ at, hint });
    while (this.#frames[0]!.at < at - windowMs) this.#frames.shift();
    const share = (wanted: FrameHint): number =>
      this.#frames.filter((frame) => frame.hint === wanted).length / this.#frames.length;

    let changed = false;
    const shown = this.#shown;
    if (shown === undefined) {
      this.#shown = { hint, since: at, level: 1 };
      changed = true;
    } else if (hint !== shown.hint && at - shown.since >= minShowMs && share(hint) >= majority) {
      this.#shown = { hint, since: at, level: 1 };
      changed = true;
    } else if (shown.level === 1 && shown.hint !== 'ready' && at - shown.since >= escalateMs) {
      shown.level = 2;
      changed = true;
    }

    if (share('ready') >= majority) this.#ready ??= { since: at, serial };
    else this.#ready = undefined;
    const held = this.#ready === undefined ? 0 : at - this.#ready.since;
    const current = this.#shown!;
    return {
      hint: current.hint,
      level: current.level,
      changed,
      capture: current.hint === 'ready' && this.#ready !== undefined && held >= holdMs,
      hold: Math.min(1, held / holdMs),
      holdSince: this.#ready?.serial,
    };
  }

  /** Forgets every frame (the camera restarted, or a photo was taken). */
  reset(): void {
    this.#frames = [];
    this.#shown = undefined;
    this.#ready = undefined;
  }
}
