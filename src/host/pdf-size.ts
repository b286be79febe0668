import type { DecodeLimits } from './decode.js';

/** The resolution of a page without images (text and drawings): what a scanner's default makes of it. */
export const PDF_VECTOR_DPI = 300;

/** PDF user space units per inch. */
const POINTS_PER_INCH = 72;

/** A page's drawing operations as pdf.js lists them: operator codes and their arguments. */
export interface PdfOperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

type Matrix = [number, number, number, number, number, number];

/**
 * The size in pixels a PDF page stands for, as a report's `image.width`/`height`: the page at the
 * resolution of its largest image (a scanned or photographed document is one image filling the
 * page, so this is the photo's own size), or at {@link PDF_VECTOR_DPI} when it holds no image.
 * Capped at `limits.maxPixels`: a PDF's size is chosen when drawing it, so a huge page is drawn
 * smaller instead of refused as `too_large`.
 */
export function pdfPageSize(
  page: { getViewport(params: { scale: number }): { width: number; height: number } },
  operators: PdfOperatorList,
  OPS: Record<string, number>,
  limits: DecodeLimits,
): { width: number; height: number } {
  const { width, height } = page.getViewport({ scale: 1 });
  const pixelsPerPoint = largestImageResolution(operators, OPS) ?? PDF_VECTOR_DPI / POINTS_PER_INCH;
  const cap = Math.min(1, Math.sqrt(limits.maxPixels / (width * height * pixelsPerPoint ** 2)));
  return {
    width: Math.max(1, Math.round(width * pixelsPerPoint * cap)),
    height: Math.max(1, Math.round(height * pixelsPerPoint * cap)),
  };
}

/**
 * Pixels per point of the page's largest image (by pixel count), from the transformation in force
 * where it is painted: pdf.js paints an image into the unit square of the current matrix, so its
 * area on the page is the matrix's determinant. Undefined when the page paints no image.
 */
function largestImageResolution(operators: PdfOperatorList, OPS: Record<string, number>): number | undefined {
  const stack: Matrix[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  let largest: { pixels: number; area: number } | undefined;
  operators.fnArray.forEach((operator, index) => {
    const args = operators.argsArray[index] as unknown[] | null;
    if (operator === OPS.save) stack.push(matrix);
    else if (operator === OPS.restore) matrix = stack.pop() ?? matrix;
    else if (operator === OPS.transform) matrix = multiply(matrix, args as Matrix);
    else if (operator === OPS.paintFormXObjectBegin) {
      // A form's own matrix applies inside it; its end restores the matrix before it.
      stack.push(matrix);
      const form = args?.[0] as ArrayLike<number> | null | undefined; // a Float32Array, or null
      if (form?.length === 6) matrix = multiply(matrix, Array.from(form) as Matrix);
    } else if (operator === OPS.paintFormXObjectEnd) matrix = stack.pop() ?? matrix;
    else if (operator === OPS.paintImageXObject || operator === OPS.paintInlineImageXObject) {
      const size = imageSize(operator === OPS.paintImageXObject ? args?.slice(1) : [args?.[0]]);
      const area = Math.abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]);
      if (size && area > 0 && (!largest || size.pixels > largest.pixels)) largest = { pixels: size.pixels, area };
    }
  });
  return largest && Math.sqrt(largest.pixels / largest.area);
}

/** An image's pixel count from its paint operator's arguments: `[width, height]`, or `[{ width, height }]` inline. */
function imageSize(args: unknown[] | undefined): { pixels: number } | undefined {
  const [first, second] = args ?? [];
  const data = first as { width?: unknown; height?: unknown } | undefined;
  const [width, height] = typeof first === 'number' ? [first, second] : [data?.width, data?.height];
  return typeof width === 'number' && typeof height === 'number' ? { pixels: width * height } : undefined;
}

/** `inner` applied within `outer` (PDF's row-vector convention: inner × outer). */
function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [g, h, i, j, k, l] = inner;
  return [g * a + h * c, g * b + h * d, i * a + j * c, i * b + j * d, k * a + l * c + e, k * b + l * d + f];
}
