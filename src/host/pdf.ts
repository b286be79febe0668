import type { ExifSummary, ImageMeta, Raster } from '../core/types.js';
import { decodeFailure, errorMessage, type DecodeLimits, type DecodeResult } from './decode.js';
import { pdfPageSize, type PdfOperatorList } from './pdf-size.js';

/** Timers of browsers, workers and Node; declared here because this layer has no DOM or Node types. */
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;

/**
 * How long a PDF may take to open and draw its first page: a one-page scan takes 0.2-0.5 s, so
 * a file still busy after this is hostile or far too complex, and gets `unreadable`.
 */
export const PDF_TIME_LIMIT_MS = 15_000;

/**
 * The part of pdf.js (`pdfjs-dist`) this step uses, typed here because this layer sees neither its
 * DOM-typed declarations nor a canvas. Each host hands in the pdf.js build it loads (Node: the
 * legacy build; a browser worker: the modern one) and its options (fonts, canvas factory, worker).
 */
export interface PdfJs {
  getDocument(params: Record<string, unknown>): PdfLoadingTask;
  OPS: Record<string, number>;
}
interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}
interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info: object }>;
}
interface PdfPage {
  getViewport(params: { scale: number }): { width: number; height: number };
  getOperatorList(): Promise<PdfOperatorList>;
  render(params: Record<string, unknown>): { promise: Promise<void>; cancel(): void };
}

/** A host's drawing surface for one page: pdf.js draws on `canvas`/`context`; `pixels` reads RGBA back. */
export interface PdfCanvas {
  canvas: unknown;
  context: unknown;
  pixels(): Uint8ClampedArray;
}

/** What a host gives {@link rasterisePdf}: pdf.js, its `getDocument` options, and a canvas maker. */
export interface PdfHost {
  pdfjs: PdfJs;
  /**
   * Host options for one document's `getDocument` (font and wasm locations, canvas factory, a
   * pdf.js worker), and what to do once the document is destroyed: `timedOut` when it was given
   * up at the time limit (a browser then terminates the pdf.js worker, which may still be busy);
   * `failed` rejects when that worker cannot start (its script missing), so no PDF waits for it.
   */
  open(): { options: Record<string, unknown>; close?(timedOut: boolean): void; failed?: Promise<never> };
  createCanvas(width: number, height: number): PdfCanvas;
}

/**
 * A PDF's first page as the checks' raster: drawn on white at the page's own resolution (that of
 * its largest image, else {@link pdfPageSize}'s fixed dpi) but at most `limits.maxSide` on its
 * longer side, like a photo. Password-protected, broken and too slow files come back as
 * `unreadable` with a detail saying which; an embedded image above `limits.maxPixels` is left out
 * of the page by pdf.js (its `maxImageSize`) rather than decoded. Never throws for bad input.
 */
export async function rasterisePdf(
  bytes: Uint8Array,
  limits: DecodeLimits,
  host: PdfHost,
  timeLimitMs = PDF_TIME_LIMIT_MS,
): Promise<DecodeResult> {
  const baseMeta: Partial<ImageMeta> = { format: 'pdf', bytes: bytes.byteLength };
  const opened = host.open();
  let task: PdfLoadingTask | undefined;
  let render: { cancel(): void } | undefined;
  let timer: unknown;
  let late = false;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeLimitMs)));
  const work = (async (): Promise<DecodeResult> => {
    task = host.pdfjs.getDocument({
      ...opened.options,
      // pdf.js takes the buffer (transfers it to its worker) and refuses a Node Buffer: a plain copy.
      data: new Uint8Array(bytes),
      maxImageSize: limits.maxPixels,
      // No code generated from the file (fonts, functions): slower, but no eval under a strict CSP.
      isEvalSupported: false,
      // Errors only: pdf.js warns on every oddity of a real-world file, which is not ours to log.
      verbosity: 0,
    });
    const document = await task.promise;
    const page = await document.getPage(1);
    const size = pdfPageSize(page, await page.getOperatorList(), host.pdfjs.OPS, limits);
    const meta: ImageMeta = { format: 'pdf', bytes: bytes.byteLength, ...size, pages: document.numPages };
    const exif = await documentInfo(document);
    if (exif) meta.exif = exif;
    const raster = await drawPage(page, meta, limits, host, (started) => (render = started));
    return { ok: true, raster, meta };
  })();
  try {
    const outcome = await Promise.race([work, timedOut, ...(opened.failed ? [opened.failed] : [])]);
    if (outcome !== 'timeout') return outcome;
    late = true;
    render?.cancel();
    work.catch(() => undefined);
    return decodeFailure('unreadable', `the PDF took longer than ${timeLimitMs / 1000} s to open and draw`, baseMeta);
  } catch (error) {
    return pdfFailure(error, baseMeta);
  } finally {
    clearTimeout(timer);
    // Frees the document; a browser's pdf.js worker is terminated after a timeout, so even a parse
    // stuck in a loop ends here.
    await task?.destroy().catch(() => undefined);
    opened.close?.(late);
  }
}

/** The first page drawn on white at the raster's size. */
async function drawPage(
  page: PdfPage,
  meta: ImageMeta,
  limits: DecodeLimits,
  host: PdfHost,
  started: (task: { cancel(): void }) => void,
): Promise<Raster> {
  const points = page.getViewport({ scale: 1 });
  // The page's own resolution, never above maxSide: a page holding a 1600 × 1200 photo is drawn
  // as that photo is decoded (1024 × 768 by default), a small scan is not enlarged.
  const scale = Math.min(meta.width / points.width, limits.maxSide / Math.max(points.width, points.height));
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.round(viewport.width));
  const height = Math.max(1, Math.round(viewport.height));
  const surface = host.createCanvas(width, height);
  const task = page.render({
    canvas: surface.canvas,
    canvasContext: surface.context,
    viewport,
    background: '#ffffff',
  });
  started(task);
  await task.promise;
  return { data: surface.pixels(), width, height };
}

/** The PDF's Producer and Creator as the metadata checks' software and creator tool (an editor there → `edited`). */
async function documentInfo(document: PdfDocument): Promise<ExifSummary | undefined> {
  const { info } = await document.getMetadata().catch(() => ({ info: {} }));
  const text = (key: string): string | undefined => {
    const value = (info as Record<string, unknown>)[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const summary: ExifSummary = {};
  const producer = text('Producer');
  const creator = text('Creator');
  if (producer) summary.software = producer;
  if (creator) summary.creatorTool = creator;
  return producer || creator ? summary : undefined;
}

/** The input error of a PDF pdf.js could not open or draw. */
function pdfFailure(error: unknown, meta: Partial<ImageMeta>): DecodeResult {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') {
    return {
      ok: false,
      error: { code: 'unreadable', detail: 'the PDF is protected by a password', facts: { passwordProtected: true } },
      meta,
    };
  }
  if (name === 'InvalidPDFException')
    return decodeFailure('unreadable', `not a valid PDF: ${errorMessage(error)}`, meta);
  return decodeFailure('unreadable', `cannot draw the PDF: ${errorMessage(error)}`, meta);
}
