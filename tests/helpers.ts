import sharp from 'sharp';
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

/**
 * A face detector that sees pure red squares as faces, like a real detector sees faces: only
 * when a square is at least `floor` of the longer side of the raster it is handed (small faces
 * are missed on the whole picture but found on a tile), and faintly (score 0.55) when it touches
 * the raster's edge (a face cut by a tile). Counts its calls.
 */
export function redSquareDetector(floor = 0.06): FaceDetector & { calls: number } {
  return {
    backend: 'onnx',
    calls: 0,
    async detect(raster: Raster) {
      this.calls++;
      const { data, width, height } = raster;
      const isRed = (i: number): boolean => data[i * 4]! > 200 && data[i * 4 + 1]! < 50 && data[i * 4 + 2]! < 50;
      const seen = new Uint8Array(width * height);
      const faces: FaceDetection[] = [];
      for (let start = 0; start < width * height; start++) {
        if (seen[start] || !isRed(start)) continue;
        let [x0, y0, x1, y1] = [width, height, -1, -1];
        const stack = [start];
        seen[start] = 1;
        while (stack.length > 0) {
          const i = stack.pop()!;
          const [x, y] = [i % width, Math.floor(i / width)];
          [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
          for (const [nx, ny] of [
            [x + 1, y],
            [x - 1, y],
            [x, y + 1],
            [x, y - 1],
          ] as const) {
            const n = ny * width + nx;
            if (nx >= 0 && ny >= 0 && nx < width && ny < height && !seen[n] && isRed(n)) {
              seen[n] = 1;
              stack.push(n);
            }
          }
        }
        const side = x1 - x0 + 1;
        if (side < floor * Math.max(width, height)) continue;
        const touchesEdge = x0 === 0 || y0 === 0 || x1 === width - 1 || y1 === height - 1;
        faces.push({
          box: { x: x0, y: y0, width: side, height: y1 - y0 + 1 },
          score: touchesEdge ? 0.55 : 0.9,
          keypoints: [],
        });
      }
      return faces.sort((a, b) => b.score - a.score);
    },
    async dispose() {},
  };
}

/** A gray `width` × `height` picture with pure red squares [x, y, side]. */
export function redSquares(
  width: number,
  height: number,
  squares: readonly (readonly [number, number, number])[],
): Raster {
  return makeRaster(width, height, (x, y) =>
    squares.some(([sx, sy, side]) => x >= sx && x < sx + side && y >= sy && y < sy + side)
      ? [255, 0, 0]
      : [128, 128, 128],
  );
}

/**
 * An image file decoded upright to RGBA, at most `maxSide` on its longer side (smaller images are
 * enlarged to it unless `withoutEnlargement`).
 */
export async function readRaster(
  file: string,
  { maxSide, withoutEnlargement = false }: { maxSide: number; withoutEnlargement?: boolean },
): Promise<Raster> {
  const { data, info } = await sharp(file)
    .rotate()
    .resize(maxSide, maxSide, { fit: 'inside', withoutEnlargement })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}
