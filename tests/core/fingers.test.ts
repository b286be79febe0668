import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { fingersOverEdges, isSkin } from '../../src/core/document/fingers.js';
import { colourGradient } from '../../src/core/document/gradient.js';
import { cornerOverrun, sidesOverrun } from '../../src/core/document/corners.js';
import { locateDocument } from '../../src/core/document/locate.js';
import { framingCheck } from '../../src/core/checks/framing.js';
import { resolveOptions, type OptionsInput } from '../../src/core/options.js';
import type { FrameSide, Point, Raster } from '../../src/core/types.js';
import { along, cardPhoto, TONES, turnedCard, withFinger } from './card-photos.js';

/** An 800 x 600 analysis frame of an 800 x 600 photo. */
const FRAME = { width: 800, height: 600, scale: 1 };

const meta = (raster: Raster) => ({ width: raster.width * 2, height: raster.height * 2, format: 'jpeg' });
const cropped = async (raster: Raster, options: OptionsInput = {}) =>
  (await analyze(raster, meta(raster), { kind: 'document', options })).issues.find((issue) => issue.code === 'cropped');

describe('fingers over a corner or an edge', () => {
  const card = turnedCard(420, 300, 400, 252, 5);
  const centre = { x: 420, y: 300 };
  // card[3] is the bottom-left corner, card[2] the bottom-right: a finger reaching up from below
  // over the bottom edge, a fifth of the way from the bottom-left corner.
  const nearCorner = (tone: number[], seed: number) => {
    const tip = along(card[3]!, card[2]!, 0.2, centre, -40);
    return withFinger(cardPhoto(800, 600, card, seed), { x: tip.x - 30, y: 640 }, tip, 60, tone);
  };

  it('tells skin from paper, print and a gray desk', () => {
    expect(isSkin(...(TONES.light as [number, number, number]))).toBe(true);
    expect(isSkin(...(TONES.dark as [number, number, number]))).toBe(true);
    expect(isSkin(225, 228, 235)).toBe(false); // the card
    expect(isSkin(40, 40, 40)).toBe(false); // print
    expect(isSkin(128, 128, 128)).toBe(false);
  });

  it('flags a finger along an edge near a corner, in light and dark skin, and names the corner', async () => {
    for (const [tone, seed] of [
      [TONES.light, 21],
      [TONES.dark, 22],
    ] as const) {
      const issue = await cropped(nearCorner(tone, seed));
      expect(issue).toMatchObject({ severity: 'warn', detail: 'its bottom-left corner is covered' });
      expect(issue!.score).toBeGreaterThan(issue!.threshold);
    }
  });

  // A thumb from below on the middle of the bottom edge, its rounded end `onto` px past the edge
  // (the card's shorter side is 252 px; the thumb is 60 px across).
  const thumbOnMiddle = (onto: number, seed: number) => {
    const tip = along(card[3]!, card[2]!, 0.5, centre, 30 - onto);
    return withFinger(cardPhoto(800, 600, card, seed), { x: tip.x, y: 640 }, tip, 60, TONES.light);
  };

  it('flags a thumb over the middle of an edge reaching onto the card, and names the edge', async () => {
    // 70 px onto the card: past its rim, over the print.
    const issue = await cropped(thumbOnMiddle(70, 23));
    expect(issue).toMatchObject({
      severity: 'warn',
      detail: 'fingers cover its bottom edge',
      facts: { coveredEdges: ['bottom'] },
    });
    expect(issue!.score).toBeGreaterThan(issue!.threshold);
    const tip = along(card[3]!, card[2]!, 0.5, centre, -40);
    const region = issue!.region!;
    // The region is in original pixels: twice the analysis frame's.
    expect(2 * tip.x).toBeGreaterThan(region.x);
    expect(2 * tip.x).toBeLessThan(region.x + region.width);
  });

  it('passes a thumb resting on the rim of an edge, and moves with framing.maxFingers', async () => {
    // 6 px (2.4 % of the card's height) onto the card: on its blank rim.
    expect(await cropped(thumbOnMiddle(6, 25))).toBeUndefined();
    const photo = nearCorner(TONES.light, 21);
    const reach = (await analyze(photo, meta(photo), { kind: 'document' })).scores.documentFingers!;
    expect(await cropped(photo, { framing: { maxFingers: reach + 0.01 } })).toBeUndefined();
    expect(await cropped(photo, { framing: { maxFingers: reach - 0.01 } })).toBeDefined();
  });

  it('counts only where the edge is missing and the colour differs from the card along that side', () => {
    const reachOf = (photo: Raster) => {
      const finding = locateDocument(photo);
      const field = colourGradient(photo, 800);
      const corners = finding.corners!.map((p) => ({ x: p.x / field.scale - 0.5, y: p.y / field.scale - 0.5 }));
      return { field, corners, reach: fingersOverEdges(field, photo, corners, [false, false, false, false]) };
    };
    const photo = nearCorner(TONES.light, 24);
    const { field, corners, reach } = reachOf(photo);
    expect(Math.max(...reach.corners)).toBeGreaterThan(0.08);
    // Near a corner, the stretch counts for the corner, not for the middle of its side.
    expect(Math.max(...reach.sides.map((side) => side.reach))).toBe(0);
    // Over the middle of a side, for that side alone.
    const middle = reachOf(thumbOnMiddle(70, 26)).reach;
    expect(Math.max(...middle.corners)).toBe(0);
    const covered = middle.sides.filter((side) => side.reach > 0);
    expect(covered).toHaveLength(1);
    expect(covered[0]!.reach).toBeGreaterThan(0.08);
    expect(covered[0]!.start).toBeGreaterThan(0.2);
    expect(covered[0]!.end).toBeLessThan(0.8);
    // Without the finger, the card's edge is there all round, though the desk is skin-coloured.
    const bare = cardPhoto(800, 600, card, 24);
    expect(isSkin(120, 80, 50)).toBe(true);
    const bareReach = fingersOverEdges(colourGradient(bare, 800), bare, corners, [false, false, false, false]);
    expect(Math.max(...bareReach.corners, ...bareReach.sides.map((side) => side.reach))).toBe(0);
    // A side along the frame border is the frame's cut: nothing there.
    const borderSides = [true, true, true, true];
    expect(fingersOverEdges(field, photo, corners, borderSides).corners).toEqual([0, 0, 0, 0]);
  });
});

describe('a corner just past the frame', () => {
  // An 800 x 600 frame; a card turned by 8 degrees whose top-right corner is `past` px beyond the right edge.
  const cardPast = (past: number) => turnedCard(800 + past - 215.6, 300, 400, 252, 8);

  it('measures how far the rounded tips reach past each side of the frame', () => {
    const overrun = cornerOverrun(cardPast(8), 800, 600);
    // 8 px past at the corner, the rounded tip 1.2 px short of it: 0.85 % of 800.
    expect(overrun.right).toBeCloseTo(0.0085, 3);
    expect(overrun.left).toBeLessThan(-0.3);
    expect(sidesOverrun(overrun, 0.004)).toEqual(['right']);
    expect(sidesOverrun(cornerOverrun(cardPast(-8), 800, 600), 0.004)).toEqual([]);
  });

  it('warns on a tip just past the frame (maxOverrun), and leaves a cut by the frame to fail', () => {
    const judge = (past: number, cutSides: FrameSide[], framing: OptionsInput['framing'] = {}) => {
      const corners = cardPast(past) as [Point, Point, Point, Point];
      const evidence = {
        corners,
        cutSides,
        hiddenEdges: [0, 0, 0, 0],
        fingers: [0, 0, 0, 0],
        fingersOnSides: [],
        overrun: cornerOverrun(corners, 800, 600),
      };
      const context = { kind: 'document' as const, options: resolveOptions({ framing }), frame: FRAME };
      return framingCheck.judge({ scores: { documentFillsFrame: 0, documentShare: 0.2 }, evidence }, context).issues;
    };
    expect(judge(-8, [])).toEqual([]);
    const [near] = judge(8, []);
    expect(near).toMatchObject({
      code: 'cropped',
      severity: 'warn',
      threshold: 0.004,
      detail: 'a corner reaches just past the right edge of the frame',
      facts: { cutSides: ['right'] },
    });
    expect(judge(8, [], { maxOverrun: 0.01 })).toEqual([]);
    expect(judge(20, ['right'])).toMatchObject([{ severity: 'fail', detail: 'runs past the right edge of the frame' }]);
  });
});
