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
   * Never rejects for bad input: that is a report.
   */
  analyze(input: Uint8Array | Blob | ImageBitmap, request: PreparedRequest): Promise<Report>;
  /**
   * {@link analyze} up to the measurements (for the page to judge, and judge again as thresholds
   * move), and, with `thumbnailSide`, a thumbnail made from the same decode.
   */
  measure(
    input: Uint8Array | Blob | ImageBitmap,
    request: PreparedRequest,
    thumbnailSide?: number,
  ): Promise<MeasuredImage>;
  /** The image upright, at most `maxSide` on its longer side (transferred); rejects when it cannot be decoded. */
  preview(input: Blob, maxSide: number): Promise<ImageBitmap>;
}

/** What `measure` gives: the measurements (or a report of why there are none), and the thumbnail asked for. */
export interface MeasuredImage {
  measured: Measured;
  /** Absent when the image could not be decoded or none was asked for. */
  thumbnail?: ImageBitmap;
}
