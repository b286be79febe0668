import sharp, { type Metadata, type SharpOptions } from 'sharp';
import type { InputError, InputErrorCode } from '../core/codes.js';
import { checkEncodedInput, isLosslessEncoding } from '../core/sniff.js';
import type { ImageMeta, Raster } from '../core/types.js';
import { readExif } from './exif.js';

/** Decoder limits. */
export interface DecodeOptions {
  /** Inputs with more pixels than this are not decoded (`too_large`). */
  maxPixels: number;
  /** Longer side of the decoded raster; larger images are shrunk while decoding, for speed. */
  maxSide: number;
  /** Give up on one image after this many seconds. @default 30 */
  timeoutSeconds?: number;
}

/** A decoded image, or why there is none. */
export type DecodeResult =
  | { ok: true; raster: Raster; meta: ImageMeta }
  | {
      ok: false;
      error: InputError;
      meta: Partial<ImageMeta>;
    };

/**
 * Decodes any image sharp reads into upright sRGB RGBA: EXIF orientation applied, CMYK, 16-bit,
 * grayscale and palette images converted, transparency flattened onto white (as the browser path
 * draws it), shrunk on load to `maxSide`. A file that cannot be decoded is a result, not a throw.
 */
export async function decodeImage(bytes: Uint8Array, options: DecodeOptions): Promise<DecodeResult> {
  const baseMeta: Partial<ImageMeta> = { bytes: bytes.byteLength };
  const input = checkEncodedInput(bytes);
  if (input.format) baseMeta.format = input.format;
  if (!input.ok) return { ok: false, error: input.error, meta: baseMeta };
  const format = input.format;

  const sharpOptions: SharpOptions = { failOn: 'truncated', limitInputPixels: false, pages: 1 };
  let header: Metadata;
  try {
    header = await sharp(bytes, sharpOptions).metadata();
  } catch (error) {
    return failure('unreadable', `cannot read the image header: ${messageOf(error)}`, baseMeta);
  }
  const rotated = (header.orientation ?? 1) >= 5;
  const width = (rotated ? header.height : header.width) ?? 0;
  const height = (rotated ? header.width : header.height) ?? 0;
  const meta: ImageMeta = { ...baseMeta, format, width, height, lossless: isLosslessEncoding(bytes, format) };
  const pixels = width * height;
  if (pixels === 0) return failure('unreadable', 'the image has no pixels', meta);
  if (pixels > options.maxPixels) {
    return failure('too_large', `${width}x${height} exceeds the limit of ${options.maxPixels} pixels`, meta, {
      score: pixels,
      threshold: options.maxPixels,
    });
  }

  try {
    const { data, info } = await sharp(bytes, sharpOptions)
      .timeout({ seconds: options.timeoutSeconds ?? 30 })
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize({ width: options.maxSide, height: options.maxSide, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .ensureAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const exif = await readExif(header);
    if (exif) meta.exif = exif;
    const raster: Raster = {
      data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
    };
    return { ok: true, raster, meta };
  } catch (error) {
    return failure('unreadable', `cannot decode the image: ${messageOf(error)}`, meta);
  }
}

function failure(
  code: InputErrorCode,
  detail: string,
  meta: Partial<ImageMeta>,
  measured: { score?: number; threshold?: number } = {},
): DecodeResult {
  return { ok: false, error: { code, detail, ...measured }, meta };
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
}
