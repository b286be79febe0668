import type { FaceDetection, FaceDetector } from '../src/core/face/types.js';
import type { Raster } from '../src/core/types.js';

/** A raster filled by `colour(x, y)` → [r, g, b]. */
export function makeRaster(width: number, height: number, colour: (x: number, y: number) => readonly number[]): Raster {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = colour(x, y);
      data.set([r!, g!, b!, 255], (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A face detector that "finds" the given faces (in the pixels of the raster it is handed) in any
 * picture: the face checks' unit tests then have obvious answers without a model.
 */
export function stubFaceDetector(faces: FaceDetection[] = []): FaceDetector & { calls: number } {
  return {
    backend: 'tfjs',
    calls: 0,
    async detect() {
      this.calls++;
      return faces.map((face) => ({ ...face, box: { ...face.box } }));
    },
    async dispose() {},
  };
}

/** A stub detector that finds one well-framed face in the middle of a `width` × `height` picture. */
export function centredFace(width: number, height: number): FaceDetector & { calls: number } {
  const side = Math.min(width, height) * 0.4;
  const box = { x: (width - side) / 2, y: (height - side) / 2, width: side, height: side };
  return stubFaceDetector([{ box, score: 0.95, keypoints: [] }]);
}
