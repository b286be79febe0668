import type { FaceDetectorConfig, OptionsInput, Prechecker } from '../../browser/index.js';
import { h } from '../dom.js';
import type { Messages } from '../messages/index.js';
import { CameraError, type CameraErrorCode } from './camera.js';
import { createLiveSession, type LiveSession } from './session.js';
import type { Guidance } from './stabiliser.js';

/** An announcement waits this long after the one before, so a screen reader is not flooded. */
const ANNOUNCE_GAP_MS = 2500;

/** The live view's elements, made once. */
export function buildLiveParts() {
  const video = h('video', { part: 'live-video', class: 'live-video', playsinline: '', muted: '' });
  const guide = h('div', { part: 'live-guide', class: 'guide', 'aria-hidden': 'true' });
  const progress = h('div', { part: 'live-progress', class: 'live-progress', 'aria-hidden': 'true' });
  const viewport = h('div', { part: 'live-viewport', class: 'viewport' }, video, guide, progress);
  const hint = h('p', { part: 'live-hint', class: 'live-hint', 'aria-hidden': 'true' });
  // Spoken at a calm rate (see ANNOUNCE_GAP_MS); the visible hint above changes with the guidance.
  const announcer = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const shutter = h('button', { type: 'button', class: 'primary', part: 'button shutter-button' });
  const close = h('button', { type: 'button', part: 'button close-camera-button' });
  const buttons = h('div', { class: 'actions' }, shutter, close);
  const view = h('div', { class: 'live', part: 'live' }, viewport, hint, announcer, buttons);
  const error = h('p', { class: 'live-error', part: 'live-error', role: 'alert' });
  return { view, video, guide, progress, hint, announcer, shutter, close, error };
}
export type LiveParts = ReturnType<typeof buildLiveParts>;

/** What the widget does with the live view's outcomes. */
export interface LiveViewCallbacks {
  /** A photo was taken (auto or by the shutter); the camera is already closed. */
  photo(file: File): void;
  /** The view opened, closed or its guidance changed: render again. */
  changed(): void;
}

/** What the live view needs from the widget to open the camera. */
export interface LiveViewRequest {
  kind: 'document' | 'selfie';
  prechecker: Prechecker;
  options: OptionsInput;
  faces?: Partial<FaceDetectorConfig> | false;
}

/**
 * The widget's live camera view: opens a {@link createLiveSession} on its `<video>`, shows the
 * stabilised hint over a face oval or card frame, announces hint changes calmly, and hands the
 * widget the photo. A camera that cannot open leaves an error for the empty state to show.
 */
export class LiveView {
  readonly parts: LiveParts;
  #session: LiveSession | undefined;
  #guidance: Guidance | undefined;
  #error: CameraErrorCode | undefined;
  #starting = false;
  /** The words of the last full render, for the renders of guidance alone. */
  #messages: Messages | undefined;
  #kind: 'document' | 'selfie' = 'document';
  #lastAnnounced = { text: '', at: Number.NEGATIVE_INFINITY };
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #callbacks: LiveViewCallbacks;

  constructor(callbacks: LiveViewCallbacks) {
    this.parts = buildLiveParts();
    this.#callbacks = callbacks;
    this.parts.shutter.addEventListener('click', () => void this.#session?.capture());
    this.parts.close.addEventListener('click', () => this.close());
  }

  /** Whether the camera view is showing (starting or guiding). */
  get isOpen(): boolean {
    return this.#session !== undefined;
  }

  /** Why the camera last failed to open, until it opens or the widget resets. */
  get error(): CameraErrorCode | undefined {
    return this.#error;
  }

  /** Opens the camera; on failure the view closes and {@link error} says why. */
  async open(request: LiveViewRequest): Promise<void> {
    this.close();
    this.#kind = request.kind;
    this.#error = undefined;
    this.#starting = true;
    const session = createLiveSession({
      kind: request.kind,
      video: this.parts.video,
      prechecker: request.prechecker,
      options: request.options,
      ...(request.kind === 'selfie' && request.faces ? { faces: request.faces } : {}),
      onGuidance: (guidance) => {
        this.#starting = false;
        this.#guidance = guidance;
        // Only the live view changes with a frame: the rest of the widget is not drawn again.
        if (this.#messages !== undefined) this.render(this.#messages);
      },
      onCapture: (photo) => {
        this.close();
        this.#callbacks.photo(photo);
      },
      onError: (error) => this.#fail(error),
    });
    this.#session = session;
    this.#callbacks.changed();
    try {
      await session.start();
    } catch (error) {
      if (this.#session === session) this.#fail(error);
    }
  }

  /** Closes the camera (its light goes off). */
  close(): void {
    this.#session?.stop();
    this.#session = undefined;
    this.#guidance = undefined;
    this.#starting = false;
    clearTimeout(this.#announceTimer);
    this.#lastAnnounced = { text: '', at: Number.NEGATIVE_INFINITY };
    this.parts.announcer.textContent = '';
    this.#callbacks.changed();
  }

  /** Forgets a camera error (the widget was reset). */
  clearError(): void {
    this.#error = undefined;
  }

  #fail(error: unknown): void {
    this.close();
    this.#error = error instanceof CameraError ? error.code : 'camera_failed';
    this.#callbacks.changed();
  }

  /** Shows the view's state in `messages`' words. */
  render(messages: Messages): void {
    this.#messages = messages;
    const { parts } = this;
    const { live } = messages;
    parts.view.hidden = !this.isOpen;
    parts.error.hidden = this.#error === undefined;
    parts.error.textContent = this.#error === undefined ? '' : live.errors[this.#error];
    parts.video.setAttribute('aria-label', live.videoLabel);
    parts.video.classList.toggle('mirrored', this.#kind === 'selfie');
    parts.shutter.textContent = live.shutter;
    parts.shutter.disabled = this.#starting;
    parts.close.textContent = live.closeCamera;
    const guidance = this.#guidance;
    const hint = guidance === undefined ? live.starting : live.hints[guidance.hint][guidance.level - 1]!;
    parts.hint.textContent = hint;
    parts.guide.className = `guide ${this.#kind} ${guidance?.hint === 'ready' ? 'ready' : ''}`;
    parts.view.dataset.hint = guidance?.hint ?? 'starting';
    parts.progress.style.setProperty('--hold', String(guidance?.hold ?? 0));
    if (this.isOpen) this.#announce(hint);
  }

  /** Says `text` through the live region, at most once every {@link ANNOUNCE_GAP_MS}; the latest text wins. */
  #announce(text: string): void {
    if (text === this.#lastAnnounced.text) return;
    clearTimeout(this.#announceTimer);
    const wait = this.#lastAnnounced.at + ANNOUNCE_GAP_MS - performance.now();
    const say = (): void => {
      this.#lastAnnounced = { text, at: performance.now() };
      this.parts.announcer.textContent = text;
    };
    if (wait <= 0) say();
    else this.#announceTimer = setTimeout(say, wait);
  }
}
