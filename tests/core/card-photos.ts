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
