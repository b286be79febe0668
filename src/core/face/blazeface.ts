import type { Box, Point } from '../types.js';
import type { FaceDetection } from './types.js';

/**
 * The two BlazeFace networks: input side and the strides of their SSD feature maps (MediaPipe's
 * `SsdAnchorsCalculator` settings). Both give 16×16×2 + 8×8×6 = 896 anchors at the same relative
 * positions; `back` sees the scene at twice the resolution, for smaller faces.
 */
export const BLAZEFACE_MODELS = {
  /** Front (selfie) camera: 128 px input, faces filling a good part of the frame. */
  front: { inputSize: 128, strides: [8, 16, 16, 16] },
  /** Back camera: 256 px input, faces down to a smaller part of the frame. */
  back: { inputSize: 256, strides: [16, 32, 32, 32] },
} as const;

/** One of the {@link BLAZEFACE_MODELS}. */
export type BlazeFaceModel = keyof typeof BLAZEFACE_MODELS;

/** Values the network gives per anchor: box centre x, y, width, height, then six keypoints' x, y. */
const VALUES_PER_ANCHOR = 16;
const KEYPOINTS = 6;
/**
 * Anchors per feature-map cell that each layer adds: one per aspect ratio (BlazeFace has only 1.0)
 * plus one for the interpolated scale.
 */
const ANCHORS_PER_LAYER = 2;
/** MediaPipe clips the score logits to ±100 before the sigmoid. */
const SCORE_CLIP = 100;

/** Post-processing of the raw BlazeFace outputs. */
export interface BlazeFaceOptions {
  /**
   * Lowest confidence (0-1) a detection needs to be kept, as in MediaPipe's short-range graph. On
   * the corpus, 0.6 changes one face count in 150 and 0.7 loses small faces.
   * @default 0.5
   */
  minScore: number;
  /**
   * Intersection over union above which two detections are taken for the same face and merged
   * (MediaPipe's weighted non-maximum suppression and its setting).
   * @default 0.3
   */
  iouThreshold: number;
  /**
   * Faces returned at most.
   * @default 10
   */
  maxFaces: number;
}

/** Defaults of {@link BlazeFaceOptions}. */
export const DEFAULT_BLAZEFACE_OPTIONS: Readonly<BlazeFaceOptions> = Object.freeze({
  minScore: 0.5,
  iouThreshold: 0.3,
  maxFaces: 10,
});

/**
 * The SSD anchor centres of MediaPipe's `SsdAnchorsCalculator` with `fixed_anchor_size` (every
 * anchor is 1 × 1, so only the centre matters), relative to the input square (0-1). Consecutive
 * layers with the same stride share one feature map, their anchors interleaved per cell; the order
 * is layer, then row, then column, then anchor: the order of the network's outputs.
 */
export function ssdAnchors(inputSize: number, strides: readonly number[]): Point[] {
  const anchors: Point[] = [];
  for (let layer = 0; layer < strides.length;) {
    const stride = strides[layer]!;
    let perCell = 0;
    for (; layer < strides.length && strides[layer] === stride; layer++) perCell += ANCHORS_PER_LAYER;
    const cells = Math.ceil(inputSize / stride);
    for (let row = 0; row < cells; row++) {
      for (let column = 0; column < cells; column++) {
        for (let k = 0; k < perCell; k++) anchors.push({ x: (column + 0.5) / cells, y: (row + 0.5) / cells });
      }
    }
  }
  return anchors;
}

/**
 * Turns the raw outputs into detections, as MediaPipe's `TensorsToDetectionsCalculator` does for
 * BlazeFace: score = sigmoid(logit clipped to ±100); box centre, size and keypoints are offsets in
 * input pixels from the anchor centre. Coordinates of the result are relative to the input square
 * (0-1); detections scoring below `minScore` are dropped. Unsorted, overlapping: see
 * {@link weightedNonMaxSuppression}.
 * @param scores One logit per anchor, in the order of {@link ssdAnchors}.
 * @param regressors 16 values per anchor, in the order of {@link ssdAnchors}.
 */
export function decodeBlazeFace(
  scores: ArrayLike<number>,
  regressors: ArrayLike<number>,
  anchors: readonly Point[],
  inputSize: number,
  minScore: number,
): FaceDetection[] {
  if (scores.length !== anchors.length || regressors.length !== anchors.length * VALUES_PER_ANCHOR) {
    throw new RangeError(
      `expected ${anchors.length} scores and ${anchors.length * VALUES_PER_ANCHOR} regressors; ` +
        `got ${scores.length} and ${regressors.length}`,
    );
  }
  const detections: FaceDetection[] = [];
  anchors.forEach((anchor, a) => {
    const logit = Math.min(SCORE_CLIP, Math.max(-SCORE_CLIP, scores[a]!));
    const score = 1 / (1 + Math.exp(-logit));
    if (score < minScore) return;
    const r = a * VALUES_PER_ANCHOR;
    const at = (offset: number) => regressors[r + offset]! / inputSize;
    const width = at(2);
    const height = at(3);
    const keypoints: Point[] = [];
    for (let k = 0; k < KEYPOINTS; k++) keypoints.push({ x: anchor.x + at(4 + 2 * k), y: anchor.y + at(5 + 2 * k) });
    detections.push({
      box: { x: anchor.x + at(0) - width / 2, y: anchor.y + at(1) - height / 2, width, height },
      score,
      keypoints,
    });
  });
  return detections;
}

/**
 * MediaPipe's `WEIGHTED` non-maximum suppression: the best remaining detection and every other
 * overlapping it by more than `iouThreshold` form one face, whose box and keypoints are their
 * score-weighted mean and whose score is the best one. Averaging the many anchors that fire on one
 * face gives a steadier box than keeping the single best. Returns at most `maxFaces`, best first.
 */
export function weightedNonMaxSuppression(
  detections: readonly FaceDetection[],
  iouThreshold: number,
  maxFaces: number,
): FaceDetection[] {
  let remaining = [...detections].sort((a, b) => b.score - a.score);
  const faces: FaceDetection[] = [];
  while (remaining.length > 0 && faces.length < maxFaces) {
    const best = remaining[0]!;
    const cluster = remaining.filter((detection) => intersectionOverUnion(detection.box, best.box) > iouThreshold);
    // `best` always belongs to its own cluster, unless its box is empty (IoU 0): then alone.
    const members = cluster.length > 0 ? cluster : [best];
    remaining = remaining.filter((detection) => !members.includes(detection));
    faces.push(weightedMean(members, best.score));
  }
  return faces;
}

/** Area of the intersection over area of the union; 0 for disjoint or empty boxes. */
export function intersectionOverUnion(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  const intersection = width * height;
  return intersection / (a.width * a.height + b.width * b.height - intersection);
}

/** The score-weighted mean of the corners and keypoints of `members`, with score `score`. */
function weightedMean(members: readonly FaceDetection[], score: number): FaceDetection {
  let total = 0;
  let left = 0;
  let top = 0;
  let right = 0;
  let bottom = 0;
  const keypoints = members[0]!.keypoints.map(() => ({ x: 0, y: 0 }));
  for (const { box, score: weight, keypoints: points } of members) {
    total += weight;
    left += box.x * weight;
    top += box.y * weight;
    right += (box.x + box.width) * weight;
    bottom += (box.y + box.height) * weight;
    points.forEach((point, k) => {
      keypoints[k]!.x += point.x * weight;
      keypoints[k]!.y += point.y * weight;
    });
  }
  return {
    box: { x: left / total, y: top / total, width: (right - left) / total, height: (bottom - top) / total },
    score,
    keypoints: keypoints.map((point) => ({ x: point.x / total, y: point.y / total })),
  };
}
