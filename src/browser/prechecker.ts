import * as Comlink from 'comlink';
import { inputErrorReport } from '../core/report.js';
import type { RequestKind } from '../core/codes.js';
import type { Report } from '../core/types.js';
import { prepareRequest } from '../host/request.js';
import type { PrecheckWorkerApi } from './protocol.js';
import type {
  AnalyzeCall,
  BrowserPrecheckRequest,
  PrecheckInput,
  Prechecker,
  PrecheckerOptions,
} from './prechecker-api.js';

export type { AnalyzeCall, BrowserPrecheckRequest, PrecheckInput, Prechecker, PrecheckerOptions };

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
