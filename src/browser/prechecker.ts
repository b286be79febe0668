import * as Comlink from 'comlink';
import { inputErrorReport } from '../core/report.js';
import type { RequestKind } from '../core/codes.js';
import type { Report } from '../core/types.js';
import { prepareRequest, type PrecheckRequest } from '../host/request.js';
import type { FrameResult, FrameSerial, MeasuredImage, PrecheckWorkerApi } from './protocol.js';

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

interface Running {
  worker: Worker;
  api: Comlink.Remote<PrecheckWorkerApi>;
  /** Settles every pending call of this worker when it crashes, or is stopped (`terminate`). */
  crashed: Promise<string>;
  /** Settles {@link crashed} when the worker is stopped. */
  markStopped(message: string): void;
}

const DEFAULT_IDLE_MS = 30_000;
const DEFAULT_PREVIEW_SIDE = 960;

function defaultWorker(): Worker {
  return new Worker(new URL('../../workers/precheck.worker.ts', import.meta.url), {
    type: 'module',
    name: 'id-precheck',
  });
}

/**
 * A prechecker whose worker starts on the first call, serves several calls at once, stops when
 * idle, and is replaced after a crash (the calls it was serving resolve with an `unreadable`
 * report that says so). Image bytes are transferred, not copied.
 */
export function createPrechecker(options: PrecheckerOptions = {}): Prechecker {
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const assetsUrl =
    options.assetsUrl === undefined ? undefined : new URL(String(options.assetsUrl), globalThis.location?.href).href;
  let running: Running | null = null;
  let pending = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const stop = (): void => {
    clearTimeout(idleTimer);
    if (running) {
      running.markStopped('the worker was stopped');
      running.api[Comlink.releaseProxy]();
      running.worker.terminate();
      running = null;
    }
  };

  const start = (): Running => {
    const worker = (options.createWorker ?? defaultWorker)();
    const api = Comlink.wrap<PrecheckWorkerApi>(worker);
    let markStopped: (message: string) => void = () => undefined;
    const crashed = new Promise<string>((resolve) => {
      markStopped = resolve;
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        resolve(event.message || 'the worker stopped');
      });
    });
    const started: Running = { worker, api, crashed, markStopped };
    void crashed.then(() => {
      if (running === started) stop();
    });
    if (assetsUrl !== undefined) void api.configure({ assetsUrl });
    return started;
  };

  /**
   * Runs `work` on the running worker (started if needed), keeps the worker alive while it runs,
   * and settles with `onCrash`'s value if the worker dies, or rejects when `signal` aborts.
   */
  const withWorker = async <T>(
    signal: AbortSignal | undefined,
    work: (api: Comlink.Remote<PrecheckWorkerApi>) => Promise<T>,
    onCrash: (message: string) => T | Promise<T>,
  ): Promise<T> => {
    signal?.throwIfAborted();
    clearTimeout(idleTimer);
    running ??= start();
    const current = running;
    pending++;
    const abort = aborted(signal);
    try {
      return await Promise.race([work(current.api), current.crashed.then(onCrash), abort.promise]);
    } finally {
      abort.release();
      pending--;
      if (pending === 0 && running === current) idleTimer = setTimeout(stop, idleMs);
    }
  };

  return {
    async analyze(input, request) {
      const { signal, onEarlyReport, ...call } = request;
      if (onEarlyReport !== undefined && typeof onEarlyReport !== 'function') {
        throw new TypeError('onEarlyReport must be a function');
      }
      // Validated here, in the page's call, so a programmer error is not a worker's report.
      const prepared = prepareRequest(call);
      // The early report comes through a port of its own, said only while the check runs (it may
      // arrive after the report) and not for an abandoned check; the port closes with the call,
      // also when the worker was stopped or crashed.
      let settled = false;
      const channel = onEarlyReport && new MessageChannel();
      if (channel) {
        channel.port1.onmessage = (event: MessageEvent<Report>) => {
          if (settled || signal?.aborted) return;
          try {
            onEarlyReport!(event.data);
          } catch (error) {
            reportError(error);
          }
        };
      }
      try {
        return await withWorker(
          signal,
          (api) => {
            const { value, transfer } = toTransferable(input);
            const port = channel && Comlink.transfer(channel.port2, [channel.port2]);
            return api.analyze(Comlink.transfer(value, transfer), prepared, port);
          },
          (message) => crashReport(request.kind, message),
        );
      } finally {
        settled = true;
        channel?.port1.close();
      }
    },
    async measure(input, request) {
      const { signal, thumbnailSide, ...call } = request;
      if (thumbnailSide !== undefined && (!Number.isInteger(thumbnailSide) || thumbnailSide < 1)) {
        throw new RangeError(`thumbnailSide must be a positive integer; got ${thumbnailSide}`);
      }
      const prepared = prepareRequest(call);
      return withWorker(
        signal,
        (api) => {
          const { value, transfer } = toTransferable(input);
          return api.measure(Comlink.transfer(value, transfer), prepared, thumbnailSide);
        },
        (message) => ({ measured: { ok: false as const, report: crashReport(request.kind, message) } }),
      );
    },
    async warmUp(request) {
      const { signal, ...call } = request;
      const prepared = prepareRequest(call);
      return withWorker(
        signal,
        (api) => api.warmUp(prepared).catch(() => undefined),
        () => undefined,
      );
    },
    async preview(input, { maxSide = DEFAULT_PREVIEW_SIDE, signal } = {}) {
      if (!Number.isInteger(maxSide) || maxSide < 1)
        throw new RangeError(`maxSide must be a positive integer; got ${maxSide}`);
      return withWorker(signal, (api) => api.preview(input, maxSide), crashError);
    },
    async checkFrame(frame, request) {
      const { signal, serial, holdSince, ...call } = request;
      const prepared = prepareRequest(call);
      return withWorker(
        signal,
        (api) => api.checkFrame(Comlink.transfer(frame, [frame]), prepared, { serial, holdSince }),
        crashError,
      );
    },
    async takeFrame(frame) {
      return withWorker(
        undefined,
        (api) => (frame === undefined ? api.takeFrame() : api.takeFrame(Comlink.transfer(frame, [frame]))),
        crashError,
      );
    },
    dropFrames() {
      if (running) void running.api.dropFrames();
    },
    terminate: stop,
    get workerRunning() {
      return running !== null;
    },
  };
}

/** The rejection of a call (other than a check, which reports it) whose worker crashed. */
function crashError(message: string): Promise<never> {
  return Promise.reject(new Error(`the checking worker crashed: ${message}`));
}

/** The report of a check the worker could not finish: not the file's fault. */
function crashReport(kind: RequestKind, message: string): Report {
  return inputErrorReport(kind, {
    code: 'unreadable',
    detail: `the checking worker crashed: ${message}`,
    facts: { workerCrashed: true },
  });
}

/**
 * A promise that rejects with the signal's reason when it aborts (never settles without one), and
 * `release` to drop the listener once the call is over, so a signal shared by many calls does not
 * collect listeners.
 */
function aborted(signal: AbortSignal | undefined): { promise: Promise<never>; release(): void } {
  let listener: (() => void) | undefined;
  const promise = new Promise<never>((_, reject) => {
    listener = () => reject(signal!.reason);
    signal?.addEventListener('abort', listener, { once: true });
  });
  return { promise, release: () => signal?.removeEventListener('abort', listener!) };
}

/**
 * The input as the worker takes it: a Blob is passed as is (cloning a Blob does not copy its
 * bytes); bytes are copied into a buffer of their own and transferred; an ImageBitmap is
 * transferred (the caller's bitmap is then detached).
 */
function toTransferable(input: PrecheckInput): { value: Uint8Array | Blob | ImageBitmap; transfer: Transferable[] } {
  if (input instanceof Uint8Array) {
    const copy = input.slice();
    return { value: copy, transfer: [copy.buffer] };
  }
  if (input instanceof ArrayBuffer) {
    const copy = new Uint8Array(input.slice(0));
    return { value: copy, transfer: [copy.buffer] };
  }
  if (typeof ImageBitmap !== 'undefined' && input instanceof ImageBitmap) return { value: input, transfer: [input] };
  return { value: input as Blob, transfer: [] };
}
