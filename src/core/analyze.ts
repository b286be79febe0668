import { validateRequest, type RequestKind } from './codes.js';
import type { FaceDetector } from './face/types.js';
import { judge } from './judge.js';
import { measure, type MeasureRequest, type Measurements } from './measure.js';
import { resolveOptions, type OptionsInput } from './options.js';
import type { ImageMeta, Raster, Report } from './types.js';

export { inputErrorReport } from './report.js';

/** What to check and how strictly. */
export interface AnalyzeRequest {
  /** The kind of photo, or `auto` to choose it from what is in the photo (see `chooseKind`). */
  kind: RequestKind;
  /** Options on top of a preset; see {@link resolveOptions}. */
  options?: OptionsInput;
  /** Stages already timed by the caller (e.g. `decode`), carried into `report.timings`. */
  timings?: Record<string, number>;
  /**
   * Finds the faces for the face checks: required for selfies and `auto`; for documents, the
   * `no_portrait` check runs only when one is given (so a document-only page never loads a face model).
   */
  faceDetector?: FaceDetector;
}

/** An {@link AnalyzeRequest} whose kind is validated and whose options are resolved (a host's, see `src/host`). */
export type ResolvedAnalyzeRequest = MeasureRequest;

/**
 * Runs every check for `request.kind` on a decoded image and builds its {@link Report}.
 * `raster` may be downscaled already (decode-time); `meta` carries the original size.
 * @throws TypeError / RangeError for invalid arguments or options (programmer errors only).
 */
export async function analyze(raster: Raster, meta: ImageMeta, request: AnalyzeRequest): Promise<Report> {
  validateRequest(request);
  return analyzeResolved(raster, meta, { ...request, options: resolveOptions(request.options) });
}

/**
 * {@link analyze} for a request already validated and resolved (the host pipeline's), so options
 * are resolved once per image however many layers it passes through: {@link measure}, then
 * {@link judge}.
 * @throws TypeError / RangeError for an invalid raster, or a selfie or `auto` without a face detector.
 */
export async function analyzeResolved(
  raster: Raster,
  meta: ImageMeta,
  request: ResolvedAnalyzeRequest,
): Promise<Report> {
  return judge(await measureResolved(raster, meta, request), request.options);
}

/**
 * {@link measure} with the raster and face detector validated: what a host calls to keep the
 * measurements (a QA page re-judges them as thresholds move).
 * @throws TypeError / RangeError for an invalid raster, or a selfie or `auto` without a face detector.
 */
export async function measureResolved(raster: Raster, meta: ImageMeta, request: MeasureRequest): Promise<Measurements> {
  validateFaceDetector(request);
  validateRaster(raster);
  return measure(raster, meta, request);
}

/** @throws TypeError when a selfie (or `auto`) is to be analysed without a face detector. */
function validateFaceDetector(request: Pick<MeasureRequest, 'kind' | 'faceDetector'>): void {
  if (request.kind !== 'document' && request.faceDetector === undefined) {
    throw new TypeError(`request.faceDetector is required for kind "${request.kind}"`);
  }
}

function validateRaster(raster: Raster): void {
  const { data, width, height } = raster;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`raster width and height must be positive integers; got ${width}x${height}`);
  }
  if (!(data instanceof Uint8ClampedArray) || data.length !== width * height * 4) {
    throw new TypeError(`raster.data must be a Uint8ClampedArray of width*height*4 = ${width * height * 4} bytes`);
  }
}
