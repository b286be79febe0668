import * as faceDetection from '@tensorflow-models/face-detection';
import * as tf from '@tensorflow/tfjs-core';
// Registers the cpu backend with tfjs-core, the fallback of `selectBackend`.
import '@tensorflow/tfjs-backend-cpu';
import type { io } from '@tensorflow/tfjs-core';
import type { Raster } from '../types.js';
import { mergeFaces } from './merge.js';
import { useWasmBackend } from './tfjs-backend.js';
import type { FaceDetection, FaceDetector, ModelFiles } from './types.js';

/** Configuration of the TensorFlow.js MediaPipe backend. */
export interface TfjsFaceConfig {
  /**
   * MediaPipe model: `short` (128 px input, faces within ~2 m, as in selfies), `full` (192 px,
   * faces down to ~1/15 of the frame, group photos and ID portraits), or `both`, merged. Corpus
   * (minimum score 0.6): `full` alone misses 5 of 75 single-face selfies (faces filling the
   * frame), `short` alone misses most small faces; `both` finds exactly one face on 75 of 75.
   * @default 'both'
   */
  model: 'short' | 'full' | 'both';
  /**
   * Faces returned at most (the model's own score floor applies: 0.5 short, 0.6 full).
   * @default 10
   */
  maxFaces: number;
  /**
   * TensorFlow.js backend: `wasm` (SIMD, several times faster) or `cpu` (pure JavaScript, the
   * fallback where WebAssembly is unavailable).
   * @default 'wasm'
   */
  runtime: 'wasm' | 'cpu';
}

/** Defaults of {@link TfjsFaceConfig}. */
export const DEFAULT_TFJS_FACE_CONFIG: Readonly<TfjsFaceConfig> = Object.freeze({
  model: 'both',
  maxFaces: 10,
  runtime: 'wasm',
});

/** Merges `config` over the defaults and validates it. @throws RangeError naming the bad option. */
export function resolveTfjsFaceConfig(config: Partial<TfjsFaceConfig> = {}): TfjsFaceConfig {
  const resolved = { ...DEFAULT_TFJS_FACE_CONFIG, ...config };
  if (!['short', 'full', 'both'].includes(resolved.model)) {
    throw new RangeError(`model must be 'short', 'full' or 'both'; got ${String(resolved.model)}`);
  }
  if (!Number.isInteger(resolved.maxFaces) || resolved.maxFaces < 1 || resolved.maxFaces > 100) {
    throw new RangeError(`maxFaces must be an integer from 1 to 100; got ${resolved.maxFaces}`);
  }
  if (resolved.runtime !== 'wasm' && resolved.runtime !== 'cpu') {
    throw new RangeError(`runtime must be 'wasm' or 'cpu'; got ${String(resolved.runtime)}`);
  }
  return resolved;
}

/**
 * The raw detections of `@tensorflow-models/face-detection` 1.0.3. Its public `estimateFaces`
 * drops the confidence, so the detector's own `detectFaces` (same input, same result, plus the
 * score) is called; the package version is pinned for this reason.
 */
interface RawDetection {
  score?: number[];
  locationData: {
    relativeBoundingBox?: { xMin: number; yMin: number; width: number; height: number };
    relativeKeypoints?: { x: number; y: number }[];
  };
}
interface DetectsFaces {
  detectFaces(image: tf.Tensor3D, flipHorizontal: boolean): Promise<RawDetection[]>;
}

let backendReady: Promise<string> | undefined;

/**
 * Selects the TensorFlow.js backend once per thread (`wasm`, falling back to `cpu` when the wasm
 * binary cannot be instantiated). Resolves to the backend in use.
 */
function selectBackend(runtime: TfjsFaceConfig['runtime'], wasmPath: string): Promise<string> {
  backendReady ??= (async () => {
    if (runtime === 'wasm' && (await useWasmBackend(wasmPath))) return 'wasm';
    await tf.setBackend('cpu');
    return 'cpu';
  })();
  return backendReady;
}

/**
 * The MediaPipe face detector (short- or full-range) run by TensorFlow.js, with the model's
 * weights handed over from memory: nothing is fetched from a model hub.
 */
export async function createTfjsFaceDetector(
  files: ModelFiles,
  config: Partial<TfjsFaceConfig> = {},
): Promise<FaceDetector> {
  const { model, maxFaces, runtime } = resolveTfjsFaceConfig(config);
  await selectBackend(runtime, files.wasmPaths.tfjs);
  // With both, the full-range model's boxes come first: the face-size and framing thresholds were
  // measured on them.
  const kinds: ('short' | 'full')[] = model === 'both' ? ['full', 'short'] : [model];
  const detectors = await Promise.all(kinds.map((kind) => loadMediaPipe(files, kind, maxFaces)));
  let disposed = false;
  return {
    backend: 'tfjs',
    async detect(raster: Raster): Promise<FaceDetection[]> {
      if (disposed) throw new TypeError('the face detector has been disposed');
      const image = rgbTensor(raster);
      try {
        const lists: FaceDetection[][] = [];
        for (const detector of detectors) {
          const detections = await (detector as unknown as DetectsFaces).detectFaces(image, false);
          lists.push(detections.map((detection) => toFace(detection, raster)));
        }
        return mergeFaces(lists).slice(0, maxFaces);
      } finally {
        image.dispose();
      }
    },
    async dispose(): Promise<void> {
      if (disposed) return;
      disposed = true;
      for (const detector of detectors) detector.dispose();
    },
  };
}

/** One MediaPipe detector, its graph and weights read through `files`. */
async function loadMediaPipe(
  files: ModelFiles,
  model: 'short' | 'full',
  maxFaces: number,
): Promise<faceDetection.FaceDetector> {
  const name = `facemesh-detection-${model}`;
  const [graph, weights] = await Promise.all([files.loadText(`${name}.json`), files.load(`${name}.bin`)]);
  return faceDetection.createDetector(faceDetection.SupportedModels.MediaPipeFaceDetector, {
    runtime: 'tfjs',
    modelType: model,
    maxFaces,
    detectorModelUrl: memoryHandler(graph, weights),
  });
}

/** A tfjs model handler serving a graph model from bytes already in memory. */
function memoryHandler(graph: string, weights: Uint8Array): io.IOHandler {
  const json = JSON.parse(graph) as {
    modelTopology: object;
    weightsManifest: { weights: io.WeightsManifestEntry[] }[];
    format?: string;
    generatedBy?: string;
    convertedBy?: string;
    signature?: object;
  };
  const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer;
  return {
    load: async () => ({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
      weightData,
      format: json.format,
      generatedBy: json.generatedBy,
      convertedBy: json.convertedBy ?? null,
      signature: json.signature,
    }),
  };
}

/** An int32 [height, width, 3] tensor of the raster's RGB (alpha dropped). */
function rgbTensor(raster: Raster): tf.Tensor3D {
  const { data, width, height } = raster;
  const rgb = new Int32Array(width * height * 3);
  for (let p = 0, i = 0, o = 0; p < width * height; p++, i += 4, o += 3) {
    rgb[o] = data[i]!;
    rgb[o + 1] = data[i + 1]!;
    rgb[o + 2] = data[i + 2]!;
  }
  return tf.tensor3d(rgb, [height, width, 3], 'int32');
}

function toFace(detection: RawDetection, raster: Raster): FaceDetection {
  const box = detection.locationData.relativeBoundingBox ?? { xMin: 0, yMin: 0, width: 0, height: 0 };
  return {
    box: {
      x: box.xMin * raster.width,
      y: box.yMin * raster.height,
      width: box.width * raster.width,
      height: box.height * raster.height,
    },
    score: detection.score?.[0] ?? 0,
    keypoints: (detection.locationData.relativeKeypoints ?? []).map((point) => ({
      x: point.x * raster.width,
      y: point.y * raster.height,
    })),
  };
}
