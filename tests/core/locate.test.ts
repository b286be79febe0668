import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { borderLines, findLines, intersect } from '../../src/core/document/lines.js';
import { hiddenCornerEdges } from '../../src/core/document/corners.js';
import { colourGradient } from '../../src/core/document/gradient.js';
import { clearCutOverFrameFiller } from '../../src/core/document/choose.js';
import { FINDING_LIMITS, locateDocument } from '../../src/core/document/locate.js';
import { polygonArea, sideSupport, type QuadCandidate } from '../../src/core/document/quad.js';
import type { Point, Raster } from '../../src/core/types.js';
import { cornerError } from '../../src/eval/corners.js';
import { makeRaster, seededRandom } from '../helpers.js';
import { cardPhoto, inside, turnedCard } from './card-photos.js';

describe('line geometry', () => {
  it('intersects lines and knows the frame borders', () => {
    const [top, right, , left] = borderLines(100, 80);
    expect(intersect(top!, right!)).toEqual({ x: 99, y: expect.closeTo(0, 9) });
    expect(intersect(top!, left!)).toEqual({ x: expect.closeTo(0, 9), y: expect.closeTo(0, 9) });
    expect(intersect(left!, { theta: 0, rho: 50, votes: 0 })).toBeNull();
    expect(
      polygonArea([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 5 },
        { x: 0, y: 5 },
      ]),
    ).toBe(50);
  });

  it('finds the straight edges of a card and measures edge support under a side', () => {
    const card = turnedCard(300, 200, 320, 200, 12);
    const field = colourGradient(cardPhoto(600, 400, card, 1, false), 600);
    const lines = findLines(field, 20, 40, 30);
    expect(lines.length).toBeGreaterThanOrEqual(4);
    // The card's edges have normals at 12° and 102°.
    const onCard = lines.filter((line) => Math.abs((((line.theta * 180) / Math.PI) % 90) - 12) <= 2);
    expect(onCard.length).toBeGreaterThanOrEqual(4);
    expect(sideSupport(field, card[0]!, card[1]!, 20)).toBeGreaterThan(0.9);
    expect(sideSupport(field, { x: 50, y: 380 }, { x: 550, y: 390 }, 20)).toBeLessThan(0.3);
  });

  it('leaves room for a card among many parallel edges (keyboard rows, ruled paper)', () => {
    const card = turnedCard(300, 200, 300, 190, 20);
    const rows = makeRaster(600, 400, (x, y) => {
      if (inside(card, { x: x + 0.5, y: y + 0.5 })) return [200, 200, 205];
      return Math.floor(y / 8) % 2 === 0 ? [40, 40, 40] : [230, 230, 230];
    });
    const lines = findLines(colourGradient(rows, 600), 20, 40, 30);
    const degrees = lines.map((line) => (line.theta * 180) / Math.PI);
    expect(degrees.filter((angle) => Math.abs(angle - 90) <= 3).length).toBeLessThanOrEqual(12);
    // The card's edges have normals at 20° and 110°.
    expect(degrees.filter((angle) => Math.abs(angle - 20) <= 2).length).toBeGreaterThanOrEqual(2);
    expect(degrees.filter((angle) => Math.abs(angle - 110) <= 2).length).toBeGreaterThanOrEqual(2);
  });
});

describe('locateDocument', () => {
  it('finds a turned card on a desk within 1 % of its diagonal', () => {
    for (const [degrees, seed] of [
      [0, 1],
      [9, 2],
      [-23, 3],
      [41, 4],
    ] as const) {
      const card = turnedCard(420, 300, 400, 252, degrees);
      const finding = locateDocument(cardPhoto(800, 600, card, seed));
      expect(finding.corners, `${degrees}°`).not.toBeNull();
      expect(cornerError(finding.corners!, card), `${degrees}°`).toBeLessThan(0.01);
      expect(finding.cutSides).toEqual([]);
      expect(finding.fillsFrame).toBe(false);
    }
  });

  it('finds a card seen in perspective', () => {
    const card = [
      { x: 230, y: 150 },
      { x: 590, y: 170 },
      { x: 640, y: 470 },
      { x: 170, y: 440 },
    ];
    const finding = locateDocument(cardPhoto(800, 600, card, 5));
    expect(cornerError(finding.corners!, card)).toBeLessThan(0.01);
  });

  it('says which side of the frame a card runs past', () => {
    const card = turnedCard(700, 300, 400, 252, 5); // right part outside an 800 px frame
    const finding = locateDocument(cardPhoto(800, 600, card, 6));
    expect(finding.cutSides).toEqual(['right']);
  });

  it('takes a cut card, not the small portrait printed on it, for the document', () => {
    const card = turnedCard(700, 300, 400, 252, 3);
    const portrait = turnedCard(590, 300, 100, 130, 3);
    const photo = cardPhoto(800, 600, card, 7, false);
    const random = seededRandom(8);
    for (let y = 0; y < 600; y++) {
      for (let x = 0; x < 800; x++) {
        if (!inside(portrait, { x: x + 0.5, y: y + 0.5 })) continue;
        const v = 60 + (random() - 0.5) * 10;
        photo.data.set([v, v * 0.8, v * 0.7], (y * 800 + x) * 4);
      }
    }
    const finding = locateDocument(photo);
    expect(finding.cutSides).toEqual(['right']);
    expect(finding.areaShare).toBeGreaterThan(0.1);
  });

  it('prefers a clearly edged cut card to a frame-filling outline with a weak side (a keyboard around it)', () => {
    const line = { theta: 0, rho: 0, votes: 0 };
    const border = { ...line, border: 'right' as const };
    const quad = (corners: Point[], support: number[], borderSide: number): QuadCandidate => ({
      corners: corners as QuadCandidate['corners'],
      sides: [0, 1, 2, 3].map((i) => (i === borderSide ? border : line)) as QuadCandidate['sides'],
      support: support as QuadCandidate['support'],
      score: 0,
    });
    // A 288 × 512 frame: the keyboard's outline covers 82 % of it, one side at 0.4 support.
    const keyboard = quad(
      [
        { x: 76, y: 30 },
        { x: 287, y: 12 },
        { x: 287, y: 480 },
        { x: -16, y: 507 },
      ],
      [1, Number.NaN, 1, 0.4],
      1,
    );
    const card = quad(
      [
        { x: 17, y: 314 },
        { x: 53, y: 158 },
        { x: 287, y: 199 },
        { x: 287, y: 362 },
      ],
      [1, 1, Number.NaN, 1],
      2,
    );
    const frameArea = 288 * 512;
    expect(clearCutOverFrameFiller(keyboard, [keyboard, card], frameArea, FINDING_LIMITS)).toBe(card);
    // Without a clear cut card, or when the large outline's own sides are all clear, it stays.
    expect(clearCutOverFrameFiller(keyboard, [keyboard], frameArea, FINDING_LIMITS)).toBe(keyboard);
    const clearKeyboard = { ...keyboard, support: [1, Number.NaN, 1, 0.9] as QuadCandidate['support'] };
    expect(clearCutOverFrameFiller(clearKeyboard, [clearKeyboard, card], frameArea, FINDING_LIMITS)).toBe(
      clearKeyboard,
    );
    // A strip along the border, or a cut quad outside the large outline, is not the document.
    const strip = quad(
      [
        { x: 260, y: 100 },
        { x: 287, y: 100 },
        { x: 287, y: 400 },
        { x: 260, y: 400 },
      ],
      [1, Number.NaN, 1, 1],
      1,
    );
    expect(clearCutOverFrameFiller(keyboard, [keyboard, strip], frameArea, FINDING_LIMITS)).toBe(keyboard);
    const below = quad(
      card.corners.map((p) => ({ x: p.x, y: p.y + 200 })),
      [1, 1, Number.NaN, 1],
      2,
    );
    expect(clearCutOverFrameFiller(keyboard, [keyboard, below], frameArea, FINDING_LIMITS)).toBe(keyboard);
    // A card-sized best outline is not a frame filler.
    expect(clearCutOverFrameFiller(card, [card, keyboard], frameArea, FINDING_LIMITS)).toBe(card);
  });

  it('takes a document that fills a document-shaped frame as a scan, and finds nothing on a plain desk', () => {
    const scan = cardPhoto(634, 400, [
      { x: -5, y: -5 },
      { x: 640, y: -5 },
      { x: 640, y: 405 },
      { x: -5, y: 405 },
    ]);
    expect(locateDocument(scan)).toMatchObject({ fillsFrame: true, cutSides: [] });
    const desk = cardPhoto(800, 600, []);
    expect(locateDocument(desk).corners).toBeNull();
  });
});

describe('framing check', () => {
  const meta = (raster: Raster) => ({ width: raster.width * 2, height: raster.height * 2, format: 'jpeg' });
  const codes = async (raster: Raster) =>
    (await analyze(raster, meta(raster), { kind: 'document' })).issues.map((issue) => issue.code);

  it('passes a whole card, flags a cut, a far and a missing one, and reports the corners in original pixels', async () => {
    const card = turnedCard(420, 300, 400, 252, 7);
    const whole = cardPhoto(800, 600, card, 7);
    const report = await analyze(whole, meta(whole), { kind: 'document' });
    expect(report.issues.map((issue) => issue.code)).not.toContain('cropped');
    expect(
      cornerError(
        report.document!.corners!,
        card.map((p) => ({ x: p.x * 2, y: p.y * 2 })),
      ),
    ).toBeLessThan(0.01);
    expect(await codes(cardPhoto(800, 600, turnedCard(720, 300, 400, 252, 4), 8))).toContain('cropped');
    expect(await codes(cardPhoto(800, 600, turnedCard(400, 300, 210, 132, 10), 9))).toContain('too_far');
    expect(await codes(cardPhoto(800, 600, [], 10))).toContain('document_not_found');
  });

  /** `raster` with a softly shaded, skin-coloured ellipse (a thumb) centred at (cx, cy) over it. */
  function withThumb(raster: Raster, cx: number, cy: number, rx: number, ry: number, degrees: number): Raster {
    const a = (degrees * Math.PI) / 180;
    return makeRaster(raster.width, raster.height, (x, y) => {
      const u = (Math.cos(a) * (x - cx) + Math.sin(a) * (y - cy)) / rx;
      const v = (-Math.sin(a) * (x - cx) + Math.cos(a) * (y - cy)) / ry;
      const d = u * u + v * v;
      const i = (y * raster.width + x) * 4;
      const under = [raster.data[i]!, raster.data[i + 1]!, raster.data[i + 2]!];
      if (d > 1) return under;
      const shade = 1 - 0.25 * d;
      return [214 * shade, 160 * shade, 132 * shade];
    });
  }

  it('flags a thumb over a corner, and names and boxes that corner', async () => {
    const card = turnedCard(420, 300, 400, 252, 7);
    const corner = card[3]!; // bottom-left
    const photo = withThumb(cardPhoto(800, 600, card, 11), corner.x + 10, corner.y - 5, 70, 45, -35);
    const report = await analyze(photo, meta(photo), { kind: 'document' });
    const cropped = report.issues.find((issue) => issue.code === 'cropped');
    expect(cropped?.detail).toBe('its bottom-left corner is covered');
    // Inferred from missing edges, a covered corner only warns; a cut by the frame fails.
    expect(cropped?.severity).toBe('warn');
    expect(cropped!.score).toBeGreaterThan(cropped!.threshold);
    const box = cropped!.region!;
    // The region is around the covered corner, in original pixels (twice the raster's).
    expect(box.x).toBeLessThan(2 * corner.x);
    expect(box.x + box.width).toBeGreaterThan(2 * corner.x);
    expect(box.y).toBeLessThan(2 * corner.y);
    expect(box.y + box.height).toBeGreaterThan(2 * corner.y);
    expect(box.width).toBeLessThan(0.5 * 2 * 400);
  });

  it('passes a card held by a thumb on the rim of an edge, and a dim card with faint edges', async () => {
    const card = turnedCard(420, 300, 400, 252, 7);
    const middle = { x: (card[2]!.x + card[3]!.x) / 2, y: (card[2]!.y + card[3]!.y) / 2 };
    // The thumb reaches 69 px up from its centre: 60 px onto the card (over its print) is covered,
    // 6 px (its blank rim) is how a card is held (see fingers.test.ts).
    const onPrint = withThumb(cardPhoto(800, 600, card, 12), middle.x, middle.y + 9, 70, 45, 80);
    expect(await codes(onPrint)).toContain('cropped');
    const held = withThumb(cardPhoto(800, 600, card, 12), middle.x, middle.y + 63, 70, 45, 80);
    expect(await codes(held)).not.toContain('cropped');
    expect(await codes(held)).not.toContain('document_not_found');
    const random = seededRandom(13);
    const dim = makeRaster(800, 600, (x, y) => {
      const noise = (random() - 0.5) * 4;
      const level = inside(card, { x: x + 0.5, y: y + 0.5 }) ? 42 : 28;
      return [level + noise, level + noise, level + 4 + noise];
    });
    const finding = locateDocument(dim);
    expect(finding.corners).not.toBeNull();
    expect(finding.hiddenEdges).toHaveLength(4);
    expect(Math.max(...finding.hiddenEdges)).toBeLessThan(0.05);
    expect(await codes(dim)).not.toContain('cropped');
  });

  it('measures a covered corner only inside the frame and off the frame border', () => {
    const card = turnedCard(300, 200, 320, 200, 5);
    const field = colourGradient(cardPhoto(600, 400, card, 14, false), 600);
    expect(Math.max(...hiddenCornerEdges(field, card, [false, false, false, false]))).toBeLessThan(0.05);
    const thumbed = colourGradient(
      withThumb(cardPhoto(600, 400, card, 14, false), card[1]!.x, card[1]!.y, 60, 40, 30),
      600,
    );
    expect(hiddenCornerEdges(thumbed, card, [false, false, false, false])[1]).toBeGreaterThan(0.15);
    // A side along the frame border, or a corner outside the frame, is the frame's cut: 0 here.
    expect(hiddenCornerEdges(thumbed, card, [true, false, false, false])[1]).toBe(0);
    const outside = card.map((p, i) => (i === 1 ? { x: 620, y: p.y } : p));
    expect(hiddenCornerEdges(thumbed, outside, [false, false, false, false])[1]).toBe(0);
    const broken = card.map((p, i) => (i === 2 ? { x: Number.NaN, y: p.y } : p));
    expect(hiddenCornerEdges(thumbed, broken, [false, false, false, false])).toEqual([0, 0, 0, 0]);
  });

  it('names a covered corner by direction on a card turned so far that two corners share a quadrant', async () => {
    const card = turnedCard(400, 300, 360, 227, 40);
    const top = card.reduce((a, b) => (b.y < a.y ? b : a));
    const photo = withThumb(cardPhoto(800, 600, card, 17), top.x, top.y + 5, 60, 40, 0);
    const cropped = (await analyze(photo, meta(photo), { kind: 'document' })).issues.find(
      (issue) => issue.code === 'cropped',
    );
    expect(cropped?.detail).toBe('its top corner is covered');
  });

  it('flags a covered corner by framing.maxHiddenEdge, and a cut and a covered corner together', async () => {
    const card = turnedCard(420, 300, 400, 252, 7);
    const corner = card[3]!;
    const photo = withThumb(cardPhoto(800, 600, card, 11), corner.x + 10, corner.y - 5, 70, 45, -35);
    const hidden = (await analyze(photo, meta(photo), { kind: 'document' })).scores.documentHiddenEdge!;
    const flagged = async (maxHiddenEdge: number) =>
      // (Fingers are judged apart: framing.maxFingers, in fingers.test.ts.)
      (
        await analyze(photo, meta(photo), { kind: 'document', options: { framing: { maxHiddenEdge, maxFingers: 1 } } })
      ).issues.some((issue) => issue.code === 'cropped');
    expect(await flagged(hidden - 0.01)).toBe(true);
    expect(await flagged(hidden + 0.01)).toBe(false);
    // Running past the right edge with a thumb over the bottom-left corner: both are said; the
    // frame's cut gives the score and the region (the document's box).
    const cut = turnedCard(620, 300, 400, 252, 4);
    const both = withThumb(cardPhoto(800, 600, cut, 15), cut[3]!.x + 10, cut[3]!.y - 5, 70, 45, -35);
    const issue = (await analyze(both, meta(both), { kind: 'document' })).issues.find((i) => i.code === 'cropped');
    expect(issue?.detail).toBe('runs past the right edge of the frame; its bottom-left corner is covered');
    expect(issue?.threshold).toBe(0);
    expect(issue?.severity).toBe('fail');
    expect(issue!.region!.x + issue!.region!.width).toBeGreaterThan(1590);
    expect(issue!.region!.x).toBeLessThan(2 * cut[3]!.x);
  });

  it('takes a turned card whose rounded corners are all in the frame as whole', async () => {
    /** An ID-1 card (corner radius 6 % of its short side) turned by `degrees`, its lowest point `gap` px above the frame's bottom. */
    const roundedCard = (degrees: number, gap: number): Raster => {
      const [w, h] = [460, 290];
      const r = 0.06 * h;
      const a = (degrees * Math.PI) / 180;
      const inner = turnedCard(0, 0, w - 2 * r, h - 2 * r, degrees);
      const cy = 600 - gap - r - Math.max(...inner.map((p) => p.y));
      const random = seededRandom(16 + degrees);
      return makeRaster(800, 600, (x, y) => {
        const noise = (random() - 0.5) * 16;
        const dx = x + 0.5 - 400;
        const dy = y + 0.5 - cy;
        const u = Math.abs(dx * Math.cos(a) + dy * Math.sin(a));
        const v = Math.abs(-dx * Math.sin(a) + dy * Math.cos(a));
        const ou = Math.max(0, u - (w / 2 - r));
        const ov = Math.max(0, v - (h / 2 - r));
        if (u <= w / 2 && v <= h / 2 && ou * ou + ov * ov <= r * r) return [225 + noise, 228 + noise, 235 + noise];
        const grain = 20 * Math.sin(x / 23) * Math.sin(y / 31);
        return [120 + grain + noise, 80 + grain + noise, 50 + noise];
      });
    };
    for (const degrees of [30, 45]) {
      const whole = roundedCard(degrees, 3);
      const finding = locateDocument(whole);
      // The outline's corner, where the straight sides meet, lies outside the frame ...
      expect(Math.max(...finding.corners!.map((p) => p.y))).toBeGreaterThan(600);
      // ... but the card's rounded tip does not.
      expect(await codes(whole)).not.toContain('cropped');
      expect(await codes(roundedCard(degrees, -30))).toContain('cropped');
    }
  });
});
