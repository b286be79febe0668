import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { measure } from '../../src/core/measure.js';
import { resolveOptions } from '../../src/core/options.js';
import { powerSpectra, powerSpectrum } from '../../src/core/imageops/fft.js';
import { toLuma } from '../../src/core/imageops/luma.js';
import { GREEN_MAGENTA_MOIRE, LUMA_MOIRE } from '../../src/core/checks/screen-recapture.js';
import { periodicStripeShare, periodicStripeShares } from '../../src/core/imageops/stripes.js';
import type { ImageMeta, Raster } from '../../src/core/types.js';
import { makeRaster, seededRandom } from '../helpers.js';

/** The check's own stripe settings: the test follows them. */
const STRIPES = LUMA_MOIRE;

/** Gray `level` ± `amplitude` along the given waves (period in px, angle in degrees), with ±3 noise. */
function waves(
  width: number,
  height: number,
  list: { period: number; angle: number }[],
  amplitude = 20,
  seed = 3,
): Raster {
  const random = seededRandom(seed);
  return makeRaster(width, height, (x, y) => {
    let value = 128 + (random() - 0.5) * 6;
    for (const { period, angle } of list) {
      const along = x * Math.cos((angle * Math.PI) / 180) + y * Math.sin((angle * Math.PI) / 180);
      value += amplitude * Math.cos((2 * Math.PI * along) / period);
    }
    return [value, value, value];
  });
}

const share = (raster: Raster): number => periodicStripeShare(toLuma(raster), STRIPES);

describe('powerSpectrum', () => {
  it('puts a cosine of 1 cycle per 4 px into its two bins, and keeps Parseval', () => {
    const block = Float64Array.from({ length: 16 }, (_, i) => Math.cos((2 * Math.PI * (i % 4)) / 4));
    const power = powerSpectrum(block, 4);
    // Rows are equal: all the power is in row 0, at kx = 1 and kx = 3 (−1).
    expect(power[1]).toBeCloseTo(64, 6);
    expect(power[3]).toBeCloseTo(64, 6);
    expect(power.reduce((sum, value) => sum + value, 0)).toBeCloseTo(16 * block.reduce((s, v) => s + v * v, 0), 6);
  });

  it('rejects a size that is not a power of two, and a block of the wrong length', () => {
    expect(() => powerSpectrum(new Float64Array(36), 6)).toThrow(RangeError);
    expect(() => powerSpectrum(new Float64Array(15), 4)).toThrow(RangeError);
    expect(() => powerSpectra(new Float64Array(16), new Float64Array(15), 4)).toThrow(RangeError);
  });
});

describe('powerSpectra', () => {
  it('gives two real blocks the spectra they have alone, from one transform', () => {
    const random = seededRandom(11);
    const [a, b] = [0, 1].map(() => Float64Array.from({ length: 64 * 64 }, () => (random() - 0.5) * 100));
    const [powerA, powerB] = powerSpectra(a!, b!, 64);
    const [aloneA, aloneB] = [powerSpectrum(a!, 64), powerSpectrum(b!, 64)];
    const worst = (x: Float64Array, y: Float64Array) => Math.max(...x.map((v, i) => Math.abs(v - y[i]!) / (y[i]! + 1)));
    expect(worst(powerA, aloneA)).toBeLessThan(1e-9);
    expect(worst(powerB, aloneB)).toBeLessThan(1e-9);
  });
});

describe('periodicStripeShare', () => {
  it('finds fine stripes running through the picture, at any angle', () => {
    expect(share(waves(512, 384, [{ period: 3.3, angle: 80 }]))).toBeGreaterThan(0.9);
    expect(share(waves(512, 384, [{ period: 5.5, angle: 25 }]))).toBeGreaterThan(0.9);
  });

  it('leaves out noise, coarse stripes (text lines), faint stripes and a woven lattice', () => {
    expect(share(waves(512, 384, []))).toBe(0);
    expect(share(waves(512, 384, [{ period: 12, angle: 90 }]))).toBe(0);
    expect(share(waves(512, 384, [{ period: 4, angle: 0 }], 1))).toBe(0);
    const lattice = [
      { period: 4, angle: 0 },
      { period: 4.5, angle: 90 },
    ];
    expect(share(waves(512, 384, lattice))).toBe(0);
  });

  it('counts only the blocks inside a region (a document outline) when given one', () => {
    // Stripes on the left half (a desk's grain), plain noise on the right half (the card).
    const random = seededRandom(7);
    const grain = makeRaster(512, 384, (x, y) => {
      const value = 128 + (random() - 0.5) * 6 + (x < 256 ? 20 * Math.cos((2 * Math.PI * y) / 4) : 0);
      return [value, value, value];
    });
    const card = [
      { x: 256, y: 0 },
      { x: 512, y: 0 },
      { x: 512, y: 384 },
      { x: 256, y: 384 },
    ];
    const desk = card.map(({ x, y }) => ({ x: x - 256, y }));
    expect(share(grain)).toBeCloseTo(0.5, 1);
    expect(periodicStripeShare(toLuma(grain), STRIPES, card)).toBe(0);
    expect(periodicStripeShare(toLuma(grain), STRIPES, desk)).toBeGreaterThan(0.9);
  });

  it('leaves out periods below shortestPeriod: a 1-pixel checkerboard (dithering) counts only without it', () => {
    const random = seededRandom(9);
    const checker = makeRaster(512, 384, (x, y) => {
      const value = 128 + (random() - 0.5) * 6 + ((x + y) % 2 === 0 ? 8 : -8);
      return [value, value, value];
    });
    expect(share(checker)).toBeGreaterThan(0.9);
    expect(periodicStripeShare(toLuma(checker), { ...STRIPES, shortestPeriod: 2 })).toBe(0);
  });

  it('needs the stripes to continue into a neighbouring block', () => {
    // A different direction in every 64-px block: each block is striped, none continues.
    const angles = [0, 45, 90, 135];
    const random = seededRandom(5);
    const patchwork = makeRaster(512, 384, (x, y) => {
      const angle = (angles[(Math.floor(x / 64) + 2 * Math.floor(y / 64)) % 4]! * Math.PI) / 180;
      const value =
        128 + (random() - 0.5) * 6 + 20 * Math.cos((2 * Math.PI * (x * Math.cos(angle) + y * Math.sin(angle))) / 4);
      return [value, value, value];
    });
    expect(share(patchwork)).toBe(0);
  });
});

describe('screen_recapture luma moiré', () => {
  const meta = (raster: Raster): ImageMeta => ({ format: 'jpeg', width: raster.width, height: raster.height });

  it('fails gray stripes of a screen grid and passes the same photo without them', async () => {
    const striped = waves(1024, 768, [{ period: 3, angle: 85 }], 12);
    const report = await analyze(striped, meta(striped), { kind: 'document' });
    expect(report.scores.moireLuma).toBeGreaterThan(0.9);
    expect(report.scores.moireFine).toBeLessThan(0.01);
    expect(report.issues.find((issue) => issue.code === 'screen_recapture')?.threshold).toBe(0.05);
    const plain = waves(1024, 768, []);
    expect((await analyze(plain, meta(plain), { kind: 'document' })).issues.map((issue) => issue.code)).not.toContain(
      'screen_recapture',
    );
  });

  it('sees a pixel grid at the file size that shrinking to the analysis size averages away (moireNative)', async () => {
    // Stripes 2.1 px apart in a 2048-px file: at half size, under the 2-px Nyquist limit.
    const grid = waves(2048, 1536, [{ period: 2.1, angle: 88 }], 12);
    const report = await analyze(grid, meta(grid), { kind: 'document' });
    expect(report.scores.moireNative).toBeGreaterThan(0.9);
    expect(report.scores.moireLuma).toBeLessThan(0.05);
    expect(report.issues.find((issue) => issue.code === 'screen_recapture')?.threshold).toBe(0.05);
    const plain = waves(2048, 1536, []);
    expect((await analyze(plain, meta(plain), { kind: 'document' })).scores.moireNative).toBe(0);
  });

  it('measures moireNative on the detail sample a host decoded, and reports 0 without one', async () => {
    const grid = waves(512, 512, [{ period: 3, angle: 10 }], 12);
    const shrunk = waves(1024, 768, []);
    const large: ImageMeta = { format: 'jpeg', width: 4096, height: 3072 };
    const measured = await measure(shrunk, large, { kind: 'document', options: resolveOptions(), detail: grid });
    expect(measured.checks.screen_recapture?.scores.moireNative).toBeGreaterThan(0.9);
    const without = await measure(shrunk, large, { kind: 'document', options: resolveOptions() });
    expect(without.checks.screen_recapture?.scores.moireNative).toBe(0);
  });
});

describe('periodicStripeShares', () => {
  it('measures two planes in the same blocks as it measures each alone', () => {
    const [striped, plain] = [waves(512, 384, [{ period: 3.3, angle: 80 }]), waves(512, 384, [], 20, 5)];
    const together = periodicStripeShares([
      { plane: toLuma(striped), options: STRIPES },
      { plane: toLuma(plain), options: STRIPES },
    ]);
    expect(together).toEqual([share(striped), share(plain)]);
    expect(together[0]).toBeGreaterThan(0.9);
  });

  it("is given the check's luma and green-magenta settings in blocks of one size, as it needs", () => {
    expect(GREEN_MAGENTA_MOIRE.blockSize).toBe(LUMA_MOIRE.blockSize);
  });

  it('takes one or two planes of one size only', () => {
    const plane = toLuma(waves(128, 128, []));
    const smaller = toLuma(waves(128, 64, []));
    expect(() =>
      periodicStripeShares([
        { plane, options: STRIPES },
        { plane: smaller, options: STRIPES },
      ]),
    ).toThrow(RangeError);
    expect(() => periodicStripeShares([1, 2, 3].map(() => ({ plane, options: STRIPES })))).toThrow(RangeError);
    expect(() => periodicStripeShares([])).toThrow(/one or two planes/);
  });
});
