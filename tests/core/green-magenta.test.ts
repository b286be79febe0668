import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { measure } from '../../src/core/measure.js';
import { resolveOptions } from '../../src/core/options.js';
import { GREEN_MAGENTA_MOIRE } from '../../src/core/checks/screen-recapture.js';
import { greenMagentaStripeShare } from '../../src/core/imageops/green-magenta.js';
import type { ImageMeta, Raster } from '../../src/core/types.js';
import { makeRaster, seededRandom } from '../helpers.js';

/**
 * Stripes `period` px apart at `angle` degrees on a light grey, each channel moving by its own
 * amplitude and phase (turns of the stripe's cycle), with ±3 noise.
 */
function colourStripes(
  width: number,
  height: number,
  { period, angle }: { period: number; angle: number },
  channels: readonly { amplitude: number; phase: number }[],
): Raster {
  const random = seededRandom(7);
  const cos = Math.cos((angle * Math.PI) / 180);
  const sin = Math.sin((angle * Math.PI) / 180);
  return makeRaster(width, height, (x, y) => {
    const cycle = (x * cos + y * sin) / period;
    return channels.map(
      ({ amplitude, phase }) => 150 + (random() - 0.5) * 6 + amplitude * Math.cos(2 * Math.PI * (cycle + phase)),
    );
  });
}

const share = (raster: Raster): number => greenMagentaStripeShare(raster, GREEN_MAGENTA_MOIRE);

/** Green against red and blue together: the bands a colour filter grid makes of a screen. */
const GREEN_MAGENTA = [
  { amplitude: 8, phase: 0.5 },
  { amplitude: 8, phase: 0 },
  { amplitude: 8, phase: 0.5 },
];

describe('greenMagentaStripeShare', () => {
  it('finds green and magenta bands running through the picture', () => {
    expect(share(colourStripes(512, 384, { period: 10, angle: 60 }, GREEN_MAGENTA))).toBeGreaterThan(0.9);
  });

  it('passes stripes of one ink, however coloured, and red against blue', () => {
    // A magenta ink darkens green most, red and blue a little, all three together.
    const magentaInk = [
      { amplitude: 3, phase: 0 },
      { amplitude: 12, phase: 0 },
      { amplitude: 4, phase: 0 },
    ];
    expect(share(colourStripes(512, 384, { period: 10, angle: 60 }, magentaInk))).toBe(0);
    const redAgainstBlue = [
      { amplitude: 8, phase: 0 },
      { amplitude: 0, phase: 0 },
      { amplitude: 8, phase: 0.5 },
    ];
    expect(share(colourStripes(512, 384, { period: 10, angle: 60 }, redAgainstBlue))).toBe(0);
  });

  it('keeps to the blocks inside a region', () => {
    const bands = colourStripes(512, 384, { period: 10, angle: 60 }, GREEN_MAGENTA);
    const region = [
      { x: 0, y: 0 },
      { x: 512, y: 0 },
      { x: 512, y: 384 },
      { x: 0, y: 384 },
    ];
    expect(greenMagentaStripeShare(bands, GREEN_MAGENTA_MOIRE, region)).toBeGreaterThan(0.9);
  });
});

describe('screen_recapture green and magenta moiré', () => {
  const meta = (raster: Raster): ImageMeta => ({ format: 'jpeg', width: raster.width, height: raster.height });

  it('fails green and magenta bands at the analysis size', async () => {
    const bands = colourStripes(1024, 768, { period: 9, angle: 30 }, GREEN_MAGENTA);
    const report = await analyze(bands, meta(bands), { kind: 'document' });
    expect(report.scores.moireGreenMagenta).toBeGreaterThan(0.9);
    expect(report.issues.find((issue) => issue.code === 'screen_recapture')?.threshold).toBe(0.03);
  });

  it('sees red, green and blue sub-pixel columns at the file size (moireNativeColour), not red threads', async () => {
    // Columns 3 px apart, the three primaries a third of a turn apart, and dark rows 3.2 px apart.
    const random = seededRandom(11);
    const subpixels = makeRaster(512, 512, (x, y) => {
      const row = 0.75 + 0.25 * Math.cos((2 * Math.PI * y) / 3.2);
      return [0, 1, 2].map(
        (channel) => (150 + 40 * Math.cos(2 * Math.PI * (x / 3 - channel / 3))) * row + (random() - 0.5) * 6,
      );
    });
    // Red threads 3 px apart: every channel brightens and darkens together.
    const threads = makeRaster(512, 512, (x) => {
      const shade = 0.75 + 0.25 * Math.cos((2 * Math.PI * x) / 3) + (random() - 0.5) * 0.03;
      return [200 * shade, 90 * shade, 80 * shade];
    });
    const shrunk = makeRaster(1024, 768, () => [150, 150, 150]);
    const large: ImageMeta = { format: 'jpeg', width: 4096, height: 3072 };
    const scores = async (detail: Raster): Promise<Record<string, number> | undefined> =>
      (await measure(shrunk, large, { kind: 'document', options: resolveOptions(), detail })).checks.screen_recapture
        ?.scores;
    expect((await scores(subpixels))?.moireNativeColour).toBeGreaterThan(0.9);
    expect((await scores(threads))?.moireNativeColour).toBe(0);
  });
});
