import type { Point, Raster } from '../types.js';
import { colourGradient } from './gradient.js';
import { borderLines, findLines, type Line } from './lines.js';
import { polygonArea, quadCandidates } from './quad.js';

/** Working size of the localisation (longer side, px): edges of a card are still several pixels long. */
export const LOCATE_SIDE = 512;
/** Straight edges considered: enough for a card's four among a cluttered desk's. */
const MAX_LINES = 40;

/** The sides of the frame. */
export type FrameSide = NonNullable<Line['border']>;

/** Where the document is in a photo. */
export interface DocumentFinding {
  /** The document's outline in the pixels of the raster searched, clockwise; null when none is plausible. */
  corners: [Point, Point, Point, Point] | null;
  /** Score of the best outline (0-1): weakest side's edge support × mean support × area^¼. */
  score: number;
  /** Share of the frame the outline covers (may exceed 1 when it runs off the frame). */
  areaShare: number;
  /** No outline inside the frame: the document fills it (a scan or a tight crop). */
  fillsFrame: boolean;
  /** Frame sides the document runs past. */
  cutSides: FrameSide[];
}

/** Limits for turning the best outline into a finding. */
export interface FindingLimits {
  /** Least outline score for a document to count as found. */
  minScore: number;
  /** From this share of the frame, the document fills it (a scan or a tight crop). */
  fillShare: number;
  /** A corner further than this share of the frame's longer side outside it is cut off. */
  cornerTolerance: number;
  /** Frame aspect ratios (long / short) a scan or tight crop of a document has. */
  scanAspect: readonly [number, number];
}

export const FINDING_LIMITS: FindingLimits = {
  minScore: 0.25,
  fillShare: 0.75,
  cornerTolerance: 0.015,
  // ID-3 passport page 1.42, A4 1.414, ID-1 card 1.586; phone frames (4:3 = 1.333, 16:9 = 1.778) fall outside.
  scanAspect: [1.36, 1.64],
};

/** Magnitude above which a pixel is an edge: the 85th percentile (whole levels), at least 10. */
function edgeThresholdOf(magnitude: Float32Array): number {
  const counts = new Uint32Array(1024);
  for (const m of magnitude) counts[Math.min(1023, Math.floor(m))]!++;
  let seen = 0;
  const target = 0.85 * magnitude.length;
  for (let level = 0; level < counts.length; level++) {
    seen += counts[level]!;
    if (seen >= target) return Math.max(10, level);
  }
  return 10;
}

/**
 * Finds the document in a photo: straight colour edges (Hough, each edge pixel voting near its
 * own gradient direction), every quad two pairs of roughly parallel edges make (the frame's
 * sides standing in for at most two document edges that run off it), scored by the edge support
 * under its sides; then judges how the best one sits in the frame.
 */
export function locateDocument(raster: Raster, limits: FindingLimits = FINDING_LIMITS): DocumentFinding {
  const field = colourGradient(raster, LOCATE_SIDE);
  const edgeThreshold = edgeThresholdOf(field.magnitude);
  const minVotes = 0.06 * Math.min(field.width, field.height);
  const lines = [...findLines(field, edgeThreshold, MAX_LINES, minVotes), ...borderLines(field.width, field.height)];
  const best = quadCandidates(lines, field, edgeThreshold)[0];
  const frame: [Point, Point, Point, Point] = [
    { x: 0, y: 0 },
    { x: raster.width, y: 0 },
    { x: raster.width, y: raster.height },
    { x: 0, y: raster.height },
  ];
  const aspect = Math.max(raster.width, raster.height) / Math.min(raster.width, raster.height);
  const scanShaped = aspect >= limits.scanAspect[0] && aspect <= limits.scanAspect[1];
  if (best === undefined || best.score < limits.minScore) {
    return scanShaped
      ? { corners: frame, score: best?.score ?? 0, areaShare: 1, fillsFrame: true, cutSides: [] }
      : { corners: null, score: best?.score ?? 0, areaShare: 0, fillsFrame: false, cutSides: [] };
  }
  const toRaster = (p: Point): Point => ({ x: (p.x + 0.5) * field.scale, y: (p.y + 0.5) * field.scale });
  const corners = best.corners.map(toRaster) as [Point, Point, Point, Point];
  const areaShare = polygonArea(corners) / (raster.width * raster.height);
  if (areaShare >= limits.fillShare) {
    return { corners: frame, score: best.score, areaShare: 1, fillsFrame: true, cutSides: [] };
  }
  const cut = new Set<FrameSide>(best.sides.flatMap((side) => (side.border ? [side.border] : [])));
  const tolerance = limits.cornerTolerance * Math.max(raster.width, raster.height);
  for (const p of corners) {
    if (p.y < -tolerance) cut.add('top');
    if (p.x > raster.width + tolerance) cut.add('right');
    if (p.y > raster.height + tolerance) cut.add('bottom');
    if (p.x < -tolerance) cut.add('left');
  }
  const order: FrameSide[] = ['top', 'right', 'bottom', 'left'];
  return { corners, score: best.score, areaShare, fillsFrame: false, cutSides: order.filter((side) => cut.has(side)) };
}
