import type { Prechecker, Report } from '../browser/index.js';
import { wireInput } from './input.js';
import { buildParts, type Parts } from './parts.js';
import { isInputError, render, type State } from './render.js';
import { catalogFor, withOverrides, type Messages } from './messages/index.js';
import { LiveView } from './live/view.js';
import { IdPrecheckSettings } from './settings.js';
import { acquirePrechecker, releasePrechecker } from './shared-prechecker.js';
import { WIDGET_CSS } from './styles.js';
import { failedCheckReport, type PrecheckAcceptDetail, type PrecheckErrorDetail } from './events.js';

export type { PrecheckAcceptDetail, PrecheckErrorDetail };

/**
 * Longer side of the preview. It is decoded and scaled in the worker: in Chromium, a smoothed
 * resize of a 12 MP photo by `createImageBitmap` or a canvas runs on the main thread (60-90 ms).
 */
const PREVIEW_SIDE = 960;
/**
 * The formats the checks read. HEIC is left out on purpose: iOS then hands the page a JPEG of a
 * library photo instead of the HEIC original.
 */
const DEFAULT_ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,image/avif,application/pdf';

let styles: CSSStyleSheet | undefined;

/**
 * `<id-precheck>`: checks an ID-document photo or a selfie in the browser before it is uploaded,
 * tells the user what to fix and where, and hands the page the user's file with its report.
 * See docs/widget.md.
 */
export class IdPrecheckElement extends IdPrecheckSettings {
  static readonly observedAttributes = ['kind', 'lang', 'preset', 'max-attempts', 'accept', 'live'];

  #prechecker: Prechecker | undefined;
  #state: State = 'empty';
  #attempts = 0;
  #failedAttempts = 0;
  #overridden = false;
  #file: File | undefined;
  #report: Report | undefined;
  #preview: ImageBitmap | undefined;
  #checking: AbortController | undefined;
  #showMaps = false;
  readonly #root: ShadowRoot;
  readonly #parts: Parts;
  readonly #live = new LiveView({ photo: (file) => void this.check(file), changed: () => this.#render() });
  /**
   * Leaving the page releases the camera and the worker at once; what the user did so far stays
   * (a page restored from the back-forward cache shows it), except a check cut short.
   */
  readonly #onPageHide = (): void => {
    this.#live.close();
    if (this.#state === 'checking') this.reset();
    if (this.#prechecker) releasePrechecker(this.#prechecker);
    this.#prechecker = undefined;
  };

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open', delegatesFocus: false });
    styles ??= sheet();
    this.#root.adoptedStyleSheets = [styles];
    this.#parts = buildParts();
    this.#root.append(this.#parts.container);
    this.#parts.dropzone.after(this.#live.parts.error, this.#live.parts.view);
    this.#wire();
    this.adoptEarlyProperties();
  }

  protected settingsChanged(): void {
    this.#render();
  }

  /** The latest report, if a photo was checked. */
  get report(): Report | undefined {
    return this.#report;
  }

  connectedCallback(): void {
    globalThis.addEventListener?.('pagehide', this.#onPageHide);
    this.#render();
  }

  disconnectedCallback(): void {
    globalThis.removeEventListener?.('pagehide', this.#onPageHide);
    this.#live.close();
  }

  /**
   * Opens the live camera view (what "Use the camera" does). Resolves once the camera runs, or
   * failed to open (the widget then says why and offers the file picker).
   */
  async openCamera(): Promise<void> {
    this.#checking?.abort();
    this.#state = 'empty';
    this.#prechecker ??= acquirePrechecker(this.assetsUrl ?? '');
    await this.#live.open({ ...this.checkSettings(), prechecker: this.#prechecker });
  }

  attributeChangedCallback(): void {
    this.#render();
  }

  /** Back to the empty state, tries counted from zero. */
  reset(): void {
    this.#live.close();
    this.#live.clearError();
    this.#checking?.abort();
    this.#state = 'empty';
    this.#attempts = 0;
    this.#failedAttempts = 0;
    this.#file = undefined;
    this.#report = undefined;
    this.#setPreview(undefined);
    this.#render();
  }

  /**
   * Releases the camera, stops the worker and frees the preview; the element can be used again
   * afterwards (it restarts them).
   */
  destroy(): void {
    this.reset();
    if (this.#prechecker) releasePrechecker(this.#prechecker);
    this.#prechecker = undefined;
  }

  /**
   * Gets the worker ready for this widget's photos while the user picks one (see
   * `Prechecker.warmUp`): the worker starts, the face model loads, the checks run once.
   */
  #warmUp(): void {
    this.#prechecker ??= acquirePrechecker(this.assetsUrl ?? '');
    this.#prechecker.warmUp(this.checkSettings()).catch(() => undefined);
  }

  /** Checks a file as if the user had chosen it. */
  async check(file: File): Promise<Report | undefined> {
    this.#checking?.abort();
    const checking = new AbortController();
    this.#checking = checking;
    this.#live.close();
    this.#file = file;
    this.#report = undefined;
    this.#state = 'checking';
    this.#attempts++;
    this.#render();
    this.#prechecker ??= acquirePrechecker(this.assetsUrl ?? '');
    void this.#makePreview(file, checking.signal);
    let report: Report;
    let failCounted = false;
    const countFailure = (judged: Report): void => {
      if (failCounted || judged.verdict !== 'fail' || isInputError(judged)) return;
      this.#failedAttempts++;
      failCounted = true;
    };
    // An early fail, then the check could not finish: that was no try at a photo.
    const uncountFailure = (): void => {
      if (failCounted) this.#failedAttempts--;
      failCounted = false;
    };
    try {
      report = await this.#prechecker.analyze(file, {
        ...this.checkSettings(),
        signal: checking.signal,
        // A document that fails or warns says so before its portrait is looked for (on a first
        // check the face model may still be downloading); a pass waits, as the portrait may warn.
        onEarlyReport: (early) => {
          if (early.verdict === 'pass' || this.#checking !== checking) return;
          this.#report = early;
          this.#state = 'result';
          countFailure(early);
          this.#render();
        },
      });
    } catch (error) {
      if (checking.signal.aborted) return undefined;
      uncountFailure();
      const message = error instanceof Error ? error.message : String(error);
      this.#report = failedCheckReport(this.kind, message);
      this.#failCheck({ code: 'check_failed', message });
      return undefined;
    }
    if (checking.signal.aborted) return undefined;
    this.#report = report;
    this.#emit('precheck-result', report);
    if (report.issues.some((issue) => issue.facts?.workerCrashed)) {
      uncountFailure();
      this.#failCheck({ code: 'worker_crashed', message: report.issues[0]?.detail ?? '' });
      return report;
    }
    if (isInputError(report)) this.#attempts--; // a file that cannot be read is not a try at a photo
    countFailure(report);
    this.#state = 'result';
    if (report.verdict === 'pass') this.#accept(false);
    this.#render();
    return report;
  }

  /** The check could not run: say so, and let the user send the photo anyway. */
  #failCheck(detail: PrecheckErrorDetail): void {
    this.#state = 'error';
    this.#render();
    this.#emit('precheck-error', detail);
  }

  #accept(overridden: boolean): void {
    if (!this.#file || !this.#report) return;
    this.#state = 'accepted';
    this.#overridden = overridden;
    this.#emit('precheck-accept', {
      file: this.#file,
      report: this.#report,
      attempts: this.#attempts,
      overridden,
    } satisfies PrecheckAcceptDetail);
    this.#render();
  }

  #emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** A small, upright copy of the photo for the preview, decoded off the main thread. */
  async #makePreview(file: File, signal: AbortSignal): Promise<void> {
    this.#setPreview(undefined);
    try {
      const bitmap = await this.#prechecker!.preview(file, { maxSide: PREVIEW_SIDE, signal });
      if (signal.aborted) return bitmap.close();
      this.#setPreview(bitmap);
    } catch {
      // A format the browser cannot show (HEIC), a PDF whose page cannot be drawn: the report says what to do.
    }
    this.#render();
  }

  #setPreview(bitmap: ImageBitmap | undefined): void {
    this.#preview?.close();
    this.#preview = bitmap;
    const canvas = this.#parts.canvas;
    if (!bitmap) {
      canvas.width = canvas.height = 0;
      return;
    }
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  }

  #wire(): void {
    wireInput(this, this.#parts, {
      prepare: () => this.#warmUp(),
      take: (file) => void this.check(file),
      accept: (overridden) => this.#accept(overridden),
      showMaps: (shown) => {
        this.#showMaps = shown;
        this.#render();
      },
      openCamera: () => void this.openCamera(),
      retake: () => (this.live ? void this.openCamera() : this.#parts.fileInput.click()),
    });
  }

  #catalog(): Messages {
    const tag = this.closest('[lang]')?.getAttribute('lang') || globalThis.navigator?.language;
    return withOverrides(catalogFor(tag), this.messages);
  }

  #render(): void {
    render(this.#parts, {
      state: this.#state,
      kind: this.kind,
      messages: this.#catalog(),
      report: this.#report,
      hasPreview: this.#preview !== undefined,
      showMaps: this.#showMaps,
      accept: this.getAttribute('accept') ?? DEFAULT_ACCEPT,
      failedAttempts: this.#failedAttempts,
      maxAttempts: this.maxAttempts,
      overridden: this.#overridden,
      live: this.live,
      cameraOpen: this.#live.isOpen,
    });
    this.#live.render(this.#catalog());
  }
}

function sheet(): CSSStyleSheet {
  const stylesheet = new CSSStyleSheet();
  stylesheet.replaceSync(WIDGET_CSS);
  return stylesheet;
}
