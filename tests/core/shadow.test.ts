import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import type { OptionsInput } from '../../src/core/options.js';
import { makeRaster, seededRandom } from '../helpers.js';

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

const shadowIssue = async (raster: ReturnType<typeof page>, options: OptionsInput = {}) =>
  (await analyze(raster, meta, { kind: 'document', options })).issues.find((issue) => issue.code === 'shadow');

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

  it('moves with its thresholds', async () => {
    const photo = page(castShadow(650, 0.45, 30));
    expect(await shadowIssue(photo, { shadow: { minShare: 0.5 } })).toBeUndefined();
    expect(await shadowIssue(photo, { shadow: { minDarkening: 0.6, maxDarkening: 0.9 } })).toBeUndefined();
    expect(await shadowIssue(photo, { shadow: { failShare: 0.2 } })).toMatchObject({ severity: 'fail' });
  });
});
