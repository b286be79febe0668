import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { scannerToolOf } from '../../src/core/data/scanner-tools.js';
import { editingToolOf } from '../../src/core/data/editing-tools.js';
import { lightUnevenness } from '../../src/core/imageops/light-field.js';
import { workingRegion } from '../../src/core/imageops/region.js';
import { borderSpread, outsideSpread, squareOnTilt } from '../../src/core/imageops/scan-layout.js';
import { toLuma } from '../../src/core/imageops/luma.js';
import type { OptionsInput } from '../../src/core/options.js';
import type { ExifSummary, Point } from '../../src/core/types.js';
import { makeRaster, seededRandom } from '../helpers.js';

const [W, H] = [1000, 707];

/**
 * A printed page filling the frame: white paper with a margin of 60 px and rows of print, noise,
 * the light at each pixel `light(x, y)`, and colour `ink` for the print (gray by default).
 */
function page(light: (x: number, y: number) => number, { ink = [40, 40, 40], noise = 4 } = {}) {
  const random = seededRandom(11);
  return makeRaster(W, H, (x, y) => {
    const print = y > 60 && y < H - 60 && y % 30 < 8 && x > 60 && x < W - 60 && (x >> 3) % 7 !== 0;
    const base = print ? ink : [240, 240, 240];
    const f = light(x, y);
    const n = (random() - 0.5) * noise;
    return base.map((v) => v * f + n);
  });
}

const frame: Point[] = [
  { x: 0, y: 0 },
  { x: W, y: 0 },
  { x: W, y: H },
  { x: 0, y: H },
];

const scanIssue = async (raster: ReturnType<typeof page>, exif?: ExifSummary, options: OptionsInput = {}) =>
  (
    await analyze(
      raster,
      { width: W, height: H, format: 'jpeg', ...(exif ? { exif } : {}) },
      { kind: 'document', options },
    )
  ).issues.find((issue) => issue.code === 'scan_or_copy');

describe('lightUnevenness', () => {
  it('is near 0 for an evenly lit page and follows light falling off across it', () => {
    const even = lightUnevenness(
      workingRegion(
        page(() => 1),
        frame,
        128,
      ),
    )!;
    expect(even).toBeLessThan(0.01);
    // 25 % less light at the left edge than at the right: the fitted surface spans most of that.
    const sloped = lightUnevenness(
      workingRegion(
        page((x) => 1 - 0.25 * (1 - x / W)),
        frame,
        128,
      ),
    )!;
    expect(sloped).toBeGreaterThan(0.15);
    expect(sloped).toBeLessThan(0.3);
  });

  it('does not take a tinted band of the design for less light', () => {
    // The lower third printed in a pale tint (85 % of the paper's level), evenly lit.
    const tinted = makeRaster(W, H, (x, y) => (y > 470 ? [205, 204, 200] : [240, 240, 240]));
    // A plain least-squares fit reads 0.18 here: the band would pass for light falling off.
    expect(lightUnevenness(workingRegion(tinted, frame, 128))!).toBeLessThan(0.03);
  });
});

describe('scan layout', () => {
  it('measures how far an outline is turned from the frame', () => {
    const square = [
      { x: 100, y: 100 },
      { x: 500, y: 100 },
      { x: 500, y: 350 },
      { x: 100, y: 350 },
    ];
    expect(squareOnTilt(square)).toBe(0);
    const turn = (p: Point): Point => {
      const a = (5 * Math.PI) / 180;
      return {
        x: 300 + (p.x - 300) * Math.cos(a) - (p.y - 225) * Math.sin(a),
        y: 225 + (p.x - 300) * Math.sin(a) + (p.y - 225) * Math.cos(a),
      };
    };
    expect(squareOnTilt(square.map(turn))).toBeCloseTo(5, 5);
  });

  it('tells a plain lid from a room-lit table around a card, and a margin from print at the frame edge', () => {
    const card = [
      { x: 300, y: 200 },
      { x: 700, y: 200 },
      { x: 700, y: 460 },
      { x: 300, y: 460 },
    ];
    const random = seededRandom(5);
    const lid = toLuma(makeRaster(W, H, () => [245 + random() * 3, 245, 244]));
    expect(outsideSpread(lid, card)).toBeLessThanOrEqual(3);
    const table = toLuma(page((x, y) => 0.75 + 0.25 * (x / W) * (1 - y / H / 2)));
    expect(outsideSpread(table, card)).toBeGreaterThan(20);
    expect(borderSpread(lid, 0.04)).toBeLessThanOrEqual(3);
    const printToTheEdge = toLuma(makeRaster(W, H, (x) => ((x >> 4) % 2 === 0 ? [60, 60, 60] : [230, 230, 230])));
    expect(borderSpread(printToTheEdge, 0.04)).toBeGreaterThan(100);
  });
});

describe('scanner names', () => {
  it('names scanners, copiers and scanning apps, not cameras or phones', () => {
    expect(scannerToolOf('CanoScan LiDE 400')).toMatch(/Canon/);
    expect(scannerToolOf('EPSON Scan 2')).toBe('Epson Scan');
    expect(scannerToolOf('KONICA MINOLTA bizhub C300i')).toMatch(/bizhub/);
    expect(scannerToolOf('Adobe Scan')).toBe('Adobe Scan');
    for (const camera of [
      'Canon',
      'Canon EOS R6',
      'RICOH IMAGING COMPANY, LTD.',
      'KYOCERA',
      'iPhone 15',
      'SHARP',
      '',
    ]) {
      expect(scannerToolOf(camera)).toBeNull();
    }
  });

  it('keeps scanner software out of the editing tools', () => {
    expect(editingToolOf('Adobe Scan 23.1')).toBeNull();
    expect(editingToolOf('Adobe Photoshop 25.0')).toBe('Adobe Photoshop');
  });
});

describe('scan_or_copy', () => {
  it('warns on an evenly lit black-and-white page filling the frame, and lists the clues', async () => {
    const issue = await scanIssue(page(() => 1));
    expect(issue).toMatchObject({ code: 'scan_or_copy', severity: 'warn' });
    expect(issue!.detail).toMatch(/no background/);
    expect(issue!.detail).toMatch(/evenly lit/);
    expect(issue!.detail).toMatch(/no colour/);
  });

  it('fails the same page with the strict preset', async () => {
    expect(
      await scanIssue(
        page(() => 1),
        undefined,
        { preset: 'strict' },
      ),
    ).toMatchObject({ severity: 'fail' });
  });

  it('passes a colour page filling the frame under a room light', async () => {
    const roomLight = (x: number, y: number) =>
      1 - 0.2 * (((x / W - 0.5) ** 2 + (y / H - 0.5) ** 2) / 0.5) - 0.1 * (x / W);
    expect(await scanIssue(page(roomLight, { ink: [30, 60, 150] }))).toBeUndefined();
  });

  it('takes camera EXIF against a scan, and scanner metadata for one', async () => {
    // Evenly lit colour print filling the frame with a plain margin: three clues, less camera EXIF.
    const evenColour = page(() => 1, { ink: [30, 60, 150] });
    expect(await scanIssue(evenColour)).toMatchObject({ severity: 'warn' });
    expect(await scanIssue(evenColour, { make: 'Google', model: 'Pixel 8' })).toBeUndefined();
    const roomLight = (x: number) => 1 - 0.2 * (x / W);
    const colourPhoto = page(roomLight, { ink: [30, 60, 150] });
    expect(await scanIssue(colourPhoto)).toBeUndefined();
    const named = await scanIssue(colourPhoto, { make: 'Canon', model: 'CanoScan LiDE 400' });
    expect(named!.detail).toMatch(/metadata names Canon/);
  });

  it('does not take a rendered page (areas of one exact colour) for a scan', async () => {
    expect(await scanIssue(page(() => 1, { ink: [30, 60, 150], noise: 0 }))).toBeUndefined();
  });
});
