import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/node/analyze-file.js';
import { decodeImage } from '../../src/node/decode.js';
import { readExif } from '../../src/node/exif.js';

const LIMITS = { maxPixels: 1e8, maxSide: 2048 };
const tiny = (): Sharp => sharp({ create: { width: 16, height: 12, channels: 3, background: '#3a6ea5' } });

describe('metadata from every container', () => {
  for (const format of ['jpeg', 'png', 'webp', 'avif'] as const) {
    it(`reads EXIF software and dates from ${format}`, async () => {
      const bytes = await tiny()
        .withExif({ IFD0: { Make: 'Pixel', Software: 'Snapseed 2.0', DateTime: '2024:05:01 10:20:30' } })
        .toFormat(format)
        .toBuffer();
      const decoded = await decodeImage(bytes, LIMITS);
      expect(decoded.ok).toBe(true);
      expect(decoded.ok && decoded.meta.exif).toMatchObject({ make: 'Pixel', software: 'Snapseed 2.0' });
    });
  }

  it('reads the XMP creator tool and the capture date', async () => {
    const xmp = Buffer.from(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
        '<rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Adobe Photoshop 25.0"/></rdf:RDF></x:xmpmeta>',
    );
    const exif = await tiny()
      .withExif({ IFD2: { DateTimeOriginal: '2023:01:02 03:04:05' } })
      .jpeg()
      .toBuffer();
    const { exif: block } = await sharp(exif).metadata();
    expect(await readExif({ exif: block, xmp })).toMatchObject({
      creatorTool: 'Adobe Photoshop 25.0',
      dateTime: '2023-01-02T03:04:05',
    });
    expect(await readExif({ exif: Buffer.from('Exif\0\0garbage') })).toBeUndefined();
    const older = Buffer.from(`<rdf:Description xap:CreatorTool='Adobe Photoshop CS2 &amp; more'/>`);
    expect(await readExif({ xmp: older })).toEqual({ creatorTool: 'Adobe Photoshop CS2 & more' });
    const element = Buffer.from('<xmp:CreatorTool>GIMP 2.10</xmp:CreatorTool>');
    expect(await readExif({ xmp: element })).toEqual({ creatorTool: 'GIMP 2.10' });
  });
});

describe('analyzeFile on odd inputs', () => {
  it('reports a FIFO or a directory instead of hanging on it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'idp-odd-'));
    const fifo = join(dir, 'pipe.jpg');
    execFileSync('mkfifo', [fifo]);
    const report = await analyzeFile(fifo, { kind: 'document' });
    expect(report.issues[0]).toMatchObject({ code: 'unreadable', detail: 'not a regular file' });
    expect((await analyzeFile(dir, { kind: 'document' })).issues[0]!.code).toBe('unreadable');
  });

  it('throws for programmer errors before touching the file', async () => {
    await expect(analyzeFile('/no/such/file.jpg', { kind: 'passport' as never })).rejects.toThrow(TypeError);
    await expect(
      analyzeFile('/no/such/file.jpg', { kind: 'document', options: { exposure: { darkP95: 999 } } }),
    ).rejects.toThrow(RangeError);
  });
});
