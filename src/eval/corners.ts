import type { Point } from '../core/types.js';

/**
 * Mean distance between found and true corners, over the true quad's mean diagonal, for the best
 * matching of the two corner lists (any starting corner, either direction).
 */
export function cornerError(found: readonly Point[], truth: readonly Point[]): number {
  if (found.length !== 4 || truth.length !== 4) throw new RangeError('cornerError needs 4 corners each');
  const diagonal = (distance(truth[0]!, truth[2]!) + distance(truth[1]!, truth[3]!)) / 2;
  let best = Infinity;
  for (const order of [found, [...found].reverse()]) {
    for (let shift = 0; shift < 4; shift++) {
      let sum = 0;
      for (let i = 0; i < 4; i++) sum += distance(order[(i + shift) % 4]!, truth[i]!);
      best = Math.min(best, sum / 4);
    }
  }
  return best / diagonal;
}

/** `x1 y1 … x4 y4` as points. */
export function toPoints(flat: readonly number[]): Point[] {
  return [0, 2, 4, 6].map((i) => ({ x: flat[i]!, y: flat[i + 1]! }));
}

/** Whether every corner lies inside a `width` × `height` image. */
export function allInside(points: readonly Point[], width: number, height: number): boolean {
  return points.every((p) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
