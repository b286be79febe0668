import exifr from 'exifr';
import { detailBox } from '../core/detail.js';
import { EXIF_PARSE_OPTIONS, summariseMetadata } from '../core/metadata.js';
import type { Box, ImageMeta, Raster } from '../core/types.js';
import {
  decodeFailure,
  errorMessage,
  sizeFailure,
  sniffEncoded,
  type DecodeLimits,
  type DecodeResult,
} from '../host/decode.js';
import { fitInside, type Canvas2D } from './frames.js';
import { decodePdfInBrowser } from './pdf.js';

/** How far into the file the XMP packet is looked for. */
const XMP_SCAN_BYTES = 512 * 1024;

/**
 * Decodes image bytes in a browser (window or worker) into upright sRGB RGBA, like the Node
 * decoder: EXIF orientation applied (`imageOrientation: 'from-image'`), transparency on white,
 * scaled down to `maxSide` while drawing to an `OffscreenCanvas`; a PDF's first page drawn by
 * pdf.js, loaded from `assetsUrl` (see `decodePdfInBrowser`). Never throws for bad input.
 */
export async function decodeInBrowser(
  bytes: Uint8Array,
  limits: DecodeLimits,
  assetsUrl: string,
): Promise<DecodeResult> {
  const sniffed = sniffEncoded(bytes);
  if (!sniffed.ok) return sniffed;
  const { format, meta: baseMeta } = sniffed;
  if (format === 'pdf') return decodePdfInBrowser(bytes, limits, assetsUrl);
  // The metadata first: it makes the header's size upright, and no decoded image waits open for it.
  const exif = await readMetadata(bytes);
  const fileMeta = { ...baseMeta, format, ...(exif ? { exif } : {}) };
  const shrunk = format === 'jpeg' ? await shrunkJpeg(bytes, limits, fileMeta) : undefined;
  if (shrunk !== undefined && 'ok' in shrunk) return shrunk;
  let image: DecodedImage;
  if (shrunk !== undefined) image = shrunk;
  else {
    try {
      image = bitmapImage(await createImageBitmap(new Blob([bytes as BlobPart]), { imageOrientation: 'from-image' }));
    } catch (error) {
      return decodeFailure('unreadable', `cannot decode the image: ${errorMessage(error)}`, baseMeta);
    }
  }
  const meta: ImageMeta = {
    ...fileMeta,
    width: image.fullWidth ?? image.width,
    height: image.fullHeight ?? image.height,
  };
  const result = rasterOf(image, meta, limits);
  if (!result.ok || result.detail !== undefined || !limits.detailSide) return result;
  if (result.raster.width >= meta.width && result.raster.height >= meta.height) return result;
  // Shrunk by the codec: the centre is decoded again, whole (see `detailOf`).
  try {
    const box = detailBox(meta.width, meta.height, limits.detailSide);
    const crop = await createImageBitmap(new Blob([bytes as BlobPart]), box.x, box.y, box.width, box.height, {
      imageOrientation: 'from-image',
    });
    try {
      return { ...result, detail: detailOf(crop, { x: 0, y: 0, width: crop.width, height: crop.height }) };
    } finally {
      crop.close();
    }
  } catch {
    return result;
  }
}

/** Decoded pixels to draw: upright, `width` × `height`; a JPEG shrunk while decoding also says its full size. */
interface DecodedImage {
  source: CanvasImageSource;
  width: number;
  height: number;
  fullWidth?: number;
  fullHeight?: number;
  close(): void;
}

/** A decoded bitmap as a {@link DecodedImage}: its own size, closed with it. */
function bitmapImage(bitmap: ImageBitmap): DecodedImage {
  return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
}

/**
 * The largest JPEG scale the decoder does quickly: its inverse DCT makes 1/2, 1/4 and 1/8 size
 * images directly, 2-3 times faster than the whole image (Chromium, 12 MP: 1/2 in 110 ms, 3/8 in
 * 85 ms, against 150-200 ms whole); 5/8 and up cost as much as the whole.
 */
const MAX_JPEG_SCALE = 4;

/**
 * A JPEG decoded at a reduced size by the codec itself (`ImageDecoder` with a desired size, which
 * scales in the inverse DCT by n/8), the smallest n/8 still at least `limits.maxSide` on its
 * longer side, so the canvas only ever scales down. Undefined where that does not apply or gains
 * nothing (no `ImageDecoder`, an engine whose frames do not report their EXIF rotation, a scale above
 * {@link MAX_JPEG_SCALE}/8, an unreadable header or a failed decode: the caller decodes the whole
 * image as before). A size error when the header says the image is too large: known before
 * decoding it.
 */
async function shrunkJpeg(
  bytes: Uint8Array,
  limits: DecodeLimits,
  meta: Omit<ImageMeta, 'width' | 'height'>,
): Promise<DecodedImage | DecodeResult | undefined> {
  // Engines without `VideoFrame.rotation` (Firefox) would decode the JPEG twice: once here, not
  // knowing its orientation, then whole.
  if (typeof ImageDecoder === 'undefined' || typeof VideoFrame === 'undefined') return undefined;
  if (!('rotation' in VideoFrame.prototype)) return undefined;
  const stored = jpegSize(bytes);
  if (stored === undefined) return undefined;
  const turned = (meta.exif?.orientation ?? 1) >= 5;
  const upright = turned ? { width: stored.height, height: stored.width } : stored;
  const tooLarge = sizeFailure({ ...meta, ...upright }, limits);
  if (tooLarge) return tooLarge;
  const eighths = Math.ceil((8 * limits.maxSide) / Math.max(stored.width, stored.height));
  if (eighths > MAX_JPEG_SCALE) return undefined;
  let decoder: ImageDecoder | undefined;
  try {
    decoder = new ImageDecoder({
      data: bytes,
      type: 'image/jpeg',
      desiredWidth: Math.ceil((stored.width * eighths) / 8),
      desiredHeight: Math.ceil((stored.height * eighths) / 8),
    });
    const { image: frame } = await decoder.decode();
    // Checked above: this engine's frames say how they are turned (EXIF), and draw upright.
    const sideways = (frame as VideoFrame & { rotation: number }).rotation % 180 !== 0;
    return {
      source: frame,
      width: frame.displayWidth,
      height: frame.displayHeight,
      fullWidth: sideways ? stored.height : stored.width,
      fullHeight: sideways ? stored.width : stored.height,
      close: () => frame.close(),
    };
  } catch {
    return undefined;
  } finally {
    decoder?.close();
  }
}

/**
 * A JPEG's stored size (before EXIF orientation), from its frame header (SOF0-SOF15, not DHT,
 * JPG or DAC); undefined when the markers do not lead to one.
 */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++;
      continue;
    }
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = (bytes[offset + 5]! << 8) | bytes[offset + 6]!;
      const width = (bytes[offset + 7]! << 8) | bytes[offset + 8]!;
      return width > 0 && height > 0 ? { width, height } : undefined;
    }
    if (marker === 0xda || length < 2) return undefined;
    offset += 2 + length;
  }
  return undefined;
}

/** An already decoded frame (e.g. from the camera): no file, so no format, size or metadata. */
export function decodeBitmap(bitmap: ImageBitmap, limits: DecodeLimits): DecodeResult {
  return rasterOf(bitmapImage(bitmap), { width: bitmap.width, height: bitmap.height, format: 'bitmap' }, limits);
}

/**
 * The image's pixels at most `limits.maxSide` on the longer side, or its size error (checked
 * after decoding where the header was not read: `createImageBitmap` gives no cheaper way to learn
 * the size). Closes the image.
 */
function rasterOf(image: DecodedImage, meta: ImageMeta, limits: DecodeLimits): DecodeResult {
  try {
    const failure = sizeFailure(meta, limits);
    if (failure) return failure;
    const raster = drawScaled(image, limits.maxSide);
    // A whole decode (not shrunk by the codec) already holds the centre at the file's own size.
    const whole = image.fullWidth === undefined && (raster.width < image.width || raster.height < image.height);
    if (!whole || !limits.detailSide) return { ok: true, raster, meta };
    return {
      ok: true,
      raster,
      meta,
      detail: detailOf(image.source, detailBox(image.width, image.height, limits.detailSide)),
    };
  } finally {
    image.close();
  }
}

/**
 * The pixels of `box` in `image`, drawn 1:1 on white, as RGBA: the detail sample
 * (`DecodeResult.detail`). A JPEG the codec shrank is decoded again for it, cropped by
 * `createImageBitmap`, which decodes the whole file first (Chromium, 12 MP: 150-200 ms, see
 * {@link MAX_JPEG_SCALE}; not timed with the crop).
 */
function detailOf(source: CanvasImageSource, box: Box): Raster {
  const canvas = new OffscreenCanvas(box.width, box.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d context on OffscreenCanvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, box.width, box.height);
  context.drawImage(source, box.x, box.y, box.width, box.height, 0, 0, box.width, box.height);
  const { data } = context.getImageData(0, 0, box.width, box.height, { colorSpace: 'srgb' });
  return { data, width: box.width, height: box.height };
}

/** The image drawn on white at most `maxSide` on its longer side, as RGBA pixels. */
function drawScaled(image: DecodedImage, maxSide: number): Raster {
  const { canvas, context } = scaledCanvas(image, maxSide, true);
  const { width, height } = canvas;
  const { data } = context.getImageData(0, 0, width, height, { colorSpace: 'srgb' });
  return { data, width, height };
}

/**
 * A small upright copy of encoded image bytes for showing them, drawn as the checks see them (on
 * white, smoothly scaled to at most `maxSide`). Made here, in the worker: in Chromium a smoothed
 * resize of a 12 MP photo on the page is a 60-90 ms main-thread task. Rejects when undecodable.
 */
export async function previewBitmap(input: Blob, maxSide: number): Promise<ImageBitmap> {
  const bitmap = await createImageBitmap(input, { imageOrientation: 'from-image' });
  try {
    return scaledCanvas(bitmapImage(bitmap), maxSide, false).canvas.transferToImageBitmap();
  } finally {
    bitmap.close();
  }
}

/** Decoded pixels as a small bitmap for a thumbnail, at most `maxSide` on the longer side. */
export function rasterThumbnail(raster: Raster, maxSide: number): Promise<ImageBitmap> {
  const { width, height } = fitInside(raster, maxSide);
  const data = raster.data as Uint8ClampedArray<ArrayBuffer>; // decoded pixels, never shared memory
  return createImageBitmap(new ImageData(data, raster.width, raster.height), {
    resizeWidth: width,
    resizeHeight: height,
    resizeQuality: 'medium',
  });
}

/** The image drawn on white, smoothly scaled to at most `maxSide` on its longer side. */
function scaledCanvas(image: DecodedImage, maxSide: number, willReadFrequently: boolean): Canvas2D {
  const { width, height } = fitInside(image, maxSide);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently });
  if (!context) throw new Error('no 2d context on OffscreenCanvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(image.source, 0, 0, width, height);
  return { canvas, context };
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
