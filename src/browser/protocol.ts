import type { CaptureKind } from '../core/codes.js';
import type { FaceDetectorConfig } from '../core/face/factory.js';
import type { OptionsInput } from '../core/options.js';
import type { Report } from '../core/types.js';

/** What the page asks the worker to check (no detector: the worker makes its own). */
export interface BrowserRequest {
  kind: CaptureKind;
  options?: OptionsInput;
  /**
   * Face detector settings, or `false` for none. Selfies always get one; documents get one for
   * the `no_portrait` check unless this is `false`. The models load on first use.
   */
  faces?: Partial<FaceDetectorConfig> | false;
}

/** The worker's API, as exposed through comlink. */
export interface PrecheckWorkerApi {
  /** Sets where the package's assets (models, runtime wasm) are served from. Call before `analyze`. */
  configure(settings: { assetsUrl: string }): void;
  /**
   * Decodes and checks one image: encoded bytes (transferred), a Blob / File, or an already
   * decoded ImageBitmap (transferred; no file metadata then). Never rejects for bad input: that
   * is a report.
   */
  analyze(input: Uint8Array | Blob | ImageBitmap, request: BrowserRequest): Promise<Report>;
  /** Test hook: the next check hangs and the worker fails with an unhandled error, as when it runs out of memory. */
  crash(): void;
}
