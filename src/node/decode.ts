import sharp, { type Metadata, type SharpOptions } from 'sharp';
import { detailBox } from '../core/detail.js';
import type { ImageMeta, Raster } from '../core/types.js';
import {
  decodeFailure,
  errorMessage,
  sizeFailure,
  sniffEncoded,
  type DecodeLimits,
  type DecodeResult,
} from '../host/decode.js';
import { readExif } from './exif.js';
import { decodePdf } from './pdf.js';

export type { DecodeResult };

/** Decoder limits. */
export interface DecodeOptions extends DecodeLimits {
  /** Give up on one image after this many seconds. @default 30 (15 for a PDF: `PDF_TIME_LIMIT_MS`) */
  timeoutSeconds?: number;
}

/**
 * Decodes any image sharp reads into upright sRGB RGBA: EXIF orientation applied, CMYK, 16-bit,
 * grayscale and palette images converted, transparency flattened onto white (as the browser path
 * draws it), shrunk on load to `maxSide`. A file that cannot be decoded is a result, not a throw.
 *
 * The reduction after JPEG shrink-on-load uses libvips' linear (triangle) kernel: its scores stay
 * closest to the earlier decode at 2 × with area-averaging (on 423 files: 1 changed issue set,
 * against 13 with lanczos3 and 5 with mitchell; docs/speed.md "Decoding"), and it does not ring at
 * the print's edges.
 */
export async function decodeImage(bytes: Uint8Array, options: DecodeOptions): Promise<DecodeResult> {
  const sniffed = sniffEncoded(bytes);
  if (!sniffed.ok) return sniffed;
  const { format, meta: baseMeta } = sniffed;
  if (format === 'pdf')
    return decodePdf(bytes, options, options.timeoutSeconds === undefined ? undefined : 1000 * options.timeoutSeconds);

  const sharpOptions: SharpOptions = { failOn: 'truncated', limitInputPixels: false, pages: 1 };
  let header: Metadata;
  try {
    header = await sharp(bytes, sharpOptions).metadata();
  } catch (error) {
    return decodeFailure('unreadable', `cannot read the image header: ${errorMessage(error)}`, baseMeta);
  }
  const rotated = (header.orientation ?? 1) >= 5;
  const width = (rotated ? header.height : header.width) ?? 0;
  const height = (rotated ? header.width : header.height) ?? 0;
  const meta: ImageMeta = { ...baseMeta, format, width, height };
  const tooBig = sizeFailure(meta, options);
  if (tooBig) return tooBig;

  try {
    const { data, info } = await sharp(bytes, sharpOptions)
      .timeout({ seconds: options.timeoutSeconds ?? 30 })
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize({
        width: options.maxSide,
        height: options.maxSide,
        fit: 'inside',
        withoutEnlargement: true,
        kernel: 'linear',
      })
      .toColourspace('srgb')
      .ensureAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const exif = await readExif(header);
    if (exif) meta.exif = exif;
    const raster = rasterOf(data, info);
    const shrunk = info.width < width || info.height < height;
    if (!shrunk || !options.detailSide) return { ok: true, raster, meta };
    const detail = await decodeDetail(bytes, sharpOptions, meta, options.detailSide, options.timeoutSeconds ?? 30);
    return { ok: true, raster, meta, detail };
  } catch (error) {
    return decodeFailure('unreadable', `cannot decode the image: ${errorMessage(error)}`, meta);
  }
}

/**
 * The upright picture's centre (`detailBox`) at the file's own size, prepared like the raster (on
 * white, sRGB, RGBA). The decoder reads the file down to the square's last row at full size: a
 * 12 MP JPEG took 63 ms to decode with it, 40 ms without (docs/checks/screen-recapture.md "Cost").
 */
async function decodeDetail(
  bytes: Uint8Array,
  sharpOptions: SharpOptions,
  meta: ImageMeta,
  side: number,
  timeoutSeconds: number,
): Promise<Raster> {
  const box = detailBox(meta.width, meta.height, side);
  const { data, info } = await sharp(bytes, sharpOptions)
    .timeout({ seconds: timeoutSeconds })
    .rotate()
    .extract({ left: box.x, top: box.y, width: box.width, height: box.height })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .ensureAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  return rasterOf(data, info);
}

function rasterOf(data: Buffer, info: { width: number; height: number }): Raster {
  return {
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
  };
}
