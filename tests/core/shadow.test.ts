import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { shadowCheck } from '../../src/core/checks/shadow.js';
import { resolveOptions, type OptionsInput } from '../../src/core/options.js';
import { makeRaster, seededRandom, stubFaceDetector } from '../helpers.js';

const [W, H] = [1000, 700];
const meta = { width: W, height: H, format: 'jpeg' };

/**
 * A printed page filling the frame (so the whole frame is measured): warm white paper with rows
 * of dark print, sensor noise, and the light at each pixel given by `light(x, y)` (1 = full).
 */
function page(light: (x: number, y: number) => number, paint?: (x: number, y: number) => number[] | undefined) {
  const random = seededRandom(7);
  return makeRaster(W, H, (x, y) => {
    const noise = (random() - 0.5) * 6;
    const print = y % 36 < 7 && x > 60 && x < 940 && (x >> 3) % 9 !== 0;
    const base = paint?.(x, y) ?? (print ? [45, 42, 40] : [236, 230, 218]);
    const f = light(x, y);
    return base.map((v) => v * f + noise);
  });
}

/** The light under a straight-edged cast shadow over x > `edge`, taking `depth` of it, with a penumbra of `soft` px. */
const castShadow = (edge: number, depth: number, soft: number) => (x: number) =>
  1 - depth * Math.min(1, Math.max(0, (x - edge + soft / 2) / soft));

const shadowIssue = async (raster: ReturnType<typeof page>, options: OptionsInput = {}, withPortrait = false) => {
  const faceDetector = withPortrait ? stubFaceDetector([{ box: FACE, score: 0.95, keypoints: [] }]) : undefined;
  const report = await analyze(raster, meta, { kind: 'document', options, faceDetector });
  if (withPortrait) expect(report.faces).toHaveLength(1);
  return report.issues.find((issue) => issue.code === 'shadow');
};

/** The face box of {@link portrait} (as a face detector gives it: brow to chin). */
const FACE = { x: 130, y: 220, width: 110, height: 120 };

/** A portrait photo at the left of the page on a `background`: dark hair, a face and shoulders. */
const portraitOn =
  (background: number[], skin = [196, 150, 122], hair = [70, 52, 44]) =>
  (x: number, y: number): number[] | undefined => {
    if (x < 60 || x > 310 || y < 130 || y > 470) return undefined;
    const [dx, dy] = [(x - 185) / 70, (y - 280) / 90];
    if (dx * dx + dy * dy < 1) return skin;
    if ((x - 185) ** 2 / 95 ** 2 + (y - 290) ** 2 / 130 ** 2 < 1 || y > 400) return hair;
    return background;
  };
const portrait = portraitOn([165, 200, 245]);

describe('shadow', () => {
  it('warns on a cast shadow over part of the page and says where and how dark', async () => {
    const issue = await shadowIssue(page(castShadow(650, 0.45, 30)));
    expect(issue).toMatchObject({ code: 'shadow', severity: 'warn' });
    expect(issue!.facts!.darkening).toBeGreaterThan(0.35);
    expect(issue!.facts!.darkening).toBeLessThan(0.55);
    // The region is the shaded right part of the page.
    expect(issue!.region!.x).toBeGreaterThan(560);
    expect(issue!.region!.x).toBeLessThan(700);
    expect(issue!.region!.x + issue!.region!.width).toBeGreaterThan(950);
  });

  it('flags a soft shadow fading out along its length: a quarter of its border is its edge', async () => {
    // Darkest at the top (a third of the light), a fifth of that at the bottom; its edge rises over a fifth of the page.
    const fading = (x: number, y: number) => 1 - (1 - 0.8 * (y / H)) * (1 - castShadow(650, 0.34, 200)(x));
    expect(await shadowIssue(page(fading))).toMatchObject({ code: 'shadow', severity: 'warn' });
  });

  it('fails a shadow over most of the page', async () => {
    expect(await shadowIssue(page(castShadow(250, 0.45, 30)))).toMatchObject({ severity: 'fail' });
  });

  it('finds a shadow over all but a lit strip or corner: the lit paper is then that side', async () => {
    // 85 % of the page in the shadow: the first look's lit paper (the 80th percentile) is in it.
    expect(await shadowIssue(page(castShadow(150, 0.4, 30)))).toMatchObject({ severity: 'fail' });
    const corner = (x: number, y: number) => 1 - 0.4 * Math.min(1, Math.max(0, (x / W + y / H - 0.55) / 0.05));
    expect(await shadowIssue(page(corner))).toMatchObject({ severity: 'fail' });
  });

  it('takes no bright patch away from the border, nor glare, for a lit side', async () => {
    // A spotlight over the middle of an evenly dim page: the bright area reaches no edge.
    const spotlight = (x: number, y: number) => (Math.hypot(x / W - 0.5, y / H - 0.5) < 0.2 ? 1 : 0.7);
    expect(await shadowIssue(page(spotlight))).toBeUndefined();
    // Glare clipped white along the right edge of an evenly lit page: not lit paper.
    expect(await shadowIssue(page((x) => (x > 880 ? 1.3 : 0.8)))).toBeUndefined();
  });

  it('passes an evenly dim page, vignetting and light falling off across the page', async () => {
    expect(await shadowIssue(page(() => 0.6))).toBeUndefined();
    const vignette = (x: number, y: number) => 1 - 0.45 * (((x / W - 0.5) ** 2 + (y / H - 0.5) ** 2) / 0.5);
    expect(await shadowIssue(page(vignette))).toBeUndefined();
    // A lamp off to the right: 40 % less light at the left edge than at the right.
    expect(await shadowIssue(page((x) => 1 - 0.4 * (1 - x / W)))).toBeUndefined();
    // The same lamp and vignetting together.
    expect(
      await shadowIssue(
        page((x, y) => (1 - 0.4 * (1 - x / W)) * (1 - 0.25 * (((x / W - 0.5) ** 2 + (y / H - 0.5) ** 2) / 0.5))),
      ),
    ).toBeUndefined();
  });

  it('passes a darker band of the design in another colour, and flags the same band when colourless', async () => {
    const band = (colour: number[]) => (x: number, y: number) => (y > 420 ? colour : undefined);
    expect(await shadowIssue(page(() => 1, band([150, 120, 190])))).toBeUndefined();
    // The same luma in the paper's own colour is what a shadow looks like to this check.
    expect(await shadowIssue(page(() => 1, band([160, 156, 148])))).toBeDefined();
  });

  it('tells a shadow over the portrait, judging its paper beside the photo', async () => {
    // A hand's shadow from the left over the portrait and the paper beside and below it.
    const hand = (x: number, y: number) => (x < 420 && y < 600 ? 0.5 : 1);
    const issue = await shadowIssue(page(hand, portrait), {}, true);
    expect(issue).toMatchObject({ severity: 'warn', detail: 'a shadow over the portrait' });
    expect(issue!.facts!.overPortrait).toBe(true);
    // Without the face box, the photo's colours are taken for the paper's: not a shadow.
    expect(await shadowIssue(page(hand, portrait))).toBeUndefined();
    // The lit portrait alone is no shadow; a shadow beside it is not over it.
    expect(
      await shadowIssue(
        page(() => 1, portrait),
        {},
        true,
      ),
    ).toBeUndefined();
    const beside = await shadowIssue(page(castShadow(650, 0.45, 30), portrait), {}, true);
    expect(beside).toMatchObject({ severity: 'warn', detail: 'a shadow across the document' });
    expect(beside!.facts!.overPortrait).toBeUndefined();
  });

  it('judges a shadow over little but the portrait off the face', async () => {
    // A pale photo background (as an ID photo's), the shadow just past the photo's edges.
    const pale = portraitOn([226, 232, 238]);
    const hand = (x: number, y: number) => (x < 350 && y > 100 && y < 510 ? 0.5 : 1);
    const issue = await shadowIssue(page(hand, pale), {}, true);
    expect(issue).toMatchObject({ severity: 'warn', detail: 'a shadow over the portrait' });
    expect(await shadowIssue(page(hand, pale))).toBeUndefined();
  });

  it('over the portrait, judges the paper beyond the photo, else off the face, and needs paper beyond it', () => {
    // Cells of 10 px; the face box covers cells 2-3 x 2-3; the photo around it spans x 8-52, y 6-58.
    const face = { box: { x: 20, y: 20, width: 20, height: 20 }, score: 0.9, keypoints: [] };
    const cells = (shift: number, places: [number, number][]) => places.map(([col, row]) => ({ col, row, shift }));
    const faceCells = cells(0.09, [
      [2, 2],
      [3, 2],
      [2, 3],
      [3, 3],
    ]);
    const around = cells(0.02, [
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [1, 2],
      [4, 2],
      [1, 3],
      [4, 3],
      [1, 4],
      [4, 4],
    ]);
    const beyond = (shift: number, count: number) =>
      cells(
        shift,
        [
          [6, 1],
          [6, 2],
          [6, 3],
          [6, 4],
        ].slice(0, count) as [number, number][],
      );
    const judge = (shadowCells: ReturnType<typeof cells>, scores: Record<string, number> = {}, faces = [face]) =>
      shadowCheck.judge(
        {
          scores: { shadowShare: 0.2, shadowDarkening: 0.4, shadowEdgeStep: 0.3, shadowPaperShift: 0.08, ...scores },
          evidence: {
            box: { x: 0, y: 0, width: 70, height: 60 },
            grid: { x: 0, y: 0, side: 10, cols: 7, rows: 6 },
            cells: shadowCells,
          },
        },
        { kind: 'document', options: resolveOptions(), frame: { width: 100, height: 100, scale: 1 }, faces },
      ).issues;
    const overPortrait = [{ severity: 'warn', facts: { overPortrait: true } }];
    // Two cells beyond the photo: too few to judge on alone (here of another colour): judged off the face.
    expect(judge([...faceCells, ...around, ...beyond(0.08, 2)])).toMatchObject(overPortrait);
    // None: a portrait alone, judged on all its cells (0.08: not a shadow).
    expect(judge([...faceCells, ...around])).toEqual([]);
    // Four beyond the photo: judged there alone, on paper (the photo's colours around the face are not).
    expect(
      judge([
        ...faceCells,
        ...cells(
          0.08,
          around.map(({ col, row }) => [col, row]),
        ),
        ...beyond(0.01, 4),
      ]),
    ).toMatchObject(overPortrait);
    expect(judge([...faceCells, ...around, ...beyond(0.08, 4)])).toEqual([]);
    // The face not covered, or a face the portrait check does not accept: not over the portrait.
    expect(judge([...around, ...beyond(0.01, 2)])).toEqual([]);
    expect(judge([...faceCells, ...around, ...beyond(0.08, 2)], {}, [{ ...face, score: 0.3 }])).toEqual([]);
    // The faces only add a warning: over the failure share, the shadow found only beside the
    // portrait warns (a document's early report, judged before the faces, said nothing); one that
    // keeps the paper's colour over all its cells fails, over the portrait or not.
    expect(judge([...faceCells, ...around, ...beyond(0.08, 2)], { shadowShare: 0.7 })).toMatchObject(overPortrait);
    expect(
      judge([...faceCells, ...around, ...beyond(0.08, 2)], { shadowShare: 0.7, shadowPaperShift: 0.03 }),
    ).toMatchObject([{ severity: 'fail', facts: { overPortrait: true } }]);
    expect(judge([...faceCells, ...around], { shadowShare: 0.7, shadowPaperShift: 0.03 })).toMatchObject([
      { severity: 'fail', detail: 'a shadow across the document' },
    ]);
  });

  it('moves with its thresholds', async () => {
    const photo = page(castShadow(650, 0.45, 30));
    expect(await shadowIssue(photo, { shadow: { minShare: 0.5 } })).toBeUndefined();
    expect(await shadowIssue(photo, { shadow: { minDarkening: 0.6, maxDarkening: 0.9 } })).toBeUndefined();
    expect(await shadowIssue(photo, { shadow: { failShare: 0.2 } })).toMatchObject({ severity: 'fail' });
  });
});
