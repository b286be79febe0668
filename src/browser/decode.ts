import exifr from 'exifr';
import type { InputError, InputErrorCode } from '../core/codes.js';
import { EXIF_PARSE_OPTIONS, summariseMetadata } from '../core/metadata.js';
import { checkEncodedInput, isLosslessEncoding } from '../core/sniff.js';
import type { ImageMeta, Raster } from '../core/types.js';

/** A decoded image, or why there is none (the browser twin of the Node decoder's result). */
export type BrowserDecodeResult =
  { ok: true; raster: Raster; meta: ImageMeta } | { ok: false; error: InputError; meta: Partial<ImageMeta> };

/** Decoder limits. */
export interface BrowserDecodeOptions {
  /** Images with more pixels than this are reported `too_large` (after decoding: browsers give no cheaper size). */
  maxPixels: number;
  /** Longer side of the raster handed to the checks; larger images are scaled down while drawing. */
  maxSide: number;
}

/** How far into the file the XMP packet is looked for. */
const XMP_SCAN_BYTES = 512 * 1024;

/**
 * Decodes image bytes in a browser (window or worker) into upright sRGB RGBA, like the Node
 * decoder: EXIF orientation applied (`imageOrientation: 'from-image'`), transparency on white,
 * scaled down to `maxSide` while drawing to an `OffscreenCanvas`. Never throws for bad input.
 */
export async function decodeInBrowser(bytes: Uint8Array, options: BrowserDecodeOptions): Promise<BrowserDecodeResult> {
  const baseMeta: Partial<ImageMeta> = { bytes: bytes.byteLength };
  const input = checkEncodedInput(bytes);
  if (input.format) baseMeta.format = input.format;
  if (!input.ok) return { ok: false, error: input.error, meta: baseMeta };
  const format = input.format;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart]), { imageOrientation: 'from-image' });
  } catch (error) {
    return failure('unreadable', `cannot decode the image: ${String((error as Error)?.message ?? error)}`, baseMeta);
  }
  try {
    const { width, height } = bitmap;
    const meta: ImageMeta = { ...baseMeta, format, width, height, lossless: isLosslessEncoding(bytes, format) };
    if (width * height === 0) return failure('unreadable', 'the image has no pixels', meta);
    if (width * height > options.maxPixels) {
      return failure('too_large', `${width}x${height} exceeds the limit of ${options.maxPixels} pixels`, meta, {
        score: width * height,
        threshold: options.maxPixels,
      });
    }
    const exif = await readMetadata(bytes);
    if (exif) meta.exif = exif;
    return { ok: true, raster: drawScaled(bitmap, options.maxSide), meta };
  } finally {
    bitmap.close();
  }
}

/** The bitmap drawn on white at most `maxSide` on its longer side, as RGBA pixels. */
export function drawScaled(bitmap: ImageBitmap, maxSide: number): Raster {
  const factor = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * factor));
  const height = Math.max(1, Math.round(bitmap.height * factor));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d context on OffscreenCanvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  const { data } = context.getImageData(0, 0, width, height, { colorSpace: 'srgb' });
  return { data, width, height };
}

/** EXIF tags and the XMP packet's text, summarised like the Node decoder's; corrupt metadata is ignored. */
async function readMetadata(bytes: Uint8Array): Promise<ReturnType<typeof summariseMetadata>> {
  let tags: Record<string, unknown> | undefined;
  try {
    tags = await exifr.parse(bytes, EXIF_PARSE_OPTIONS);
  } catch {
    tags = undefined;
  }
  return summariseMetadata(tags, xmpPacket(bytes));
}

/** The XMP packet (`<x:xmpmeta …>…</x:xmpmeta>`) as text, when it is stored uncompressed near the start. */
function xmpPacket(bytes: Uint8Array): string | undefined {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, XMP_SCAN_BYTES));
  const start = text.indexOf('<x:xmpmeta');
  if (start < 0) return undefined;
  const end = text.indexOf('</x:xmpmeta>', start);
  return end < 0 ? undefined : new TextDecoder('utf-8').decode(bytes.subarray(start, end + 12));
}

function failure(
  code: InputErrorCode,
  detail: string,
  meta: Partial<ImageMeta>,
  measured: { score?: number; threshold?: number } = {},
): BrowserDecodeResult {
  return { ok: false, error: { code, detail, ...measured }, meta };
}
