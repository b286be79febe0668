import type { Box } from '../types.js';
import type { FaceDetection } from './types.js';

/**
 * Overlap (intersection over the smaller box's area) from which two detections are one face:
 * two models box the same face slightly differently, and one box may sit inside the other.
 */
export const SAME_FACE_OVERLAP = 0.5;

/** Intersection area over the area of the smaller box; 0 for disjoint or empty boxes. */
export function overlapOfSmaller(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const smaller = Math.min(a.width * a.height, b.width * b.height);
  return width <= 0 || height <= 0 || smaller <= 0 ? 0 : (width * height) / smaller;
}

/**
 * Faces found by several detectors (or passes) over the same picture, each face once. `lists`
 * come in order of preference: a face keeps the box of the first list that found it (so face
 * geometry stays that of one model wherever it can), and later lists add only faces the earlier
 * ones missed. Best score first.
 */
export function mergeFaces(lists: readonly (readonly FaceDetection[])[]): FaceDetection[] {
  const kept: FaceDetection[] = [];
  for (const list of lists) {
    const fresh = list.filter((face) =>
      kept.every((other) => overlapOfSmaller(face.box, other.box) < SAME_FACE_OVERLAP),
    );
    kept.push(...fresh);
  }
  return kept.sort((a, b) => b.score - a.score);
}
