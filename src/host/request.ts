import { validateRequest } from '../core/codes.js';
import type { RequestKind } from '../core/codes.js';
import type { FaceDetectorConfig } from '../core/face/factory.js';
import { FACE_BACKENDS } from '../core/face/types.js';
import { resolveOptions, type OptionsInput, type ResolvedOptions } from '../core/options.js';

/**
 * What to check in one image, as a page, the CLI or a library caller says it: the one request
 * type of every host (the Node worker pool, `analyzeFile`, the browser worker).
 */
export interface PrecheckRequest {
  /** The kind of photo, or `auto` to choose it from what is in the photo. */
  kind: RequestKind;
  /** Options on top of a preset; see `resolveOptions`. */
  options?: OptionsInput;
  /**
   * Face detector settings, or `false` for none. Selfies always get a detector (the default
   * backend when not given); documents get one for the `no_portrait` check unless this is
   * `false`. The models load on the first check that needs them.
   */
  faces?: Partial<FaceDetectorConfig> | false;
}

/**
 * A {@link PrecheckRequest} validated once, where it was made: options resolved, the face detector
 * settled. Plain data, so it crosses to a worker thread or a Web Worker as it is, and the host
 * never resolves or validates it again.
 */
export interface PreparedRequest {
  readonly kind: RequestKind;
  readonly options: ResolvedOptions;
  /** The detector to use, or `null` when none runs (a document with `faces: false`). */
  readonly faces: Readonly<Partial<FaceDetectorConfig>> | null;
}

/**
 * Validates `request` and resolves its options.
 * @throws TypeError / RangeError for an invalid kind, option or face backend (programmer errors).
 */
export function prepareRequest(request: PrecheckRequest): PreparedRequest {
  validateRequest(request);
  const { kind, faces } = request;
  if (faces !== undefined && faces !== false && (typeof faces !== 'object' || faces === null)) {
    throw new TypeError('request.faces must be a face detector config object or false');
  }
  const backend = faces ? faces.backend : undefined;
  if (backend !== undefined && !(FACE_BACKENDS as readonly string[]).includes(backend)) {
    throw new RangeError(`request.faces.backend must be one of ${FACE_BACKENDS.join(', ')}; got ${String(backend)}`);
  }
  if (faces === false && kind === 'auto') {
    throw new RangeError(
      'request.faces cannot be false for kind "auto": the faces in the photo tell a selfie from a document',
    );
  }
  // Selfie checks always need faces; the document portrait check runs unless turned off.
  const detector = faces === false && kind === 'document' ? null : faces || {};
  return { kind, options: resolveOptions(request.options), faces: detector };
}
