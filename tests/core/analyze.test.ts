import { describe, expect, it } from 'vitest';
import { analyze, inputErrorReport } from '../../src/core/analyze.js';
import { implementedCodes } from '../../src/core/checks/index.js';
import type { Raster } from '../../src/core/types.js';
import { makeRaster, seededRandom } from '../helpers.js';

/** Crisp 16-pixel blocks of many colours with a little sensor noise: a sharp colour photo with nothing wrong. */
const random = seededRandom(7);
const colourful = makeRaster(400, 250, (x, y) => {
  const noise = (random() - 0.5) * 8;
  const [column, row] = [x >> 4, y >> 4];
  return [
    ((column * 37 + 40) % 256) + noise,
    ((row * 53 + 60) % 256) + noise,
    (((column + row) * 29 + 20) % 256) + noise,
  ];
});
const meta = { width: 4000, height: 2500, format: 'jpeg' };

describe('analyze', () => {
  it('builds a complete report with every score and per-stage timings', async () => {
    const report = await analyze(colourful, meta, { kind: 'document', timings: { decode: 12 } });
    expect(report.kind).toBe('document');
    expect(report.verdict).toBe('pass');
    expect(report.issues).toEqual([]);
    expect(Object.keys(report.scores)).toEqual(
      expect.arrayContaining(['shortSide', 'lumaP95', 'lumaP05', 'clippedFraction', 'colourFraction', 'medianChroma']),
    );
    expect(report.image).toEqual({ width: 4000, height: 2500, format: 'jpeg' });
    expect(report.timings.decode).toBe(12);
    for (const stage of ['resize', 'luma', 'resolution', 'exposure', 'grayscale', 'analyze']) {
      expect(report.timings[stage]).toBeGreaterThanOrEqual(0);
    }
  });

  it('verdict: fail beats warn beats pass', async () => {
    const gray = makeRaster(100, 100, (x) => [x * 2, x * 2, x * 2]);
    expect((await analyze(gray, { width: 100, height: 100, format: 'png' }, { kind: 'document' })).verdict).toBe(
      'fail',
    );
    expect((await analyze(colourful, { width: 500, height: 300, format: 'png' }, { kind: 'document' })).verdict).toBe(
      'warn',
    );
  });

  it('analyses at most analysisSize pixels on the longer side', async () => {
    // A 2x upscale (each pixel doubled) area-averages back to the original exactly.
    const doubled = makeRaster(800, 500, (x, y) => {
      const i = (Math.floor(y / 2) * 400 + Math.floor(x / 2)) * 4;
      return [colourful.data[i]!, colourful.data[i + 1]!, colourful.data[i + 2]!];
    });
    const options = { analysisSize: 400 };
    const small = await analyze(colourful, meta, { kind: 'document', options });
    const large = await analyze(doubled, meta, { kind: 'document', options });
    expect(large.scores).toEqual(small.scores);
    expect((await analyze(doubled, meta, { kind: 'document', options: { analysisSize: 800 } })).scores).not.toEqual(
      small.scores,
    );
  });

  it('throws for programmer errors only', async () => {
    await expect(analyze(colourful, meta, { kind: 'passport' as never })).rejects.toThrow(TypeError);
    const broken: Raster = { data: new Uint8ClampedArray(10), width: 4, height: 4 };
    await expect(analyze(broken, meta, { kind: 'document' })).rejects.toThrow(TypeError);
    await expect(analyze({ ...colourful, width: 0 }, meta, { kind: 'document' })).rejects.toThrow(RangeError);
    await expect(analyze(colourful, meta, { kind: 'document', options: { analysisSize: 5 } })).rejects.toThrow(
      RangeError,
    );
  });

  it('input error reports fail with the input code and no scores', async () => {
    const report = inputErrorReport('selfie', { code: 'unreadable', detail: 'the file is empty' }, { bytes: 0 });
    expect(report.verdict).toBe('fail');
    expect(report.issues).toEqual([
      { code: 'unreadable', severity: 'fail', score: 0, threshold: 0, detail: 'the file is empty' },
    ]);
    expect(report.image).toEqual({ width: 0, height: 0, format: 'unknown', bytes: 0 });
  });

  it('knows which codes are implemented per kind', async () => {
    expect(implementedCodes('document').has('grayscale')).toBe(true);
    expect(implementedCodes('selfie').has('grayscale')).toBe(false);
    expect(implementedCodes('selfie').has('too_dark')).toBe(true);
  });
});
