import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { fingersOverCorners, isSkin } from '../../src/core/document/fingers.js';
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

describe('fingers over a corner', () => {
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

  it('passes a thumb holding the card by the middle of an edge, and moves with framing.maxFingers', async () => {
    const tip = along(card[3]!, card[2]!, 0.5, centre, -40);
    const held = withFinger(cardPhoto(800, 600, card, 23), { x: tip.x, y: 640 }, tip, 60, TONES.light);
    expect(await cropped(held)).toBeUndefined();
    const photo = nearCorner(TONES.light, 21);
    const reach = (await analyze(photo, meta(photo), { kind: 'document' })).scores.documentFingers!;
    expect(await cropped(photo, { framing: { maxFingers: reach + 0.01 } })).toBeUndefined();
    expect(await cropped(photo, { framing: { maxFingers: reach - 0.01 } })).toBeDefined();
  });

  it('counts only where the edge is missing and the colour differs from the card along that side', () => {
    const photo = nearCorner(TONES.light, 24);
    const finding = locateDocument(photo);
    const field = colourGradient(photo, 800);
    const corners = finding.corners!.map((p) => ({ x: p.x / field.scale - 0.5, y: p.y / field.scale - 0.5 }));
    const reach = fingersOverCorners(field, photo, corners, [false, false, false, false]);
    expect(Math.max(...reach)).toBeGreaterThan(0.08);
    // Without the finger, the card's edge is there all round, though the desk is skin-coloured.
    const bare = cardPhoto(800, 600, card, 24);
    expect(isSkin(120, 80, 50)).toBe(true);
    expect(
      Math.max(...fingersOverCorners(colourGradient(bare, 800), bare, corners, [false, false, false, false])),
    ).toBe(0);
    // A side along the frame border is the frame's cut: nothing there.
    const borderSides = [true, true, true, true];
    expect(fingersOverCorners(field, photo, corners, borderSides)).toEqual([0, 0, 0, 0]);
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
