import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/node/analyze-file.js';
import { decodeImage, type DecodeOptions, type DecodeResult } from '../../src/node/decode.js';
import type { Raster } from '../../src/core/types.js';

// Every input below is built with sharp from raw pixel buffers at test time; no binary fixtures.

const LIMITS: DecodeOptions = { maxPixels: 50_000_000, maxSide: 1024 };

type RGB = readonly [number, number, number];

/** A raw interleaved buffer filled by `colour(x, y)`. */
function rawPixels(
  width: number,
  height: number,
  channels: 1 | 3 | 4,
  colour: (x: number, y: number) => readonly number[],
): Buffer {
  const data = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = colour(x, y);
      for (let c = 0; c < channels; c++) data[(y * width + x) * channels + c] = value[c]!;
    }
  }
  return data;
}

function fromRaw(data: Buffer, width: number, height: number, channels: 1 | 3 | 4): Sharp {
  return sharp(data, { raw: { width, height, channels } });
}

function expectOk(result: DecodeResult): Extract<DecodeResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a decoded image, got ${result.error.code}: ${result.error.detail}`);
  return result;
}

function expectError(result: DecodeResult, code: string): Extract<DecodeResult, { ok: false }> {
  if (result.ok)
    throw new Error(`expected ${code}, got a decoded ${result.raster.width}x${result.raster.height} image`);
  expect(result.error.code).toBe(code);
  expect(typeof result.error.detail).toBe('string');
  expect(result.error.detail.length).toBeGreaterThan(0);
  return result;
}

function pixelAt(raster: Raster, x: number, y: number): [number, number, number, number] {
  const i = (y * raster.width + x) * 4;
  const d = raster.data;
  return [d[i]!, d[i + 1]!, d[i + 2]!, d[i + 3]!];
}

/** Mean RGB over a rectangle [x0, x1) x [y0, y1). */
function meanColour(raster: Raster, x0: number, y0: number, x1: number, y1: number): RGB {
  let r = 0;
  let g = 0;
  let b = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const p = pixelAt(raster, x, y);
      r += p[0];
      g += p[1];
      b += p[2];
    }
  }
  const n = (x1 - x0) * (y1 - y0);
  return [r / n, g / n, b / n];
}

function expectColourClose(
  actual: readonly number[],
  expected: readonly number[],
  tolerance: number,
  label = '',
): void {
  for (let c = 0; c < expected.length; c++) {
    if (Math.abs(actual[c]! - expected[c]!) > tolerance) {
      throw new Error(
        `${label} channel ${c}: got [${actual.map((v) => v.toFixed(1)).join(', ')}], expected [${expected.join(', ')}] ±${tolerance}`,
      );
    }
  }
}

function expectAlphaOpaque(raster: Raster): void {
  for (let i = 3; i < raster.data.length; i += 4) {
    if (raster.data[i] !== 255) throw new Error(`alpha at pixel ${(i - 3) / 4} is ${raster.data[i]}, expected 255`);
  }
}

function expectRasterShape(raster: Raster, width: number, height: number): void {
  expect(raster.width).toBe(width);
  expect(raster.height).toBe(height);
  expect(raster.data).toBeInstanceOf(Uint8ClampedArray);
  expect(raster.data.length).toBe(width * height * 4);
}

// ---------------------------------------------------------------------------------------------
// 1. EXIF orientation
// ---------------------------------------------------------------------------------------------

const UP_W = 60;
const UP_H = 40;
const RED: RGB = [255, 0, 0];
const GREEN: RGB = [0, 255, 0];
const BLUE: RGB = [0, 0, 255];
const YELLOW: RGB = [255, 255, 0];

/** The upright image: red top-left, green top-right, blue bottom-left, yellow bottom-right. */
function uprightColour(x: number, y: number): RGB {
  const left = x < UP_W / 2;
  const top = y < UP_H / 2;
  if (top) return left ? RED : GREEN;
  return left ? BLUE : YELLOW;
}

/**
 * For EXIF orientation `n`, where the displayed (upright) pixel (x, y) is stored, following the
 * definition of the tag (which stored row/column is the visual top/left). Written out by hand
 * rather than with sharp's own flip/rotate, so the test does not share the decoder's assumptions.
 */
function storedPosition(n: number, x: number, y: number): [number, number] {
  const W = UP_W;
  const H = UP_H;
  switch (n) {
    case 1:
      return [x, y];
    case 2:
      return [W - 1 - x, y];
    case 3:
      return [W - 1 - x, H - 1 - y];
    case 4:
      return [x, H - 1 - y];
    case 5:
      return [y, x];
    case 6:
      return [y, W - 1 - x];
    case 7:
      return [H - 1 - y, W - 1 - x];
    case 8:
      return [H - 1 - y, x];
    default:
      throw new Error(`bad orientation ${n}`);
  }
}

/** The stored pixels for orientation `n`: the upright image transformed by the inverse of `n`. */
function storedImage(n: number): { data: Buffer; width: number; height: number } {
  const width = n >= 5 ? UP_H : UP_W;
  const height = n >= 5 ? UP_W : UP_H;
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < UP_H; y++) {
    for (let x = 0; x < UP_W; x++) {
      const [sx, sy] = storedPosition(n, x, y);
      data.set(uprightColour(x, y), (sy * width + sx) * 3);
    }
  }
  return { data, width, height };
}

async function orientedFile(n: number, format: 'jpeg' | 'png'): Promise<Buffer> {
  const { data, width, height } = storedImage(n);
  // sharp 0.35: the Orientation tag is written with withMetadata({ orientation }); withExif() ignores it.
  const pipeline = fromRaw(data, width, height, 3).withMetadata({ orientation: n });
  return format === 'jpeg'
    ? pipeline.jpeg({ quality: 95, chromaSubsampling: '4:4:4' }).toBuffer()
    : pipeline.png().toBuffer();
}

/** Mean colour of each quadrant, leaving a margin around the seams (JPEG blurs colour edges). */
function quadrants(raster: Raster): { tl: RGB; tr: RGB; bl: RGB; br: RGB } {
  const mx = Math.floor(raster.width / 2);
  const my = Math.floor(raster.height / 2);
  const m = 4;
  return {
    tl: meanColour(raster, m, m, mx - m, my - m),
    tr: meanColour(raster, mx + m, m, raster.width - m, my - m),
    bl: meanColour(raster, m, my + m, mx - m, raster.height - m),
    br: meanColour(raster, mx + m, my + m, raster.width - m, raster.height - m),
  };
}

describe('decodeImage: EXIF orientation', () => {
  it('fixture check: the stored pixels really differ from the upright image except for orientation 1', async () => {
    for (let n = 2; n <= 8; n++) {
      const { data, width, height } = storedImage(n);
      const stored = await fromRaw(data, width, height, 3).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const raster: Raster = {
        data: new Uint8ClampedArray(stored.data),
        width: stored.info.width,
        height: stored.info.height,
      };
      const q = quadrants(raster);
      const asUpright = width === UP_W && q.tl[0] > 200 && q.tl[1] < 50 && q.tr[1] > 200 && q.bl[2] > 200;
      expect(asUpright, `orientation ${n} stored image looks upright already`).toBe(false);
    }
  });

  for (const format of ['jpeg', 'png'] as const) {
    const tolerance = format === 'jpeg' ? 40 : 1;
    for (let n = 1; n <= 8; n++) {
      it(`${format} orientation ${n} decodes upright (${UP_W}x${UP_H}, red top-left)`, async () => {
        const file = await orientedFile(n, format);
        expect((await sharp(file).metadata()).orientation).toBe(n);

        const result = expectOk(await decodeImage(file, LIMITS));
        expect(result.meta.format).toBe(format);
        expect(result.meta.width).toBe(UP_W);
        expect(result.meta.height).toBe(UP_H);
        expectRasterShape(result.raster, UP_W, UP_H);
        expect(result.meta.exif?.orientation).toBe(n);

        const q = quadrants(result.raster);
        expectColourClose(q.tl, RED, tolerance, 'top-left');
        expectColourClose(q.tr, GREEN, tolerance, 'top-right');
        expectColourClose(q.bl, BLUE, tolerance, 'bottom-left');
        expectColourClose(q.br, YELLOW, tolerance, 'bottom-right');
        expectAlphaOpaque(result.raster);
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// 2-6. Colour spaces, bit depths, alpha, palettes
// ---------------------------------------------------------------------------------------------

describe('decodeImage: colour conversion to 8-bit sRGB RGBA', () => {
  it('CMYK JPEG decodes to RGB with roughly the right colours', async () => {
    // Left half pure red, right half pure blue.
    const source = rawPixels(32, 16, 3, (x) => (x < 16 ? [255, 0, 0] : [0, 0, 255]));
    const file = await fromRaw(source, 32, 16, 3).toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer();
    const header = await sharp(file).metadata();
    expect(header.space).toBe('cmyk');
    expect(header.channels).toBe(4);

    const { raster, meta } = expectOk(await decodeImage(file, LIMITS));
    expect(meta).toMatchObject({ format: 'jpeg', width: 32, height: 16 });
    expectRasterShape(raster, 32, 16);
    const red = meanColour(raster, 2, 2, 14, 14);
    expect(red[0]).toBeGreaterThan(150);
    expect(red[1]).toBeLessThan(90);
    expect(red[2]).toBeLessThan(90);
    const blue = meanColour(raster, 18, 2, 30, 14);
    expect(blue[2]).toBeGreaterThan(120);
    expect(blue[0]).toBeLessThan(blue[2] - 60);
    expect(blue[1]).toBeLessThan(blue[2] - 60);
    expectAlphaOpaque(raster);
  });

  it('16-bit PNG decodes to 8-bit RGBA with the right values (±2)', async () => {
    const colours16: [number, number, number][] = [
      [65535, 0, 0],
      [0, 32896, 65535], // 32896 = 128 * 257
      [16448, 49344, 8224], // 64, 192, 32 (* 257)
      [65535, 65535, 65535],
    ];
    const data = new Uint16Array(colours16.length * 3);
    colours16.forEach((c, i) => data.set(c, i * 3));
    const file = await sharp(data, { raw: { width: 4, height: 1, channels: 3 } })
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    const header = await sharp(file).metadata();
    expect(header.depth).toBe('ushort');
    expect(header.bitsPerSample).toBe(16);

    const { raster, meta } = expectOk(await decodeImage(file, LIMITS));
    expect(meta).toMatchObject({ format: 'png', width: 4, height: 1 });
    expectRasterShape(raster, 4, 1);
    colours16.forEach((c, i) => {
      expectColourClose(pixelAt(raster, i, 0), [...c.map((v) => v / 257), 255], 2, `pixel ${i}`);
    });
  });

  it('grayscale (1-channel) PNG decodes to RGBA with R = G = B and alpha 255', async () => {
    const source = rawPixels(16, 4, 1, (x, y) => [x * 16 + y]);
    const file = await fromRaw(source, 16, 4, 1).toColourspace('b-w').png().toBuffer();
    expect((await sharp(file).metadata()).channels).toBe(1);

    const { raster } = expectOk(await decodeImage(file, LIMITS));
    expectRasterShape(raster, 16, 4);
    for (let y = 0; y < 4; y++) {
      for (let x = 0; x < 16; x++) {
        const [r, g, b, a] = pixelAt(raster, x, y);
        expect(r).toBe(g);
        expect(g).toBe(b);
        expect(a).toBe(255);
        expect(Math.abs(r - (x * 16 + y))).toBeLessThanOrEqual(1);
      }
    }
  });

  it('PNG with alpha: transparent pixels become white, opaque ones keep their colour, alpha is 255', async () => {
    // Columns: 0-3 transparent black, 4-7 transparent red, 8-11 opaque blue, 12-15 half-transparent red.
    const source = rawPixels(16, 4, 4, (x) => {
      if (x < 4) return [0, 0, 0, 0];
      if (x < 8) return [255, 0, 0, 0];
      if (x < 12) return [20, 40, 200, 255];
      return [255, 0, 0, 128];
    });
    const file = await fromRaw(source, 16, 4, 4).png().toBuffer();
    expect((await sharp(file).metadata()).hasAlpha).toBe(true);

    const { raster } = expectOk(await decodeImage(file, LIMITS));
    expectRasterShape(raster, 16, 4);
    expectAlphaOpaque(raster);
    for (let y = 0; y < 4; y++) {
      for (let x = 0; x < 16; x++) {
        const pixel = pixelAt(raster, x, y);
        if (x < 8) expectColourClose(pixel, [255, 255, 255], 0, `transparent (${x},${y})`);
        else if (x < 12) expectColourClose(pixel, [20, 40, 200], 1, `opaque (${x},${y})`);
        else expectColourClose(pixel, [255, 127, 127], 3, `half-transparent (${x},${y})`);
      }
    }
  });

  it('palette PNG (with a transparent entry) decodes', async () => {
    const palette: (readonly number[])[] = [
      [255, 0, 0, 255],
      [0, 0, 255, 255],
      [0, 160, 0, 255],
      [0, 0, 0, 0],
    ];
    const source = rawPixels(16, 8, 4, (x, y) => palette[(Math.floor(x / 4) + Math.floor(y / 4) * 2) % 4]!);
    const file = await fromRaw(source, 16, 8, 4).png({ palette: true, colours: 8, dither: 0 }).toBuffer();
    const header = await sharp(file).metadata();
    expect(header.isPalette).toBe(true);

    const { raster, meta } = expectOk(await decodeImage(file, LIMITS));
    expect(meta).toMatchObject({ format: 'png', width: 16, height: 8 });
    expectRasterShape(raster, 16, 8);
    expectAlphaOpaque(raster);
    for (let y = 0; y < 8; y++) {
      for (let x = 0; x < 16; x++) {
        const entry = palette[(Math.floor(x / 4) + Math.floor(y / 4) * 2) % 4]!;
        const expected = entry[3] === 0 ? [255, 255, 255] : entry.slice(0, 3);
        expectColourClose(pixelAt(raster, x, y), expected, 8, `(${x},${y})`);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 7-8. Size: decode-time downscale and the pixel limit
// ---------------------------------------------------------------------------------------------

describe('decodeImage: size', () => {
  let wide: Buffer; // 3000x1000 JPEG, left third red, middle green, right third blue
  beforeAll(async () => {
    const source = rawPixels(3000, 1000, 3, (x) => (x < 1000 ? RED : x < 2000 ? GREEN : BLUE));
    wide = await fromRaw(source, 3000, 1000, 3).jpeg({ quality: 90 }).toBuffer();
  });

  it('shrinks to maxSide while decoding but reports the original size', async () => {
    const { raster, meta } = expectOk(await decodeImage(wide, { maxPixels: 50_000_000, maxSide: 1024 }));
    expect(meta).toMatchObject({ format: 'jpeg', width: 3000, height: 1000, bytes: wide.byteLength });
    expect(raster.width).toBe(1024);
    expect(Math.abs(raster.height - 1024 / 3)).toBeLessThanOrEqual(1);
    expect(raster.data.length).toBe(raster.width * raster.height * 4);
    // The content is scaled, not cropped: red, green and blue thirds are all still there.
    const h = raster.height;
    expectColourClose(meanColour(raster, 20, 20, 320, h - 20), RED, 30, 'left third');
    expectColourClose(meanColour(raster, 360, 20, 660, h - 20), GREEN, 30, 'middle third');
    expectColourClose(meanColour(raster, 700, 20, 1000, h - 20), BLUE, 30, 'right third');
  });

  it('decodes the centre at the file size besides the shrunk raster when asked (detailSide)', async () => {
    const { raster, detail } = expectOk(await decodeImage(wide, { ...LIMITS, detailSide: 512 }));
    expect(raster.width).toBe(1024);
    // The middle third (green) of the 3000 × 1000 file, 512 pixels square, 1:1.
    expectRasterShape(detail!, 512, 512);
    expectColourClose(meanColour(detail!, 0, 0, 512, 512), GREEN, 30, 'centre');
    expect(expectOk(await decodeImage(wide, LIMITS)).detail).toBeUndefined();
  });

  it('does not enlarge small images', async () => {
    const file = await fromRaw(
      rawPixels(50, 30, 3, () => [10, 20, 30]),
      50,
      30,
      3,
    )
      .png()
      .toBuffer();
    const { raster } = expectOk(await decodeImage(file, { maxPixels: 50_000_000, maxSide: 1024 }));
    expectRasterShape(raster, 50, 30);
  });

  it('rejects images over maxPixels as too_large with score = pixels and threshold = limit', async () => {
    const result = expectError(await decodeImage(wide, { maxPixels: 2_999_999, maxSide: 1024 }), 'too_large');
    expect(result.error.score).toBe(3_000_000);
    expect(result.error.threshold).toBe(2_999_999);
    expect(result.meta).toMatchObject({ format: 'jpeg', width: 3000, height: 1000 });
    expect('raster' in result).toBe(false);
    // Exactly at the limit is fine.
    expectOk(await decodeImage(wide, { maxPixels: 3_000_000, maxSide: 1024 }));
  });

  it('checks the limit from the header only, without decoding the pixels', async () => {
    // The header is intact but the pixel data is cut off: decoding would fail as unreadable.
    const truncated = wide.subarray(0, Math.floor(wide.byteLength / 2));
    expectError(await decodeImage(truncated, { maxPixels: 50_000_000, maxSide: 1024 }), 'unreadable');
    const result = expectError(await decodeImage(truncated, { maxPixels: 1_000_000, maxSide: 1024 }), 'too_large');
    expect(result.error.score).toBe(3_000_000);
  });
});

// ---------------------------------------------------------------------------------------------
// 9. Bad and foreign input, other accepted formats
// ---------------------------------------------------------------------------------------------

describe('decodeImage: bad input is a result, never a throw', () => {
  const text = (s: string): Uint8Array => new TextEncoder().encode(s);
  let goodJpeg: Buffer;
  beforeAll(async () => {
    const source = rawPixels(256, 256, 3, (x, y) => [x, y, (x * y) % 256]);
    goodJpeg = await fromRaw(source, 256, 256, 3).jpeg({ quality: 90 }).toBuffer();
  });

  it('zero bytes → unreadable', async () => {
    const result = expectError(await decodeImage(new Uint8Array(0), LIMITS), 'unreadable');
    expect(result.meta.bytes).toBe(0);
  });

  it('text → unsupported_format', async () => {
    const result = expectError(await decodeImage(text('hello, this is not an image'), LIMITS), 'unsupported_format');
    expect(result.meta.format).toBe('unknown');
  });

  it('a JPEG truncated to half its bytes → unreadable', async () => {
    const truncated = goodJpeg.subarray(0, Math.floor(goodJpeg.byteLength / 2));
    expectOk(await decodeImage(goodJpeg, LIMITS)); // the whole file is fine
    const result = expectError(await decodeImage(truncated, LIMITS), 'unreadable');
    expect(result.meta.format).toBe('jpeg');
  });

  it('a PDF without a page → unreadable, its format pdf (PDFs are tested in tests/node/pdf.test.ts)', async () => {
    const pdf = text(
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    );
    const result = expectError(await decodeImage(pdf, LIMITS), 'unreadable');
    expect(result.meta.format).toBe('pdf');
  });

  it('an SVG → unsupported_format (although sharp could render it)', async () => {
    const svg = text(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>',
    );
    const result = expectError(await decodeImage(svg, LIMITS), 'unsupported_format');
    expect(result.meta.format).toBe('svg');
  });

  it('a TIFF → unsupported_format (although sharp could decode it)', async () => {
    const tiff = await fromRaw(
      rawPixels(8, 8, 3, () => [1, 2, 3]),
      8,
      8,
      3,
    )
      .tiff()
      .toBuffer();
    const result = expectError(await decodeImage(tiff, LIMITS), 'unsupported_format');
    expect(result.meta.format).toBe('tiff');
  });

  it('random bytes behind a PNG signature → unreadable', async () => {
    const bytes = new Uint8Array(2048);
    let state = 12345;
    for (let i = 0; i < bytes.length; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      bytes[i] = state >>> 24;
    }
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
    const result = expectError(await decodeImage(bytes, LIMITS), 'unreadable');
    expect(result.meta.format).toBe('png');
  });

  it('none of the bad inputs throws', async () => {
    const inputs: Uint8Array[] = [
      new Uint8Array(0),
      new Uint8Array([0xff]),
      new Uint8Array([0xff, 0xd8, 0xff]),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      text('GIF89a'),
      text('RIFF\0\0\0\0WEBP'),
      goodJpeg.subarray(0, 200),
      goodJpeg.subarray(0, 20),
    ];
    for (const input of inputs) {
      const result = await decodeImage(input, LIMITS);
      expect(result.ok).toBe(false);
    }
  });

  const smallSource = (): Buffer => rawPixels(24, 12, 3, (x) => (x < 12 ? [230, 20, 20] : [20, 20, 230]));
  const expectRedBlue = (raster: Raster, tolerance: number): void => {
    expectRasterShape(raster, 24, 12);
    expectColourClose(meanColour(raster, 2, 2, 10, 10), [230, 20, 20], tolerance, 'left');
    expectColourClose(meanColour(raster, 14, 2, 22, 10), [20, 20, 230], tolerance, 'right');
    expectAlphaOpaque(raster);
  };

  it('a GIF decodes', async () => {
    const file = await fromRaw(smallSource(), 24, 12, 3).gif().toBuffer();
    const { raster, meta } = expectOk(await decodeImage(file, LIMITS));
    expect(meta).toMatchObject({ format: 'gif', width: 24, height: 12 });
    expectRedBlue(raster, 10);
  });

  it('an animated GIF decodes to its first frame only', async () => {
    // Two 24x12 frames stacked: the first red/blue, the second solid green.
    const frames = Buffer.concat([smallSource(), rawPixels(24, 12, 3, () => [20, 230, 20])]);
    const file = await sharp(frames, { raw: { width: 24, height: 24, channels: 3, pageHeight: 12 } })
      .gif()
      .toBuffer();
    expect((await sharp(file).metadata()).pages).toBe(2);
    const { raster, meta } = expectOk(await decodeImage(file, LIMITS));
    expect(meta).toMatchObject({ format: 'gif', width: 24, height: 12 });
    expectRedBlue(raster, 10);
  });

  it('a WebP decodes', async () => {
    const file = await fromRaw(smallSource(), 24, 12, 3).webp({ lossless: true }).toBuffer();
    const { raster, meta } = expectOk(await decodeImage(file, LIMITS));
    expect(meta).toMatchObject({ format: 'webp', width: 24, height: 12 });
    expectRedBlue(raster, 3);
  });

  it('an AVIF decodes', async () => {
    const file = await fromRaw(smallSource(), 24, 12, 3).avif({ quality: 90 }).toBuffer();
    const { raster, meta } = expectOk(await decodeImage(file, LIMITS));
    expect(meta).toMatchObject({ format: 'avif', width: 24, height: 12 });
    expectRedBlue(raster, 40);
  });
});

// ---------------------------------------------------------------------------------------------
// 10. analyzeFile
// ---------------------------------------------------------------------------------------------

describe('analyzeFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'id-precheck-decode-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a missing file → unreadable report with verdict fail', async () => {
    const report = await analyzeFile(join(dir, 'does-not-exist.jpg'), { kind: 'document' });
    expect(report.verdict).toBe('fail');
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ code: 'unreadable', severity: 'fail' });
    expect(report.issues[0]!.detail).toContain('ENOENT');
  });

  it('a bad file → input-error report, not a throw', async () => {
    const path = join(dir, 'notes.jpg');
    await writeFile(path, 'hello, this is not an image');
    const report = await analyzeFile(path, { kind: 'selfie' });
    expect(report.kind).toBe('selfie');
    expect(report.verdict).toBe('fail');
    expect(report.issues.map((issue) => issue.code)).toEqual(['unsupported_format']);
    expect(typeof report.timings.decode).toBe('number');
  });

  it('a generated photo → full report', async () => {
    const width = 1600;
    const height = 1000;
    const source = rawPixels(width, height, 3, (x, y) => [(x * 7 + y) % 256, (y * 5) % 256, ((x + y) * 3) % 256]);
    const file = await fromRaw(source, width, height, 3).jpeg({ quality: 90 }).toBuffer();
    const path = join(dir, 'photo.jpg');
    await writeFile(path, file);

    const report = await analyzeFile(path, { kind: 'document' });
    expect(report.kind).toBe('document');
    expect(['pass', 'warn', 'fail']).toContain(report.verdict);
    for (const issue of report.issues) {
      expect(['unreadable', 'unsupported_format', 'too_large']).not.toContain(issue.code);
    }
    expect(typeof report.scores.lumaP95).toBe('number');
    expect(Number.isFinite(report.scores.lumaP95)).toBe(true);
    expect(typeof report.timings.decode).toBe('number');
    expect(typeof report.timings.analyze).toBe('number');
    expect(report.timings.decode).toBeGreaterThan(0);
    expect(report.image).toMatchObject({ format: 'jpeg', width, height, bytes: file.byteLength });

    // Bytes in give the same image as the path.
    const fromBytes = await analyzeFile(file, { kind: 'document' });
    expect(fromBytes.image).toEqual(report.image);
    expect(fromBytes.scores).toEqual(report.scores);
  });
});

// ---------------------------------------------------------------------------------------------
// 11. EXIF summary
// ---------------------------------------------------------------------------------------------

describe('decodeImage: EXIF summary', () => {
  it('reads make, model and software written with withExif', async () => {
    const file = await fromRaw(
      rawPixels(16, 16, 3, () => [90, 120, 150]),
      16,
      16,
      3,
    )
      .withExif({ IFD0: { Make: 'TestMake', Model: 'TestModel', Software: 'GIMP 2.10' } })
      .jpeg()
      .toBuffer();
    const { meta } = expectOk(await decodeImage(file, LIMITS));
    expect(meta.exif).toMatchObject({ make: 'TestMake', model: 'TestModel', software: 'GIMP 2.10' });
  });

  it('a file without EXIF has no exif summary', async () => {
    const file = await fromRaw(
      rawPixels(16, 16, 3, () => [90, 120, 150]),
      16,
      16,
      3,
    )
      .png()
      .toBuffer();
    const { meta } = expectOk(await decodeImage(file, LIMITS));
    expect(meta.exif).toBeUndefined();
  });
});
