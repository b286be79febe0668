import { describe, expect, it } from 'vitest';
import { locateDocument } from '../../src/core/document/locate.js';
import type { Point, Raster } from '../../src/core/types.js';
import { makeRaster } from '../helpers.js';
import { along, cardPhoto, inside, TONES, turnedCard, withFinger } from './card-photos.js';

/** Corners of the part of `card` between shares `u0`-`u1` of its length and `v0`-`v1` of its height. */
function part(card: readonly Point[], u0: number, u1: number, v0: number, v1: number): Point[] {
  const at = (u: number, v: number): Point => {
    const top = along(card[0]!, card[1]!, u, card[0]!);
    const bottom = along(card[3]!, card[2]!, u, card[3]!);
    return { x: top.x + v * (bottom.x - top.x), y: top.y + v * (bottom.y - top.y) };
  };
  return [at(u0, v0), at(u1, v0), at(u1, v1), at(u0, v1)];
}

/** `raster` with the convex quad `q` filled with `colour` (plus a little noise). */
function withPanel(raster: Raster, q: readonly Point[], colour: readonly number[]): Raster {
  return makeRaster(raster.width, raster.height, (x, y) => {
    if (inside(q, { x: x + 0.5, y: y + 0.5 })) return colour.map((level) => level + ((x * 7 + y * 13) % 5) - 2);
    const i = (y * raster.width + x) * 4;
    return [raster.data[i]!, raster.data[i + 1]!, raster.data[i + 2]!];
  });
}

/** Largest distance from a found corner to the nearest true one, over the true outline's √area. */
function cornerError(found: readonly Point[], truth: readonly Point[], side: number): number {
  return Math.max(...found.map((p) => Math.min(...truth.map((t) => Math.hypot(p.x - t.x, p.y - t.y))))) / side;
}

describe('a card held by a thumb over the middle of its edge', () => {
  // An ID-1 card (1.586) whose text panel (the right two thirds, 1.37 long over high) is a
  // different colour with crisp edges, as on many ID cards: the panel's sides are cleaner than
  // the card's own once a thumb (70 px across) hides a quarter of the card's left edge.
  const card = turnedCard(400, 300, 460, 290, 3);
  const panel = part(card, 0.34, 0.98, 0.2, 0.94);
  const centre = { x: 400, y: 300 };
  const photo = (thumb: boolean): Raster => {
    const base = withPanel(cardPhoto(800, 600, card, 31), panel, [236, 196, 206]);
    if (!thumb) return base;
    const tip = along(card[0]!, card[3]!, 0.5, centre, -50);
    return withFinger(base, { x: -40, y: tip.y + 10 }, tip, 70, TONES.dark);
  };
  const side = Math.sqrt(460 * 290);

  it('finds the whole card, not its panel, with and without the thumb', () => {
    for (const thumb of [false, true]) {
      const { corners } = locateDocument(photo(thumb));
      expect(corners, `thumb ${thumb}`).not.toBeNull();
      expect(cornerError(corners!, card, side), `thumb ${thumb}`).toBeLessThan(0.03);
    }
  });
});

describe('a card whose side lies under a hand', () => {
  // An ID-1 card with a dark, crisp portrait block over its left half: once two fingers from the
  // right hide 40 % of the card's right edge (its support 0.54), the quad from the card's left edge
  // to the block's right one (1.21 high over long: no document's shape) scores best. The card's
  // top and bottom edges run on past it, and with its right edge make a card.
  const card = turnedCard(400, 300, 460, 290, 3);
  const block = part(card, 0.04, 0.52, 0.1, 0.9);
  const centre = { x: 400, y: 300 };
  const photo = (): Raster => {
    let raster = withPanel(cardPhoto(800, 600, card, 41), block, [70, 80, 110]);
    for (const v of [0.35, 0.65]) {
      const tip = along(card[1]!, card[2]!, v, centre, -25);
      raster = withFinger(raster, { x: 840, y: tip.y }, tip, 58, TONES.light);
    }
    return raster;
  };

  it('completes the card from the block with its three edges that run on and its fourth', () => {
    const finding = locateDocument(photo());
    expect(finding.corners).not.toBeNull();
    expect(cornerError(finding.corners!, card, Math.sqrt(460 * 290))).toBeLessThan(0.03);
    expect(Math.max(...finding.fingersOnSides.map((side) => side.reach))).toBeGreaterThan(0.08);
  });
});
