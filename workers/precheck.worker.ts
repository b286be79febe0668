/// <reference lib="webworker" />
/**
 * The one worker entry: decodes and checks images off the page's main thread with the same
 * `src/core` as Node. Face models and runtimes load on the first check that needs them.
 */
import * as Comlink from 'comlink';
import { analyze, inputErrorReport, validateRequest } from '../src/core/analyze.js';
import { faceDetectorCache, wantsFaceDetector } from '../src/core/face/cache.js';
import { resolveOptions } from '../src/core/options.js';
import type { Report } from '../src/core/types.js';
import { decodeInBrowser, drawScaled, type BrowserDecodeResult } from '../src/browser/decode.js';
import { browserModelFiles } from '../src/browser/model-files.js';
import type { BrowserRequest, PrecheckWorkerApi } from '../src/browser/protocol.js';

/** How much larger than the analysis size documents are decoded; selfies are drawn straight to it (as in Node). */
const DECODE_OVERSAMPLING = { document: 2, selfie: 1 } as const;

const here = import.meta.url; // not `new URL('./', import.meta.url)`: bundlers would take that for an asset
let assetsUrl = new URL('./', here).href;
const detectorFor = faceDetectorCache(() => browserModelFiles(assetsUrl));
/** Test hook: the next check never finishes and the worker fails, as when it runs out of memory. */
let crashOnNextCheck = false;

const api: PrecheckWorkerApi = {
  configure(settings) {
    assetsUrl = new URL(settings.assetsUrl, self.location.href).href;
  },

  async analyze(input, request: BrowserRequest): Promise<Report> {
    if (crashOnNextCheck) {
      crashOnNextCheck = false;
      setTimeout(() => {
        throw new Error('forced worker crash (test hook)');
      });
      return new Promise<Report>(() => {});
    }
    const { faces, ...rest } = request;
    validateRequest(rest);
    const options = resolveOptions(rest.options);
    const started = performance.now();
    const limits = { maxPixels: options.maxPixels, maxSide: options.analysisSize * DECODE_OVERSAMPLING[rest.kind] };
    const decoded =
      input instanceof ImageBitmap
        ? fromBitmap(input, limits.maxSide)
        : await decodeInBrowser(input instanceof Blob ? new Uint8Array(await input.arrayBuffer()) : input, limits);
    const timings = { decode: performance.now() - started };
    if (!decoded.ok) return inputErrorReport(rest.kind, decoded.error, decoded.meta, timings);
    const faceDetector = wantsFaceDetector(rest.kind, faces)
      ? await detectorFor(faces === false ? {} : (faces ?? {}))
      : undefined;
    const report = await analyze(decoded.raster, decoded.meta, { ...rest, options, timings, faceDetector });
    // The overlay maps' buffers move to the page instead of being copied.
    const maps = Object.values(report.maps ?? {}).map((map) => map.values.buffer as ArrayBuffer);
    return Comlink.transfer(report, maps);
  },

  crash() {
    crashOnNextCheck = true;
  },
};

/** An already decoded frame (e.g. from the camera): no file, so no format, size or metadata. */
function fromBitmap(bitmap: ImageBitmap, maxSide: number): BrowserDecodeResult {
  try {
    const raster = drawScaled(bitmap, maxSide);
    return { ok: true, raster, meta: { width: bitmap.width, height: bitmap.height, format: 'bitmap' } };
  } finally {
    bitmap.close();
  }
}

Comlink.expose(api);
