import type { OnnxFaceConfig } from './onnx-detector.js';
import type { TfjsFaceConfig } from './tfjs-detector.js';
import { FACE_BACKENDS, type FaceBackend, type FaceDetector, type ModelFiles } from './types.js';

/** Which backend to create, and its settings. */
export interface FaceDetectorConfig {
  /**
   * `tfjs`: MediaPipe short/full-range through TensorFlow.js; `onnx`: BlazeFace's ONNX graph,
   * run by TensorFlow.js or onnxruntime-web (see `OnnxFaceConfig.engine`). `onnx` is the default
   * from the measurements in docs/accuracy.md: on the corpus it counts groups and finds small faces
   * better (multiple_faces 34/34 vs 33/34, face_small 7/8 vs 6/8) and one pass costs less than
   * tfjs's two.
   * @default 'onnx'
   */
  backend: FaceBackend;
  /** Settings of the `tfjs` backend (see `DEFAULT_TFJS_FACE_CONFIG`). */
  tfjs?: Partial<TfjsFaceConfig>;
  /** Settings of the `onnx` backend (see `DEFAULT_ONNX_FACE_CONFIG`). */
  onnx?: Partial<OnnxFaceConfig>;
}

/** Defaults of {@link FaceDetectorConfig}. */
export const DEFAULT_FACE_DETECTOR_CONFIG: Readonly<FaceDetectorConfig> = Object.freeze({ backend: 'onnx' });

/**
 * Creates a face detector. Each backend's runtime is imported only when it is asked for, so a
 * page that never checks a face never loads a model runtime.
 * @throws RangeError for an unknown backend or invalid backend settings.
 */
export async function createFaceDetector(
  files: ModelFiles,
  config: Partial<FaceDetectorConfig> = {},
): Promise<FaceDetector> {
  const { backend, tfjs, onnx } = { ...DEFAULT_FACE_DETECTOR_CONFIG, ...config };
  if (!(FACE_BACKENDS as readonly string[]).includes(backend)) {
    throw new RangeError(`backend must be one of ${FACE_BACKENDS.join(', ')}; got ${String(backend)}`);
  }
  if (backend === 'onnx') {
    const { createOnnxFaceDetector } = await import('./onnx-detector.js');
    return createOnnxFaceDetector(files, onnx);
  }
  const { createTfjsFaceDetector } = await import('./tfjs-detector.js');
  return createTfjsFaceDetector(files, tfjs);
}
