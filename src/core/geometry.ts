import type { Box, Point } from './types.js';

/** A box in analysis pixels, in original-image pixels (`scale` original pixels per analysis pixel). */
export function scaleBox(box: Box, scale: number): Box {
  return { x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale };
}

/**
 * The pixels of a `width` × `height` image whose centres lie inside a convex polygon, row by row:
 * `spans[2y]` is the first column inside on row y and `spans[2y + 1]` one past the last (equal
 * when the row has none). Parts of the polygon outside the image are left out.
 */
export function convexRowSpans(polygon: readonly Point[], width: number, height: number): Int32Array {
  const spans = new Int32Array(2 * height);
  for (let y = 0; y < height; y++) {
    const centre = y + 0.5;
    let from = Infinity;
    let to = -Infinity;
    for (let i = 0; i < polygon.length; i++) {
      const a = polygon[i]!;
      const b = polygon[(i + 1) % polygon.length]!;
      if ((a.y - centre) * (b.y - centre) > 0 || a.y === b.y) continue;
      const x = a.x + ((centre - a.y) * (b.x - a.x)) / (b.y - a.y);
      from = Math.min(from, x);
      to = Math.max(to, x);
    }
    // Columns whose centre x + 0.5 lies in [from, to].
    const first = Math.max(0, Math.ceil(from - 0.5));
    const end = Math.min(width, Math.floor(to - 0.5) + 1);
    spans[2 * y] = first;
    spans[2 * y + 1] = Math.max(first, end);
  }
  return spans;
}

/** Bounding box of `points`, clipped to a `width` × `height` frame. */
export function clippedBounds(points: readonly Point[], width: number, height: number): Box {
  const x0 = Math.max(0, Math.min(...points.map((p) => p.x)));
  const y0 = Math.max(0, Math.min(...points.map((p) => p.y)));
  const x1 = Math.min(width, Math.max(...points.map((p) => p.x)));
  const y1 = Math.min(height, Math.max(...points.map((p) => p.y)));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

/** The mean length of a quad's shorter pair of opposite sides (the document's shorter side). */
export function quadShortSide(corners: readonly Point[]): number {
  const side = (i: number): number =>
    Math.hypot(corners[(i + 1) % 4]!.x - corners[i]!.x, corners[(i + 1) % 4]!.y - corners[i]!.y);
  return Math.min(side(0) + side(2), side(1) + side(3)) / 2;
}

/** Whether `p` lies inside the clockwise quad `q`, or within `tolerance` px outside it. */
export function insideQuad(q: readonly Point[], p: Point, tolerance = 0): boolean {
  for (let i = 0; i < 4; i++) {
    const a = q[i]!;
    const b = q[(i + 1) % 4]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / length < -tolerance) return false;
  }
  return true;
}
