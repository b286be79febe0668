// Camera frames in the worker: a live frame shrunk to the size the guidance checks read, and the
// frame kept as the captured photo's JPEG.

import type { Raster } from '../core/types.js';

/** A 2D canvas with its context. */
export type Canvas2D = { canvas: OffscreenCanvas; context: OffscreenCanvasRenderingContext2D };

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

/** The size of `image` scaled down (never up) to at most `maxSide` on its longer side, whole pixels. */
export function fitInside(
  image: { width: number; height: number },
  maxSide: number,
): { width: number; height: number } {
  const factor = Math.min(1, maxSide / Math.max(image.width, image.height));
  return {
    width: Math.max(1, Math.round(image.width * factor)),
    height: Math.max(1, Math.round(image.height * factor)),
  };
}
