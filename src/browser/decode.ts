import exifr from 'exifr';
import { EXIF_PARSE_OPTIONS, summariseMetadata } from '../core/metadata.js';
import type { ImageMeta, Raster } from '../core/types.js';
import {
  decodeFailure,
  errorMessage,
  sizeFailure,
  sniffEncoded,
  type DecodeLimits,
  type DecodeResult,
} from '../host/decode.js';

/** How far into the file the XMP packet is looked for. */
const XMP_SCAN_BYTES = 512 * 1024;

/**
 * Decodes image bytes in a browser (window or worker) into upright sRGB RGBA, like the Node
 * decoder: EXIF orientation applied (`imageOrientation: 'from-image'`), transparency on white,
 * scaled down to `maxSide` while drawing to an `OffscreenCanvas`. Never throws for bad input.
 */
export async function decodeInBrowser(bytes: Uint8Array, limits: DecodeLimits): Promise<DecodeResult> {
  const sniffed = sniffEncoded(bytes);
  if (!sniffed.ok) return sniffed;
  const { format, meta: baseMeta } = sniffed;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart]), { imageOrientation: 'from-image' });
  } catch (error) {
    return decodeFailure('unreadable', `cannot decode the image: ${errorMessage(error)}`, baseMeta);
  }
  const { width, height } = bitmap;
  const meta: ImageMeta = { ...baseMeta, format, width, height };
  const exif = await readMetadata(bytes);
  if (exif) meta.exif = exif;
  return rasterOf(bitmap, meta, limits);
}

/** An already decoded frame (e.g. from the camera): no file, so no format, size or metadata. */
export function decodeBitmap(bitmap: ImageBitmap, limits: DecodeLimits): DecodeResult {
  return rasterOf(bitmap, { width: bitmap.width, height: bitmap.height, format: 'bitmap' }, limits);
}

/**
 * The bitmap's pixels at most `limits.maxSide` on the longer side, or its size error (checked
 * after decoding: browsers give no cheaper way to learn the size). Closes the bitmap.
 */
function rasterOf(bitmap: ImageBitmap, meta: ImageMeta, limits: DecodeLimits): DecodeResult {
  try {
    return sizeFailure(meta, limits) ?? { ok: true, raster: drawScaled(bitmap, limits.maxSide), meta };
  } finally {
    bitmap.close();
  }
}

type Canvas2D = { canvas: OffscreenCanvas; context: OffscreenCanvasRenderingContext2D };

/**
 * The canvases live frames are drawn on, kept from frame to frame (a new canvas per frame costs
 * more than the drawing): the frame at its final size first, then the halved steps.
 */
const frameCanvases: Canvas2D[] = [];

/**
 * A live camera frame at most `maxSide` on its longer side, as RGBA pixels (the bitmap stays
 * open, to be kept as the photo). Halved with bilinear drawing ('low' smoothing) until at most
 * twice the size wanted, then drawn at that size: a bilinear halving averages each 2 × 2 block,
 * like the first level of a mipmap, and a last step of at most 2 × reads every pixel. Chromium
 * (no GPU, in the worker): 1.2 ms for 1280 × 720 to 640 × 360 and 2.5 ms for 1920 × 1080 against
 * 3.9 and 4.0 ms with 'medium' smoothing (which builds a mipmap of the whole frame on each
 * draw), the pixels 0.5 levels apart on average (scripts/bench-live.mjs measures the step).
 */
export function frameRaster(bitmap: ImageBitmap, maxSide: number): Raster {
  const { width, height } = fitInside(bitmap, maxSide);
  let source: ImageBitmap | OffscreenCanvas = bitmap;
  let step = 1;
  while (source.width > 2 * width || source.height > 2 * height) {
    const half = frameCanvas(step++, Math.ceil(source.width / 2), Math.ceil(source.height / 2));
    half.context.drawImage(source, 0, 0, half.canvas.width, half.canvas.height);
    source = half.canvas;
  }
  const { context } = frameCanvas(0, width, height);
  context.drawImage(source, 0, 0, width, height);
  const { data } = context.getImageData(0, 0, width, height, { colorSpace: 'srgb' });
  return { data, width, height };
}

/** Live-frame canvas `index` (see {@link frameCanvases}), `width` × `height`, set to bilinear drawing. */
function frameCanvas(index: number, width: number, height: number): Canvas2D {
  let kept = frameCanvases[index];
  if (kept === undefined) {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d context on OffscreenCanvas');
    kept = { canvas, context };
    frameCanvases[index] = kept;
  }
  const { canvas, context } = kept;
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  // Resizing a canvas resets its context's state.
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'low';
  return kept;
}

/** The bitmap drawn on white at most `maxSide` on its longer side, as RGBA pixels. */
function drawScaled(bitmap: ImageBitmap, maxSide: number): Raster {
  const { canvas, context } = scaledCanvas(bitmap, maxSide, true);
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
    return scaledCanvas(bitmap, maxSide, false).canvas.transferToImageBitmap();
  } finally {
    bitmap.close();
  }
}

/** JPEG quality of a photo a live view captures: the camera's own files use 0.9-0.95. */
const CAPTURE_QUALITY = 0.92;

/** A camera frame as the JPEG file a live view hands over, at its full size. */
export async function encodeJpeg(bitmap: ImageBitmap): Promise<Blob> {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context on OffscreenCanvas');
  context.drawImage(bitmap, 0, 0);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: CAPTURE_QUALITY });
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

/** The size of `image` scaled down (never up) to at most `maxSide` on its longer side, whole pixels. */
function fitInside(image: { width: number; height: number }, maxSide: number): { width: number; height: number } {
  const factor = Math.min(1, maxSide / Math.max(image.width, image.height));
  return {
    width: Math.max(1, Math.round(image.width * factor)),
    height: Math.max(1, Math.round(image.height * factor)),
  };
}

/** The bitmap drawn on white, smoothly scaled to at most `maxSide` on its longer side. */
function scaledCanvas(bitmap: ImageBitmap, maxSide: number, willReadFrequently: boolean): Canvas2D {
  const { width, height } = fitInside(bitmap, maxSide);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently });
  if (!context) throw new Error('no 2d context on OffscreenCanvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
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
