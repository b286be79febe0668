import type { Point, Raster } from '../../src/core/types.js';
import { makeRaster, seededRandom } from '../helpers.js';

// Synthetic photos of a card on a desk, for the localisation and framing tests.

/** Whether `p` is inside the convex quad `q` (clockwise in image coordinates). */
export function inside(q: readonly Point[], p: Point): boolean {
  for (let i = 0; i < 4; i++) {
    const a = q[i]!;
    const b = q[(i + 1) % 4]!;
    if ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) < 0) return false;
  }
  return true;
}

/** A card-coloured quad (with some print on it) on a darker, blotchy, noisy desk. */
export function cardPhoto(width: number, height: number, card: Point[], seed = 1, print = true): Raster {
  const random = seededRandom(seed);
  return makeRaster(width, height, (x, y) => {
    const noise = (random() - 0.5) * 16;
    if (card.length === 4 && inside(card, { x: x + 0.5, y: y + 0.5 })) {
      const ink = print && (Math.floor(x / 9) + Math.floor(y / 13)) % 7 === 0 ? -60 : 0;
      return [225 + ink + noise, 228 + ink + noise, 235 + ink + noise];
    }
    const grain = 20 * Math.sin(x / 23) * Math.sin(y / 31);
    return [120 + grain + noise, 80 + grain + noise, 50 + noise];
  });
}

/** The corners of a `w` × `h` card centred at (cx, cy), turned by `degrees`, clockwise. */
export function turnedCard(cx: number, cy: number, w: number, h: number, degrees: number): Point[] {
  const a = (degrees * Math.PI) / 180;
  return [
    [-w / 2, -h / 2],
    [w / 2, -h / 2],
    [w / 2, h / 2],
    [-w / 2, h / 2],
  ].map(([x, y]) => ({ x: cx + x! * Math.cos(a) - y! * Math.sin(a), y: cy + x! * Math.sin(a) + y! * Math.cos(a) }));
}

/** Skin under indoor light, light to dark (as in the generated hands). */
export const TONES = { light: [232, 188, 160], dark: [82, 54, 40] };

/**
 * `raster` with a finger over it: a capsule `width` px across from `base` to `tip` in `tone`,
 * shaded as a cylinder (darker towards its sides).
 */
export function withFinger(raster: Raster, base: Point, tip: Point, width: number, tone: number[]): Raster {
  const length = Math.hypot(tip.x - base.x, tip.y - base.y);
  const [ux, uy] = [(tip.x - base.x) / length, (tip.y - base.y) / length];
  return makeRaster(raster.width, raster.height, (x, y) => {
    const along = Math.max(0, Math.min(length, (x - base.x) * ux + (y - base.y) * uy));
    const across = Math.hypot(x - base.x - along * ux, y - base.y - along * uy) / (width / 2);
    const i = (y * raster.width + x) * 4;
    if (across > 1) return [raster.data[i]!, raster.data[i + 1]!, raster.data[i + 2]!];
    const shade = 0.72 + 0.28 * Math.sqrt(1 - across * across);
    return tone.map((level) => level * shade);
  });
}

/** The point `share` of the way from `a` to `b`, moved `out` px away from the card's centre `c`. */
export function along(a: Point, b: Point, share: number, c: Point, out = 0): Point {
  const p = { x: a.x + share * (b.x - a.x), y: a.y + share * (b.y - a.y) };
  const d = Math.hypot(p.x - c.x, p.y - c.y);
  return { x: p.x + (out * (p.x - c.x)) / d, y: p.y + (out * (p.y - c.y)) / d };
}
