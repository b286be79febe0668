import type { FrameState } from '../core/frame.js';
import type { Report } from '../core/types.js';
import type { Measured } from '../host/check-image.js';
import type { PreparedRequest } from '../host/request.js';

/** The worker's API, as exposed through comlink; the page's bridge is its only caller. */
export interface PrecheckWorkerApi {
  /** Sets where the package's assets (models, runtime wasm) are served from. Call before `analyze`. */
  configure(settings: { assetsUrl: string }): void;
  /**
   * Decodes and checks one image: encoded bytes (transferred), a Blob / File, or an already
   * decoded ImageBitmap (transferred; no file metadata then), with a request the page prepared.
   * Never rejects for bad input: that is a report. With `earlyReports` (a transferred port), a
   * document's report before its portrait check is posted to it (see `CheckHooks`); the worker
   * closes the port when the check ends.
   */
  analyze(
    input: Uint8Array | Blob | ImageBitmap,
    request: PreparedRequest,
    earlyReports?: MessagePort,
  ): Promise<Report>;
  /**
   * {@link analyze} up to the measurements (for the page to judge, and judge again as thresholds
   * move), and, with `thumbnailSide`, a thumbnail made from the same decode.
   */
  measure(
    input: Uint8Array | Blob | ImageBitmap,
    request: PreparedRequest,
    thumbnailSide?: number,
  ): Promise<MeasuredImage>;
  /**
   * Readies the worker for checks like `request`: loads its face runtime and model and runs the
   * whole check once on a small generated photo, so the first real photo meets compiled code. Once
   * per worker and request kind; resolves when done.
   */
  warmUp(request: PreparedRequest): Promise<void>;
  /** The image upright, at most `maxSide` on its longer side (transferred); rejects when it cannot be decoded. */
  preview(input: Blob, maxSide: number): Promise<ImageBitmap>;
  /**
   * Checks one live camera frame (transferred) for guidance (`checkFrame`). The sharpest ready
   * frame since `frame.holdSince` is kept (at full size) for {@link takeFrame}; other frames are
   * closed at once.
   */
  checkFrame(bitmap: ImageBitmap, request: PreparedRequest, frame: FrameSerial): Promise<FrameResult>;
  /**
   * The photo a live view captures, as a JPEG: `bitmap` (transferred; the manual shutter's frame)
   * or else the kept frame; `undefined` when there is neither. Drops the kept frame.
   */
  takeFrame(bitmap?: ImageBitmap): Promise<Blob | undefined>;
  /** Closes the kept frame (the live view closed). */
  dropFrames(): void;
}

/** Which live frame this is, and since which frame the good state has held (the capture window). */
export interface FrameSerial {
  serial: number;
  holdSince: number;
}

/** A live frame's report (no maps) and what it asks of the user. */
export interface FrameResult extends FrameState {
  report: Report;
}

/** What `measure` gives: the measurements (or a report of why there are none), and the thumbnail asked for. */
export interface MeasuredImage {
  measured: Measured;
  /** Absent when the image could not be decoded or none was asked for. */
  thumbnail?: ImageBitmap;
}
