import sharp, { type JpegOptions } from 'sharp';
import { describe, expect, it } from 'vitest';
import { jpegSize } from '../../src/browser/decode.js';

describe('jpegSize (the header the browser decoder reads to shrink a JPEG while decoding it)', () => {
  const jpeg = (width: number, height: number, options: JpegOptions = {}) =>
    sharp({ create: { width, height, channels: 3, background: '#808080' } }).jpeg(options);

  it('reads the stored size of baseline and progressive JPEGs, EXIF and all', async () => {
    expect(jpegSize(await jpeg(640, 480).toBuffer())).toEqual({ width: 640, height: 480 });
    expect(jpegSize(await jpeg(31, 4000, { progressive: true }).toBuffer())).toEqual({ width: 31, height: 4000 });
    // Orientation 6 is applied when drawing: the header keeps the stored size.
    const rotated = await jpeg(400, 200).withMetadata({ orientation: 6 }).toBuffer();
    expect(jpegSize(rotated)).toEqual({ width: 400, height: 200 });
  });

  it('gives nothing for bytes that do not lead to a frame header', async () => {
    const bytes = await jpeg(64, 64).toBuffer();
    expect(jpegSize(bytes.subarray(0, 20))).toBeUndefined();
    expect(
      jpegSize(
        await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
          .png()
          .toBuffer(),
      ),
    ).toBeUndefined();
    expect(jpegSize(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2, 0, 0, 0, 0, 0, 0]))).toBeUndefined();
    expect(jpegSize(new Uint8Array(0))).toBeUndefined();
  });
});
