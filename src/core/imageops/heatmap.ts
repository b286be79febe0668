import type { Box, Heatmap } from '../types.js';

/** Cells of the overlay maps along the image's longer side. */
const MAP_CELLS = 12;

/** An overlay grid over a `width` × `height` image: square cells, 12 along the longer side, all `fill`. */
export function emptyMap(width: number, height: number, fill: number): Heatmap {
  const cell = Math.max(width, height) / MAP_CELLS;
  const cols = Math.max(1, Math.round(width / cell));
  const rows = Math.max(1, Math.round(height / cell));
  return { cols, rows, values: new Float32Array(cols * rows).fill(fill) };
}

/** Index of the map cell holding the image point (x, y) of a `width` × `height` image. */
export function mapCell(map: Heatmap, width: number, height: number, x: number, y: number): number {
  const col = Math.min(map.cols - 1, Math.max(0, Math.floor((x / width) * map.cols)));
  const row = Math.min(map.rows - 1, Math.max(0, Math.floor((y / height) * map.rows)));
  return row * map.cols + col;
}

/** Bounding box (image pixels) of the given cells of a map over a `width` × `height` image. */
export function cellsBox(map: Heatmap, cells: readonly number[], width: number, height: number): Box {
  const cols = cells.map((cell) => cell % map.cols);
  const rows = cells.map((cell) => Math.floor(cell / map.cols));
  const cellWidth = width / map.cols;
  const cellHeight = height / map.rows;
  const x = Math.min(...cols) * cellWidth;
  const y = Math.min(...rows) * cellHeight;
  return { x, y, width: (Math.max(...cols) + 1) * cellWidth - x, height: (Math.max(...rows) + 1) * cellHeight - y };
}
