import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { isScreenSize } from '../../src/core/data/screen-sizes.js';
import { boxBandPass, boxBlur } from '../../src/core/imageops/box-blur.js';
import { rotatingChromaShare } from '../../src/core/imageops/chroma-rotation.js';
import { chromaPlanes } from '../../src/core/imageops/chroma.js';
import { flatRegionShare } from '../../src/core/imageops/flat.js';
import { toLuma } from '../../src/core/imageops/luma.js';
import { findStatusBar } from '../../src/core/imageops/status-bar.js';
import { isLosslessEncoding } from '../../src/core/sniff.js';
import type { ImageMeta, Raster } from '../../src/core/types.js';
import { centredFace, makeRaster, seededRandom } from '../helpers.js';

/** Camera-like: a smooth gradient with ±6 noise in every channel. */
function noisyPhoto(width: number, height: number, seed = 1): Raster {
  const random = seededRandom(seed);
  return makeRaster(width, height, (x, y) => {
    const base = 60 + (120 * x) / width + (40 * y) / height;
    return [0, 1, 2].map(() => base + (random() - 0.5) * 12);
  });
}

/** Rendered UI: a flat app background, a flat top bar, and a noisy "photo" in the middle. */
function uiScreenshot(width: number, height: number): Raster {
  const photo = noisyPhoto(width, height);
  return makeRaster(width, height, (x, y) => {
    if (y < height * 0.1) return [33, 150, 243];
    if (y > height * 0.4 && y < height * 0.7)
      return [...photo.data.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)];
    return [245, 245, 245].map((v) => v - 5);
  });
}

/** Rainbow fringes: hue turning along x with the given period, on a mid-gray, with a little noise. */
function rainbow(width: number, height: number, period: number, amplitude: number): Raster {
  const random = seededRandom(7);
  return makeRaster(width, height, (x, y) => {
    const phase = (2 * Math.PI * (x + 0.3 * y)) / period;
    return [0, 1, 2].map((channel) => {
      const hue = amplitude * Math.cos(phase + (channel * 2 * Math.PI) / 3);
      return 128 + hue + (random() - 0.5) * 4;
    });
  });
}

function meta(raster: Raster, extra: Partial<ImageMeta> = {}): ImageMeta {
  return { width: raster.width, height: raster.height, format: 'jpeg', lossless: false, ...extra };
}

describe('flatRegionShare', () => {
  it('counts large areas of one exact colour', async () => {
    const raster = makeRaster(128, 128, (x) => (x < 64 ? [100, 120, 140] : [(x * 7) % 256, x % 200, 50]));
    expect(flatRegionShare(raster, 4, 64)).toBeCloseTo(0.5, 5);
  });

  it('ignores small flat areas, noise and clipped colours', async () => {
    const small = makeRaster(128, 128, (x, y) => (x < 16 && y < 16 ? [90, 90, 90] : [(x * 13 + y * 7) % 251, 0, 0]));
    expect(flatRegionShare(small, 4, 64)).toBe(0);
    expect(flatRegionShare(noisyPhoto(128, 128), 4, 64)).toBe(0);
    expect(
      flatRegionShare(
        makeRaster(128, 128, () => [255, 255, 255]),
        4,
        64,
      ),
    ).toBe(0);
    expect(
      flatRegionShare(
        makeRaster(128, 128, () => [10, 12, 11]),
        4,
        64,
      ),
    ).toBe(0);
    expect(
      flatRegionShare(
        makeRaster(128, 128, () => [255, 120, 0]),
        4,
        64,
      ),
    ).toBe(0);
  });

  it('is 0 for an image smaller than a block', async () => {
    expect(
      flatRegionShare(
        makeRaster(3, 3, () => [50, 60, 70]),
        4,
        1,
      ),
    ).toBe(0);
  });
});

describe('boxBlur', () => {
  it('keeps a constant plane and spreads a single bright pixel over the box', async () => {
    expect([...boxBlur(new Float32Array(25).fill(7), 5, 5, 2)].every((v) => Math.abs(v - 7) < 1e-5)).toBe(true);
    const spot = new Float32Array(49);
    spot[24] = 9;
    const blurred = boxBlur(spot, 7, 7, 1);
    expect(blurred[24]).toBeCloseTo(1, 5);
    expect(blurred[16]).toBeCloseTo(1, 5);
    expect(blurred[8]).toBe(0);
  });

  it('rejects a wrong plane length or radius', async () => {
    expect(() => boxBlur(new Float32Array(10), 3, 3, 1)).toThrow(RangeError);
    expect(() => boxBlur(new Float32Array(9), 3, 3, -1)).toThrow(/radius/);
  });

  it('band-passes as the difference of two blurs, to the bit', async () => {
    const random = seededRandom(5);
    const plane = Float32Array.from({ length: 40 * 30 }, () => random() * 50);
    const [fine, coarse] = [boxBlur(plane, 40, 30, 1), boxBlur(plane, 40, 30, 4)];
    expect([...boxBandPass(plane, 40, 30, 1, 4)]).toEqual([...fine.map((v, i) => v - coarse[i]!)]);
    expect(() => boxBandPass(plane, 40, 30, 1, -4)).toThrow(/radius/);
  });
});

describe('rotatingChromaShare', () => {
  const options = { blockSize: 32, innerRadius: 1, outerRadius: 4, minEnergy: 0.5, minRotation: 0.5 };
  const share = (raster: Raster): number =>
    rotatingChromaShare(chromaPlanes(raster, toLuma(raster)), raster.width, raster.height, options);

  it('is high for rainbow fringes', async () => {
    expect(share(rainbow(256, 256, 7, 30))).toBeGreaterThan(0.9);
  });

  it('is zero for two-ink stripes of the same period, noise and flat colour', async () => {
    const stripes = makeRaster(256, 256, (x) => (Math.cos((2 * Math.PI * x) / 7) > 0 ? [200, 60, 60] : [60, 60, 200]));
    expect(share(stripes)).toBe(0);
    expect(share(noisyPhoto(256, 256))).toBe(0);
    expect(share(makeRaster(256, 256, () => [30, 160, 90]))).toBe(0);
  });
});

describe('isLosslessEncoding and isScreenSize', () => {
  const riff = (...chunks: string[]): Uint8Array => {
    const bytes: number[] = [...'RIFF\0\0\0\0WEBP'].map((c) => c.charCodeAt(0));
    for (const tag of chunks) bytes.push(...[...tag].map((c) => c.charCodeAt(0)), 2, 0, 0, 0, 0, 0);
    return Uint8Array.from(bytes);
  };

  it('knows which encodings are lossless', async () => {
    expect(isLosslessEncoding(new Uint8Array(8), 'png')).toBe(true);
    expect(isLosslessEncoding(new Uint8Array(8), 'gif')).toBe(true);
    expect(isLosslessEncoding(new Uint8Array(8), 'jpeg')).toBe(false);
    expect(isLosslessEncoding(riff('VP8L'), 'webp')).toBe(true);
    expect(isLosslessEncoding(riff('VP8 '), 'webp')).toBe(false);
    expect(isLosslessEncoding(riff('VP8X', 'ICCP', 'VP8L'), 'webp')).toBe(true);
    expect(isLosslessEncoding(riff('VP8X'), 'webp')).toBe(false);
  });

  it('matches screen sizes in either orientation only exactly', async () => {
    expect(isScreenSize(1080, 1920)).toBe(true);
    expect(isScreenSize(1920, 1080)).toBe(true);
    expect(isScreenSize(1170, 2532)).toBe(true);
    expect(isScreenSize(1081, 1920)).toBe(false);
    expect(isScreenSize(4032, 3024)).toBe(false);
  });
});

describe('screenshot check', () => {
  const codes = async (raster: Raster, extra: Partial<ImageMeta>): Promise<string[]> =>
    (await analyze(raster, meta(raster, extra), { kind: 'document' })).issues.map((issue) => issue.code);

  it('fails rendered UI and names the clues', async () => {
    const raster = uiScreenshot(500, 900);
    const report = await analyze(raster, meta(raster, { format: 'png', lossless: true }), { kind: 'document' });
    const issue = report.issues.find((found) => found.code === 'screenshot');
    expect(issue?.severity).toBe('fail');
    expect(issue?.detail).toMatch(/flat areas cover \d+ %; lossless png; no camera EXIF/);
    expect(report.scores.flatAreaShare).toBeGreaterThan(0.5);
  });

  it('needs a second clue: flat areas with camera EXIF pass', async () => {
    expect(await codes(uiScreenshot(500, 900), { exif: { make: 'Google', model: 'Pixel 8' } })).not.toContain(
      'screenshot',
    );
  });

  it('flags a lossless, screen-sized file without camera EXIF even without flat areas', async () => {
    expect(await codes(noisyPhoto(1080, 1920), { format: 'png', lossless: true })).toContain('screenshot');
    expect(await codes(noisyPhoto(1081, 1920), { format: 'png', lossless: true })).not.toContain('screenshot');
    expect(await codes(noisyPhoto(1080, 1920), { format: 'jpeg', lossless: false })).not.toContain('screenshot');
  });

  it('counts a status bar as a clue: a lossless screenshot of a photo fails, the same photo passes', async () => {
    const report = await analyze(
      photoWithStatusBar(540, 1000),
      meta(photoWithStatusBar(540, 1000), { format: 'png', lossless: true }),
      {
        kind: 'document',
      },
    );
    expect(report.issues.find((issue) => issue.code === 'screenshot')?.detail).toMatch(/phone status bar/);
    expect(await codes(noisyPhoto(540, 1000), { format: 'png', lossless: true })).not.toContain('screenshot');
  });
});

describe('screen_recapture check', () => {
  it('fails a photo with colour moiré and passes a plain one', async () => {
    const moire = rainbow(1024, 768, 9, 25);
    const report = await analyze(moire, meta(moire), { kind: 'document' });
    expect(report.issues.map((issue) => issue.code)).toContain('screen_recapture');
    const plain = noisyPhoto(1024, 768);
    expect((await analyze(plain, meta(plain), { kind: 'document' })).issues.map((issue) => issue.code)).not.toContain(
      'screen_recapture',
    );
  });

  it('does not run on selfies', async () => {
    const moire = rainbow(512, 512, 9, 25);
    expect(
      (await analyze(moire, meta(moire), { kind: 'selfie', faceDetector: centredFace(512, 512) })).scores.moireFine,
    ).toBeUndefined();
  });
});

/** Status-bar glyphs (left: two notification icons; right: four status icons and a clock), as x ranges in screen widths. */
const STATUS_GLYPHS = [
  [0.04, 0.08],
  [0.1, 0.14],
  [0.6, 0.64],
  [0.66, 0.7],
  [0.72, 0.76],
  [0.78, 0.82],
  [0.85, 0.96],
];

/** A noisy photo with white status-bar glyphs drawn over its top (glyph row 0.015-0.04 of the width). */
function photoWithStatusBar(width: number, height: number, glyphs = STATUS_GLYPHS): Raster {
  const photo = noisyPhoto(width, height);
  return makeRaster(width, height, (x, y) => {
    const inGlyphRow = y >= 0.015 * width && y < 0.04 * width;
    if (inGlyphRow && glyphs.some(([from, to]) => x >= from! * width && x < to! * width)) return [250, 250, 250];
    return [...photo.data.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)];
  });
}

describe('findStatusBar', () => {
  it('finds the glyph row of a status bar on a portrait screen', async () => {
    const bar = findStatusBar(toLuma(photoWithStatusBar(540, 1080)));
    expect(bar).not.toBeNull();
    expect(bar!.y).toBeGreaterThanOrEqual(7);
    expect(bar!.y).toBeLessThanOrEqual(9);
    expect(bar!.height).toBeGreaterThanOrEqual(12);
    expect(bar!.height).toBeLessThanOrEqual(15);
  });

  it('needs a portrait screen shape, an empty stretch, right-aligned icons and no line of text', async () => {
    expect(findStatusBar(toLuma(photoWithStatusBar(800, 1000)))).toBeNull();
    const noGap = STATUS_GLYPHS.concat([
      [0.2, 0.24],
      [0.3, 0.34],
      [0.4, 0.44],
      [0.5, 0.54],
    ]);
    expect(findStatusBar(toLuma(photoWithStatusBar(540, 1080, noGap)))).toBeNull();
    expect(findStatusBar(toLuma(photoWithStatusBar(540, 1080, STATUS_GLYPHS.slice(0, 5))))).toBeNull();
    const letters = Array.from({ length: 46 }, (_, k) => [0.5 + 0.01 * k, 0.506 + 0.01 * k]);
    expect(findStatusBar(toLuma(photoWithStatusBar(540, 1080, [[0.04, 0.08], ...letters])))).toBeNull();
    expect(findStatusBar(toLuma(noisyPhoto(540, 1080)))).toBeNull();
  });
});
