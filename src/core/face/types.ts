import type { Box, Point, Raster } from '../types.js';

/** The face-detection backends: MediaPipe's tfjs graphs, or BlazeFace's ONNX graph (run by TensorFlow.js or onnxruntime-web). */
export const FACE_BACKENDS = ['tfjs', 'onnx'] as const;

/** One of {@link FACE_BACKENDS}. */
export type FaceBackend = (typeof FACE_BACKENDS)[number];

/**
 * One detected face, in the pixels of the raster given to {@link FaceDetector.detect}. The box is
 * the detector's tight face box (brows to chin, ear to ear roughly); it is not the whole head.
 */
export interface FaceDetection {
  box: Box;
  /** Detector confidence, 0-1. */
  score: number;
  /**
   * The six BlazeFace keypoints, in this order: right eye, left eye, nose tip, mouth centre,
   * right ear tragion, left ear tragion ("right" = the subject's right, the viewer's left).
   */
  keypoints: Point[];
}

/** A face detector over plain RGBA rasters. Implementations hold model weights: call `dispose`. */
export interface FaceDetector {
  readonly backend: FaceBackend;
  /** Faces in `raster`, best first. Never throws for a picture without faces: returns `[]`. */
  detect(raster: Raster): Promise<FaceDetection[]>;
  /** Frees the model (tensors, inference session). The detector cannot be used afterwards. */
  dispose(): Promise<void>;
}

/**
 * Where a backend gets its files: the Node layer reads them from `models/` and the package's
 * wasm folder; the browser fetches them from the same origin. The core never touches a file
 * system or the network itself.
 */
export interface ModelFiles {
  /** The bytes of a file in `models/`, e.g. `facemesh-detection-full.bin`. */
  load(name: string): Promise<Uint8Array>;
  /** A text file in `models/` (a tfjs graph model's JSON), decoded as UTF-8. */
  loadText(name: string): Promise<string>;
  /**
   * Where the runtime finds its wasm binaries: a folder path (Node) or URL prefix (browser), ending
   * in `/`. Separate for each runtime, as each package ships its own. `onnx` may be left out where
   * a bundler has already placed onnxruntime's wasm next to its code (the browser bundle).
   */
  wasmPaths: { tfjs: string; onnx?: string };
}
