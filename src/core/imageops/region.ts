import { convexRowSpans } from '../geometry.js';
import type { Box, GrayImage, Point, Raster } from '../types.js';
import { cropRaster } from './crop.js';
import { measureEdgeWidths, type EdgeSamples } from './edge-width.js';
import { toLuma } from './luma.js';
import { resizeArea } from './resize.js';

/** The part of an image inside an outline, resampled to a working size. */
export interface WorkingRegion {
  /** The outline's bounding box cut from the image, area-averaged down to the working size. */
  raster: Raster;
  luma: GrayImage;
  /** Source pixels per working pixel (1 when the outline was already small enough). */
  factor: number;
  /** Top-left of the crop, in source pixels. */
  x: number;
  y: number;
  /** The outline's pixels in working coordinates, row by row (see {@link convexRowSpans}). */
  spans: Int32Array;
}

/**
 * The convex `outline` of `raster` (its bounding box, with the pixels inside the outline marked)
 * downscaled so that the outline's longest side is at most `workingSide` (never enlarged): a
 * document larger than that is measured at the same scale whatever share of the frame it fills;
 * a smaller one at the source's own resolution.
 */
export function workingRegion(raster: Raster, outline: readonly Point[], workingSide: number): WorkingRegion {
  const longestSide = Math.max(
    ...outline.map((p, i) => {
      const q = outline[(i + 1) % outline.length]!;
      return Math.hypot(q.x - p.x, q.y - p.y);
    }),
  );
  const x0 = Math.max(0, Math.floor(Math.min(...outline.map((p) => p.x))));
  const y0 = Math.max(0, Math.floor(Math.min(...outline.map((p) => p.y))));
  const x1 = Math.min(raster.width, Math.ceil(Math.max(...outline.map((p) => p.x))));
  const y1 = Math.min(raster.height, Math.ceil(Math.max(...outline.map((p) => p.y))));
  const box = { x: x0, y: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) };
  const factor = Math.max(1, longestSide / workingSide);
  const width = Math.max(1, Math.round(box.width / factor));
  const height = Math.max(1, Math.round(box.height / factor));
  // Resized straight from the image: no copy of the crop first.
  const resampled = factor > 1 ? resizeArea(raster, width, height, box) : cropRaster(raster, box);
  const scaleX = resampled.width / box.width;
  const scaleY = resampled.height / box.height;
  const local = outline.map((p) => ({ x: (p.x - x0) * scaleX, y: (p.y - y0) * scaleY }));
  return {
    raster: resampled,
    luma: toLuma(resampled),
    factor: box.width / resampled.width,
    x: x0,
    y: y0,
    spans: convexRowSpans(local, resampled.width, resampled.height),
  };
}

/** A box in the region's working pixels (x1/y1 exclusive), in the source's pixels. */
export function workingBox(region: WorkingRegion, box: { x0: number; y0: number; x1: number; y1: number }): Box {
  return {
    x: region.x + box.x0 * region.factor,
    y: region.y + box.y0 * region.factor,
    width: (box.x1 - box.x0) * region.factor,
    height: (box.y1 - box.y0) * region.factor,
  };
}

/** Edges of a region, measured by {@link regionEdges}. */
export interface RegionEdges {
  region: WorkingRegion;
  edges: EdgeSamples;
  /**
   * Multiply a measured width by this to express it at the first size measured (`workingSide`, or
   * the source size when the outline was already smaller).
   */
  widthScale: number;
}

/** Halvings of the working size tried when too few edges show (heavy blur outgrows the edge window). */
const MAX_HALVINGS = 3;

/**
 * The edges of `outline` at `workingSide` (see {@link measureEdgeWidths}). A heavy blur spreads
 * each edge beyond the window its contrast is taken over, so its steps fall below `minContrast`
 * and hardly any edge is measured: the region is then measured again at half the size (up to
 * three times, while that still shrinks it), and the widths scaled back to `workingSide`.
 */
export function regionEdges(
  raster: Raster,
  outline: readonly Point[],
  workingSide: number,
  minContrast: number,
  minEdges: number,
): RegionEdges {
  let region = workingRegion(raster, outline, workingSide);
  const requestedFactor = region.factor;
  let edges = measureEdgeWidths(region.luma, region.spans, minContrast);
  for (let halving = 1; halving <= MAX_HALVINGS && edges.count < minEdges; halving++) {
    const smaller = workingRegion(raster, outline, workingSide / 2 ** halving);
    if (smaller.luma.width >= region.luma.width) break;
    region = smaller;
    edges = measureEdgeWidths(region.luma, region.spans, minContrast);
  }
  return { region, edges, widthScale: region.factor / requestedFactor };
}
