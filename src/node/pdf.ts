import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { DecodeLimits, DecodeResult } from '../host/decode.js';
import { rasterisePdf, type PdfHost, type PdfJs } from '../host/pdf.js';

const require = createRequire(import.meta.url);

/** pdfjs-dist's folders of data files (fonts, cMaps, wasm decoders), read from disk by pdf.js, never fetched. */
function pdfjsFolder(name: string): string {
  return join(dirname(require.resolve('pdfjs-dist/package.json')), name) + sep;
}

let host: Promise<PdfHost> | undefined;

/**
 * pdf.js for Node, loaded on the first PDF: its legacy build (the modern one needs Node 22's
 * `Promise.withResolvers`), drawing with `@napi-rs/canvas` (the canvas pdf.js itself uses in Node).
 * pdf.js parses in this thread here (a "fake worker"): its time limit is checked between its
 * steps, so one step (parsing an object, decoding one image below `maxPixels`) is not interrupted.
 */
function nodePdfHost(): Promise<PdfHost> {
  host ??= (async () => {
    const [pdfjs, { createCanvas }] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('@napi-rs/canvas'),
    ]);
    return {
      pdfjs: pdfjs as unknown as PdfJs,
      open: () => ({
        options: {
          standardFontDataUrl: pdfjsFolder('standard_fonts'),
          cMapUrl: pdfjsFolder('cmaps'),
          wasmUrl: pdfjsFolder('wasm'),
        },
      }),
      createCanvas(width, height) {
        const canvas = createCanvas(width, height);
        const context = canvas.getContext('2d');
        return { canvas, context, pixels: () => new Uint8ClampedArray(context.getImageData(0, 0, width, height).data) };
      },
    };
  })();
  return host;
}

/** A PDF's first page as a raster in Node; see `rasterisePdf`. */
export async function decodePdf(bytes: Uint8Array, limits: DecodeLimits, timeLimitMs?: number): Promise<DecodeResult> {
  return rasterisePdf(bytes, limits, await nodePdfHost(), timeLimitMs);
}
