import type { Box, Raster } from '../types.js';
import { cropRaster } from '../imageops/crop.js';
import { mergeFaces } from './merge.js';
import type { FaceDetection, FaceDetector } from './types.js';

/** A `grid` × `grid` cover of the picture by squares-ish tiles that overlap by `overlap` of a tile. */
export function tileBoxes(width: number, height: number, grid: number, overlap: number): Box[] {
  if (!Number.isInteger(grid) || grid < 1) throw new RangeError(`grid must be a positive integer; got ${grid}`);
  const span = (length: number): number[] => {
    const size = Math.min(length, Math.ceil(length / (grid - (grid - 1) * overlap)));
    const starts = Array.from({ length: grid }, (_, i) =>
      grid === 1 ? 0 : Math.round(((length - size) * i) / (grid - 1)),
    );
    return [...new Set(starts)].flatMap((start) => [start, size]);
  };
  const pairs = (values: number[]): [number, number][] =>
    values.flatMap((value, i) => (i % 2 === 0 ? [[value, values[i + 1]!] as [number, number]] : []));
  const boxes: Box[] = [];
  for (const [y, tileHeight] of pairs(span(height))) {
    for (const [x, tileWidth] of pairs(span(width))) boxes.push({ x, y, width: tileWidth, height: tileHeight });
  }
  return boxes;
}

/**
 * Faces found on overlapping tiles of `raster`, in its pixels: each tile reaches the detector's
 * input at a larger scale than the whole picture, so faces too small for one pass are found.
 * Faces cut by a tile edge are found whole on the neighbouring tile thanks to the overlap; of
 * duplicates, the best-scored is kept.
 */
export async function detectOnTiles(
  detector: FaceDetector,
  raster: Raster,
  grid: number,
  overlap = 0.25,
): Promise<FaceDetection[]> {
  const found: FaceDetection[] = [];
  for (const tile of tileBoxes(raster.width, raster.height, grid, overlap)) {
    const faces = await detector.detect(cropRaster(raster, tile));
    found.push(...faces.map((face) => shifted(face, tile.x, tile.y)));
  }
  // A face cut by one tile's edge scores lower than the same face whole on its neighbour: best first.
  return mergeFaces(found.sort((a, b) => b.score - a.score).map((face) => [face]));
}

/** `face` moved by (`dx`, `dy`): from a crop's pixels to the picture's. */
export function shifted(face: FaceDetection, dx: number, dy: number): FaceDetection {
  return {
    box: { ...face.box, x: face.box.x + dx, y: face.box.y + dy },
    score: face.score,
    keypoints: face.keypoints.map((point) => ({ x: point.x + dx, y: point.y + dy })),
  };
}
