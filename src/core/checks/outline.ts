import type { Heatmap, Point } from '../types.js';
import type { AnalysisContext } from './check.js';

/**
 * Where checks that measure the document itself (blur, glare) look: inside the document's outline
 * pulled in by `inset` (a share of the way to its centre, leaving out the edges and what lies just
 * beyond them) when one was found in the frame; else the whole frame.
 */
export function measuredOutline(context: AnalysisContext, inset: number): Point[] {
  const { width, height } = context.raster;
  const finding = context.document;
  if (finding?.corners && !finding.fillsFrame) {
    const corners = finding.corners;
    const cx = corners.reduce((sum, p) => sum + p.x, 0) / corners.length;
    const cy = corners.reduce((sum, p) => sum + p.y, 0) / corners.length;
    return corners.map((p) => ({ x: cx + (1 - inset) * (p.x - cx), y: cy + (1 - inset) * (p.y - cy) }));
  }
  return [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
}

/** Cells of the overlay maps along the image's longer side. */
export const MAP_CELLS = 12;

/** An empty overlay grid over a `width` × `height` image: square cells, {@link MAP_CELLS} along the longer side. */
export function emptyMap(width: number, height: number, fill: number): Heatmap {
  const cell = Math.max(width, height) / MAP_CELLS;
  const cols = Math.max(1, Math.round(width / cell));
  const rows = Math.max(1, Math.round(height / cell));
  return { cols, rows, values: new Float32Array(cols * rows).fill(fill) };
}

/** Index of the map cell holding the image point (x, y). */
export function mapCell(map: Heatmap, width: number, height: number, x: number, y: number): number {
  const col = Math.min(map.cols - 1, Math.max(0, Math.floor((x / width) * map.cols)));
  const row = Math.min(map.rows - 1, Math.max(0, Math.floor((y / height) * map.rows)));
  return row * map.cols + col;
}
