/// <reference lib="webworker" />
import { DEFAULT_OPTIONS } from '../core/options.js';
import { sniffFormat } from '../core/sniff.js';
import type { DecodeLimits, DecodeResult } from '../host/decode.js';
import { rasterisePdf, type PdfHost, type PdfJs } from '../host/pdf.js';

/**
 * pdf.js's canvases as `OffscreenCanvas`: its default makes `<canvas>` elements, and a worker has
 * no `document`. Smoothing-friendly 2d contexts that are read back (`willReadFrequently`).
 */
class OffscreenCanvasFactory {
  create(width: number, height: number): { canvas: OffscreenCanvas; context: OffscreenCanvasRenderingContext2D } {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d context on OffscreenCanvas');
    return { canvas, context };
  }
  reset(entry: { canvas: OffscreenCanvas }, width: number, height: number): void {
    entry.canvas.width = width;
    entry.canvas.height = height;
  }
  destroy(entry: { canvas: OffscreenCanvas | null; context: unknown }): void {
    if (entry.canvas) entry.canvas.width = entry.canvas.height = 0;
    entry.canvas = null;
    entry.context = null;
  }
}

/**
 * No SVG filters (pdf.js builds them in the page's DOM): the rare transfer functions and luminosity
 * masks that need one are drawn without it, as pdf.js's own base factory does.
 */
class NoFilterFactory {
  addFilter(): string {
    return 'none';
  }
  addHCMFilter(): string {
    return 'none';
  }
  addAlphaFilter(): string {
    return 'none';
  }
  addLuminosityFilter(): string {
    return 'none';
  }
  addHighlightHCMFilter(): string {
    return 'none';
  }
  destroy(): void {}
}

let pdfjs: Promise<PdfJs> | undefined;

/** The pdf.js worker documents are parsed in, while it lasts (see {@link browserPdfHost}). */
let parser: { port: Worker; worker: { destroy(): void }; failed: Promise<never> } | undefined;

/**
 * pdf.js in this worker, downloaded on the first PDF only (a dynamic import: no image or selfie
 * check loads a byte of it). Documents are parsed in a pdf.js worker started from this one
 * (`pdfjs/pdf.worker.min.js` beside the other assets), one for all documents (a PDF's check and
 * its preview run side by side: two workers would download the 360 KB script twice), terminated
 * when a document runs out of time, so a file that keeps the parser busy is stopped. Fonts, cMaps
 * and the wasm image decoders come from `pdfjs/` under `assetsUrl` too, when a file needs them:
 * nothing from elsewhere. Fonts are drawn as paths (`disableFontFace`: a worker has no fonts API).
 */
function browserPdfHost(pdfjsModule: PdfJs, assetsUrl: string): PdfHost {
  const folder = (name: string): string => new URL(`pdfjs/${name}/`, assetsUrl).href;
  const { PDFWorker } = pdfjsModule as unknown as {
    PDFWorker: new (params: { port: Worker }) => { destroy(): void };
  };
  return {
    pdfjs: pdfjsModule,
    open() {
      if (!parser) {
        const port = new Worker(new URL('pdfjs/pdf.worker.min.js', assetsUrl), { type: 'module', name: 'pdf.js' });
        const failed = new Promise<never>((_, reject) =>
          port.addEventListener('error', () => {
            if (parser?.port === port) parser = undefined;
            reject(new Error(`the PDF reader could not start (${new URL('pdfjs/', assetsUrl).href} missing?)`));
          }),
        );
        failed.catch(() => undefined);
        parser = { port, worker: new PDFWorker({ port }), failed };
      }
      const used = parser;
      return {
        failed: used.failed,
        options: {
          worker: used.worker,
          CanvasFactory: OffscreenCanvasFactory,
          FilterFactory: NoFilterFactory,
          isOffscreenCanvasSupported: true,
          disableFontFace: true,
          useSystemFonts: false,
          // Fetched here and handed to the pdf.js worker (pdf.js's own test reads `document`).
          useWorkerFetch: false,
          standardFontDataUrl: folder('standard_fonts'),
          cMapUrl: folder('cmaps'),
          wasmUrl: folder('wasm'),
        },
        close(timedOut) {
          if (!timedOut || parser !== used) return;
          used.worker.destroy();
          used.port.terminate();
          parser = undefined;
        },
      };
    },
    createCanvas(width, height) {
      const { canvas, context } = new OffscreenCanvasFactory().create(width, height);
      return { canvas, context, pixels: () => context.getImageData(0, 0, width, height, { colorSpace: 'srgb' }).data };
    },
  };
}

/** A PDF's first page as a raster in a browser worker, pdf.js loaded on first use; see `rasterisePdf`. */
export async function decodePdfInBrowser(
  bytes: Uint8Array,
  limits: DecodeLimits,
  assetsUrl: string,
): Promise<DecodeResult> {
  pdfjs ??= import('pdfjs-dist') as unknown as Promise<PdfJs>;
  return rasterisePdf(bytes, limits, browserPdfHost(await pdfjs, assetsUrl));
}

/** Whether a file is a PDF, from its first bytes. */
export async function isPdf(input: Blob): Promise<boolean> {
  return sniffFormat(new Uint8Array(await input.slice(0, 8).arrayBuffer())) === 'pdf';
}

/**
 * A PDF's first page drawn at most `maxSide` on its longer side, for a preview (a second drawing
 * beside the check's, at the preview's size). Rejects when the page cannot be drawn.
 */
export async function pdfPreview(input: Blob, maxSide: number, assetsUrl: string): Promise<ImageBitmap> {
  const bytes = new Uint8Array(await input.arrayBuffer());
  const decoded = await decodePdfInBrowser(bytes, { maxSide, maxPixels: DEFAULT_OPTIONS.maxPixels }, assetsUrl);
  if (!decoded.ok) throw new Error(decoded.error.detail);
  const { data, width, height } = decoded.raster;
  return createImageBitmap(new ImageData(data as Uint8ClampedArray<ArrayBuffer>, width, height));
}
