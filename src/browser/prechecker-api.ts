/** What a page sees of the checking worker: `createPrechecker`'s settings, and the {@link Prechecker} it returns. */

import type { Report } from '../core/types.js';
import type { PrecheckRequest } from '../host/request.js';
import type { FrameResult, FrameSerial, MeasuredImage } from './protocol.js';

/** Settings of {@link createPrechecker}. */
export interface PrecheckerOptions {
  /**
   * Where the package's browser assets are served (the folder holding `models/`, `tfjs/` and
   * `assets/` with the worker), absolute or relative to the page. Default: the folder above the
   * worker's own `assets/` folder, which is where `dist/browser/` puts them.
   */
  assetsUrl?: string | URL;
  /** The worker is stopped after this many idle milliseconds (it restarts on the next call). @default 30000 */
  idleMs?: number;
  /** Makes the worker; tests and unusual bundlers can replace it. */
  createWorker?: () => Worker;
}

/** What a page passes per image: the request every host takes, and a signal to abandon it. */
export interface BrowserPrecheckRequest extends PrecheckRequest {
  /** Abandons the check: the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/** What a page may pass to `analyze` besides the request. */
export interface AnalyzeCall extends BrowserPrecheckRequest {
  /**
   * A document's early report, before its portrait check (which needs the face model: on a first
   * check it may still be downloading): every other check has run, `report.pending` is
   * `['portrait']`, and a `fail` or `warn` verdict is final (the portrait check adds at most a
   * warning, so a `pass` may still become `warn`). Not called for selfies, `auto`, documents
   * checked without faces, or files that cannot be read. The promise resolves with the complete
   * report as always.
   */
  onEarlyReport?: (report: Report) => void;
}

/** An image the prechecker accepts. */
export type PrecheckInput = Blob | ArrayBuffer | Uint8Array | ImageBitmap;

/** Checks images in a Web Worker. */
export interface Prechecker {
  /**
   * Checks one image. Resolves with a report, also for unreadable files and a crashed worker.
   * @throws TypeError / RangeError (synchronously validated, as a rejected promise) for an invalid
   * kind, option or face backend.
   */
  analyze(input: PrecheckInput, request: AnalyzeCall): Promise<Report>;
  /**
   * {@link analyze} up to the measurements, for a page that judges them itself (`judge`) and again
   * as thresholds move, without decoding the photo again; with `thumbnailSide`, also a thumbnail
   * made from the same decode. Resolves also for unreadable files and a crashed worker (their
   * report instead of measurements).
   * @throws TypeError / RangeError as for {@link analyze}.
   */
  measure(input: PrecheckInput, request: BrowserPrecheckRequest & { thumbnailSide?: number }): Promise<MeasuredImage>;
  /**
   * Starts the worker and readies it for checks like `request` (its face runtime and model loaded,
   * the checks run once on a small generated photo), so that a first photo is checked as fast as
   * the next ones. For a page to call as soon as a photo is likely to come: the widget calls it
   * when the user opens the file picker or the camera, or drags a file over it. Resolves when the
   * worker is ready, also when warming up failed (the check itself then reports it).
   * @throws TypeError / RangeError as for {@link analyze}.
   */
  warmUp(request: BrowserPrecheckRequest): Promise<void>;
  /**
   * A small upright copy of a photo for showing it, decoded and scaled in the worker, so even a
   * 12 MP photo costs the page's main thread only the drawing of the result. Rejects when the
   * browser cannot decode the file (HEIC, PDF), or with an `AbortError`.
   * @param options.maxSide longer side of the copy, in pixels. @default 960
   */
  preview(input: Blob, options?: { maxSide?: number; signal?: AbortSignal }): Promise<ImageBitmap>;
  /**
   * Checks one live camera frame for guidance (see `checkFrame` and `frameState` in the core):
   * `frame` is transferred (detached here). The sharpest ready frame since `holdSince` is kept in
   * the worker for {@link takeFrame}. Used by the widget's live view (`createLiveSession`).
   * @throws TypeError / RangeError as for {@link analyze}.
   */
  checkFrame(
    frame: ImageBitmap,
    request: Omit<BrowserPrecheckRequest, 'kind'> & FrameSerial & { kind: 'document' | 'selfie' },
  ): Promise<FrameResult>;
  /**
   * The live view's photo as a JPEG: `frame` (transferred; a manual shutter) or else the kept
   * sharpest ready frame; `undefined` when there is neither.
   */
  takeFrame(frame?: ImageBitmap): Promise<Blob | undefined>;
  /** Frees the kept live frame, if any. */
  dropFrames(): void;
  /** Stops the worker now; the next `analyze` starts a new one. */
  terminate(): void;
  /** Whether a worker is running (it stops after `idleMs` without work). */
  readonly workerRunning: boolean;
}
