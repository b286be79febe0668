import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPageSize, PDF_VECTOR_DPI } from '../../src/host/pdf-size.js';
import { analyzeFile } from '../../src/node/analyze-file.js';
import { decodeImage, type DecodeResult } from '../../src/node/decode.js';
import { decodePdf } from '../../src/node/pdf.js';
import { ROOT } from '../cli/run-cli.js';

const LIMITS = { maxPixels: 150_000_000, maxSide: 1024 };
const image = (file: string): Uint8Array => readFileSync(join(ROOT, 'test-images', file));

function expectOk(result: DecodeResult): Extract<DecodeResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a raster, got ${result.error.code}: ${result.error.detail}`);
  return result;
}

describe('PDF input in Node (pdf.js, first page)', () => {
  it('draws a page holding a photo as the photo is decoded: same size, nearly the same pixels', async () => {
    const pdf = expectOk(await decodeImage(image('pdf_one_page_01.pdf'), LIMITS));
    const photo = expectOk(await decodeImage(image('doc_good_wood_card_01.jpg'), LIMITS));
    expect(pdf.meta).toMatchObject({ format: 'pdf', width: 1600, height: 1200, pages: 1 });
    expect(pdf.meta.exif).toEqual({ software: 'id-precheck test-images', creatorTool: 'scripts/test-images/pdf.mjs' });
    expect([pdf.raster.width, pdf.raster.height]).toEqual([photo.raster.width, photo.raster.height]);
    // Two resamplers of the same photo (pdf.js on a canvas, libvips): a few levels apart on average.
    let difference = 0;
    for (let i = 0; i < pdf.raster.data.length; i += 4)
      difference += Math.abs(pdf.raster.data[i]! - photo.raster.data[i]!);
    expect(difference / (pdf.raster.data.length / 4)).toBeLessThan(6);
  });

  it('checks the first of several pages, and says how many there are', async () => {
    const report = await analyzeFile(join(ROOT, 'test-images/pdf_pages_02.pdf'), { kind: 'document', faces: false });
    expect(report.verdict).toBe('pass');
    expect(report.image).toMatchObject({ format: 'pdf', width: 1600, height: 1200, pages: 3 });
    const many = await analyzeFile(join(ROOT, 'test-images/pdf_many_pages_03.pdf'), { kind: 'document', faces: false });
    expect(many.image.pages).toBe(3000);
    expect(many.timings.decode).toBeLessThan(5000);
  });

  it('draws a page of any size at most maxSide, its size capped at maxPixels', async () => {
    const huge = expectOk(await decodeImage(image('pdf_huge_page_04.pdf'), LIMITS));
    expect(Math.max(huge.raster.width, huge.raster.height)).toBe(1024);
    expect(huge.meta.width * huge.meta.height).toBeLessThanOrEqual(LIMITS.maxPixels);
    // The 400 MP image is left out, not decoded: the A4 page at the vector resolution, white.
    const giant = expectOk(await decodeImage(image('pdf_giant_image_05.pdf'), LIMITS));
    expect(giant.meta).toMatchObject({ width: Math.round((595 / 72) * PDF_VECTOR_DPI) });
    expect(giant.raster.data.every((value) => value > 250)).toBe(true);
  });

  it.each([
    ['pdf_encrypted_06.pdf', 'protected by a password'],
    ['pdf_corrupt_07.pdf', 'not a valid PDF'],
    ['pdf_truncated_08.pdf', 'not a valid PDF'],
  ])('%s → unreadable (%s)', async (file, detail) => {
    const result = await decodeImage(image(file), LIMITS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('unreadable');
    expect(result.error.detail).toContain(detail);
    expect(result.meta.format).toBe('pdf');
    if (file.includes('encrypted')) expect(result.error.facts).toEqual({ passwordProtected: true });
  });

  it('gives up at its time limit with a report, not a hang', async () => {
    const started = performance.now();
    const result = await decodePdf(image('pdf_giant_image_05.pdf'), LIMITS, 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.detail).toMatch(/took longer than 0.001 s/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('leaves the caller’s bytes as they were (pdf.js takes a copy)', async () => {
    const bytes = image('pdf_one_page_01.pdf');
    const copy = Uint8Array.from(bytes);
    expectOk(await decodeImage(bytes, LIMITS));
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});

describe('pdfPageSize', () => {
  const OPS = { save: 10, restore: 11, transform: 12, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75 };
  const IMAGE_OPS = { ...OPS, paintImageXObject: 85, paintInlineImageXObject: 86 };
  const page = (width: number, height: number) => ({ getViewport: () => ({ width, height }) });

  it('a page without images: its size at the vector resolution', () => {
    expect(pdfPageSize(page(72, 144), { fnArray: [], argsArray: [] }, IMAGE_OPS, LIMITS)).toEqual({
      width: PDF_VECTOR_DPI,
      height: 2 * PDF_VECTOR_DPI,
    });
  });

  it('the resolution of the largest image, through nested matrices and forms', () => {
    // A 2000 × 1000 image drawn 100 × 50 pt (20 px/pt) inside a form scaled by 2 (so 200 × 100 pt: 10 px/pt).
    const operators = {
      fnArray: [10, 74, 12, 85, 11, 75, 12, 85],
      argsArray: [
        null,
        [new Float32Array([2, 0, 0, 2, 0, 0]), null],
        [100, 0, 0, 50, 0, 0],
        ['img', 2000, 1000],
        null,
        null,
        [10, 0, 0, 10, 0, 0],
        ['small', 20, 20],
      ],
    };
    expect(pdfPageSize(page(300, 200), operators, IMAGE_OPS, LIMITS)).toEqual({ width: 3000, height: 2000 });
  });

  it('caps the size at maxPixels', () => {
    const size = pdfPageSize(page(14_400, 14_400), { fnArray: [], argsArray: [] }, IMAGE_OPS, {
      maxPixels: 1_000_000,
      maxSide: 1024,
    });
    expect(size).toEqual({ width: 1000, height: 1000 });
  });
});
