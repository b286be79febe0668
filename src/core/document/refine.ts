import type { Point } from '../types.js';
import type { GradientField } from './gradient.js';
import { intersect, type Line } from './lines.js';

/** How far (working pixels) either side of a quad side its edge is looked for. */
const SEARCH = 3;

/**
 * The line through the edge under the segment `a`→`b`, to sub-pixel precision: at every pixel of
 * the segment's middle 80 %, the strongest gradient across it within ±{@link SEARCH} px (aligned
 * with its normal), its position refined by a parabola through the neighbours, then a total
 * least-squares line through those points. Returns `line` unchanged when fewer than 8 points are found.
 */
export function refineSide(field: GradientField, line: Line, a: Point, b: Point, edgeThreshold: number): Line {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const nx = Math.cos(line.theta);
  const ny = Math.sin(line.theta);
  const xs: number[] = [];
  const ys: number[] = [];
  const strength = (px: number, py: number): number => {
    const x = Math.round(px);
    const y = Math.round(py);
    if (x < 1 || y < 1 || x >= field.width - 1 || y >= field.height - 1) return 0;
    const o = y * field.width + x;
    const projection = Math.abs(field.gx[o]! * nx + field.gy[o]! * ny);
    return projection >= 0.9 * field.magnitude[o]! ? projection : 0;
  };
  for (let s = 0.1 * length; s <= 0.9 * length; s += 1) {
    const px = a.x + ((b.x - a.x) * s) / length;
    const py = a.y + ((b.y - a.y) * s) / length;
    let best = 0;
    let bestD = 0;
    for (let d = -SEARCH; d <= SEARCH; d++) {
      const value = strength(px + d * nx, py + d * ny);
      if (value > best) {
        best = value;
        bestD = d;
      }
    }
    if (best < edgeThreshold) continue;
    const before = strength(px + (bestD - 1) * nx, py + (bestD - 1) * ny);
    const after = strength(px + (bestD + 1) * nx, py + (bestD + 1) * ny);
    const curvature = before - 2 * best + after;
    const offset = curvature < 0 ? Math.max(-0.5, Math.min(0.5, (0.5 * (before - after)) / curvature)) : 0;
    xs.push(px + (bestD + offset) * nx);
    ys.push(py + (bestD + offset) * ny);
  }
  if (xs.length < 8) return line;
  const mx = xs.reduce((sum, v) => sum + v, 0) / xs.length;
  const my = ys.reduce((sum, v) => sum + v, 0) / ys.length;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  // The normal is the direction of least spread.
  let theta = 0.5 * Math.atan2(2 * sxy, sxx - syy) + Math.PI / 2;
  theta = ((theta % Math.PI) + Math.PI) % Math.PI;
  return { ...line, theta, rho: mx * Math.cos(theta) + my * Math.sin(theta) };
}

/** The quad's corners again, from its sides refined by {@link refineSide} (frame-border sides kept). */
export function refineQuad(
  field: GradientField,
  corners: readonly Point[],
  sides: readonly Line[],
  edgeThreshold: number,
): Point[] {
  const refined = sides.map((side, i) =>
    side.border ? side : refineSide(field, side, corners[i]!, corners[(i + 1) % 4]!, edgeThreshold),
  );
  return corners.map((corner, i) => intersect(refined[(i + 3) % 4]!, refined[i]!) ?? corner);
}
