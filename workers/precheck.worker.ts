/// <reference lib="webworker" />
/**
 * The one worker entry: decodes and checks images off the page's main thread with the same host
 * pipeline and `src/core` as Node. Face models and runtimes load on the first check that needs them.
 */
import * as Comlink from 'comlink';
import type { Report } from '../src/core/types.js';
import {
  decodeBitmap,
  decodeInBrowser,
  encodeJpeg,
  frameRaster,
  previewBitmap,
  rasterThumbnail,
} from '../src/browser/decode.js';
import { browserModelFiles } from '../src/browser/model-files.js';
import type { MeasuredImage, PrecheckWorkerApi } from '../src/browser/protocol.js';
import { checkFrame, FRAME_ANALYSIS_SIZE, frameState } from '../src/core/frame.js';
import { checkImage, measureImage } from '../src/host/check-image.js';
import type { DecodeLimits, DecodeResult } from '../src/host/decode.js';
import { faceDetectorCache } from '../src/host/detectors.js';

// dist/browser/ keeps the worker in assets/, beside models/ and tfjs/: by default they are one folder up.
let assetsUrl = new URL('../', self.location.href).href;
const detectorFor = faceDetectorCache(() => browserModelFiles(assetsUrl));
/** The sharpest ready live frame of the current capture window, at full size. */
let kept: { serial: number; edgeWidth: number; bitmap: ImageBitmap } | undefined;

function dropKept(): void {
  kept?.bitmap.close();
  kept = undefined;
}

const api: PrecheckWorkerApi = {
  configure(settings) {
    assetsUrl = new URL(settings.assetsUrl, self.location.href).href;
  },

  async analyze(input, request): Promise<Report> {
    const report = await checkImage(request, (limits) => decode(input, limits), detectorFor);
    // The overlay maps' buffers move to the page instead of being copied.
    const maps = Object.values(report.maps ?? {}).map((map) => map.values.buffer as ArrayBuffer);
    return Comlink.transfer(report, maps);
  },

  async measure(input, request, thumbnailSide) {
    let thumbnail: Promise<ImageBitmap> | undefined;
    let measured: MeasuredImage['measured'];
    try {
      measured = await measureImage(
        request,
        async (limits) => {
          const decoded = await decode(input, limits);
          if (decoded.ok && thumbnailSide !== undefined) thumbnail = rasterThumbnail(decoded.raster, thumbnailSide);
          return decoded;
        },
        detectorFor,
      );
    } catch (error) {
      // The thumbnail made from the decode goes nowhere: free it.
      void thumbnail?.then((bitmap) => bitmap.close()).catch(() => {});
      throw error;
    }
    const result: MeasuredImage = { measured };
    if (thumbnail !== undefined) result.thumbnail = await thumbnail;
    const maps = measured.ok
      ? Object.values(measured.measurements.checks).flatMap((check) => Object.values(check.maps ?? {}))
      : [];
    const transfer: Transferable[] = maps.map((map) => map.values.buffer as ArrayBuffer);
    if (result.thumbnail) transfer.push(result.thumbnail);
    return Comlink.transfer(result, transfer);
  },

  async preview(input, maxSide) {
    const bitmap = await previewBitmap(input, maxSide);
    return Comlink.transfer(bitmap, [bitmap]);
  },

  async checkFrame(bitmap, request, { serial, holdSince }) {
    if (kept !== undefined && kept.serial < holdSince) dropKept();
    let keptThis = false;
    try {
      const kind = request.kind === 'selfie' ? 'selfie' : 'document';
      const faceDetector = kind === 'selfie' && request.faces ? await detectorFor(request.faces) : undefined;
      const scaleStart = performance.now();
      const raster = frameRaster(bitmap, FRAME_ANALYSIS_SIZE);
      const scaled = performance.now() - scaleStart;
      const report = await checkFrame(raster, {
        kind,
        options: request.options,
        ...(faceDetector ? { faceDetector } : {}),
      });
      report.timings.scale = scaled;
      const state = frameState(report);
      if (state.ready && (kept === undefined || state.edgeWidth < kept.edgeWidth)) {
        dropKept();
        kept = { serial, edgeWidth: state.edgeWidth, bitmap };
        keptThis = true;
      }
      return { report, ...state };
    } finally {
      if (!keptThis) bitmap.close();
    }
  },

  async takeFrame(bitmap) {
    const photo = bitmap ?? kept?.bitmap;
    try {
      return photo === undefined ? undefined : await encodeJpeg(photo);
    } finally {
      bitmap?.close();
      dropKept();
    }
  },

  dropFrames() {
    dropKept();
  },
};

async function decode(input: Uint8Array | Blob | ImageBitmap, limits: DecodeLimits): Promise<DecodeResult> {
  if (input instanceof ImageBitmap) return decodeBitmap(input, limits);
  return decodeInBrowser(input instanceof Blob ? new Uint8Array(await input.arrayBuffer()) : input, limits);
}

Comlink.expose(api);
