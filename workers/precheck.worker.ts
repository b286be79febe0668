/// <reference lib="webworker" />
/**
 * The one worker entry: decodes and checks images off the page's main thread with the same host
 * pipeline and `src/core` as Node. Face models and runtimes load on the first check that needs them.
 */
import * as Comlink from 'comlink';
import type { Report } from '../src/core/types.js';
import { decodeBitmap, decodeInBrowser, previewBitmap, rasterThumbnail } from '../src/browser/decode.js';
import { encodeJpeg, frameRaster } from '../src/browser/frames.js';
import { browserModelFiles } from '../src/browser/model-files.js';
import { isPdf, pdfPreview } from '../src/browser/pdf.js';
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

/** Warm-ups done or under way, by request kind and face detector. */
const warmedUp = new Map<string, Promise<void>>();
/** Checks of real photos under way: a warm-up does not run its checks while one is. */
let checking = 0;

/** Runs `work` counted in {@link checking}. */
async function counted<T>(work: () => Promise<T>): Promise<T> {
  checking++;
  try {
    return await work();
  } finally {
    checking--;
  }
}

/**
 * A generated 1600 × 1200 JPEG to warm up on: a light card with lines of print and a grey portrait
 * on a darker table for a document, a lit oval on a wall for a selfie. What it shows does not
 * matter, only that the whole check runs (decode, every measure, the face model) at the size of a
 * real photo's analysis.
 */
async function warmUpPhoto(kind: string): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(1600, 1200);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context on OffscreenCanvas');
  context.fillStyle = kind === 'selfie' ? '#d8d2c8' : '#6b4f3a';
  context.fillRect(0, 0, 1600, 1200);
  if (kind === 'selfie') {
    context.fillStyle = '#c89a7c';
    context.beginPath();
    context.ellipse(800, 560, 260, 340, 0, 0, 2 * Math.PI);
    context.fill();
  } else {
    context.fillStyle = '#f1efe8';
    context.fillRect(300, 285, 1000, 630);
    context.fillStyle = '#8a8a8a';
    context.fillRect(360, 380, 240, 300);
    context.fillStyle = '#1f2a44';
    context.font = '36px sans-serif';
    for (let line = 0; line < 6; line++) context.fillText('ID PRECHECK 0123456789', 660, 420 + 70 * line);
  }
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new Uint8Array(await blob.arrayBuffer());
}

function dropKept(): void {
  kept?.bitmap.close();
  kept = undefined;
}

const api: PrecheckWorkerApi = {
  configure(settings) {
    assetsUrl = new URL(settings.assetsUrl, self.location.href).href;
  },

  async analyze(input, request, earlyReports): Promise<Report> {
    const hooks = earlyReports ? { onEarlyReport: (early: Report) => earlyReports.postMessage(early) } : {};
    let report: Report;
    try {
      report = await counted(() => checkImage(request, (limits) => decode(input, limits), detectorFor, hooks));
    } finally {
      earlyReports?.close();
    }
    // The overlay maps' buffers move to the page instead of being copied.
    const maps = Object.values(report.maps ?? {}).map((map) => map.values.buffer as ArrayBuffer);
    return Comlink.transfer(report, maps);
  },

  async measure(input, request, thumbnailSide) {
    let thumbnail: Promise<ImageBitmap> | undefined;
    let measured: MeasuredImage['measured'];
    try {
      measured = await counted(() =>
        measureImage(
          request,
          async (limits) => {
            const decoded = await decode(input, limits);
            if (decoded.ok && thumbnailSide !== undefined) thumbnail = rasterThumbnail(decoded.raster, thumbnailSide);
            return decoded;
          },
          detectorFor,
        ),
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

  warmUp(request) {
    const key = JSON.stringify([request.kind, request.faces]);
    let done = warmedUp.get(key);
    if (done === undefined) {
      done = (async () => {
        // The face runtime and model first (a photo's check needs them soon); the checks' run on a
        // generated photo only while no real photo is being checked, which it would hold up.
        if (request.faces !== null) await detectorFor(request.faces);
        if (checking > 0) return;
        const photo = await warmUpPhoto(request.kind);
        if (checking > 0) return;
        await checkImage(request, (limits) => decodeInBrowser(photo, limits, assetsUrl), detectorFor);
      })();
      warmedUp.set(key, done);
      done.catch(() => warmedUp.delete(key));
    }
    return done;
  },

  async preview(input, maxSide) {
    // A PDF's page is drawn by pdf.js: the browser's image decoder cannot read it.
    const bitmap = (await isPdf(input))
      ? await pdfPreview(input, maxSide, assetsUrl)
      : await previewBitmap(input, maxSide);
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
  return decodeInBrowser(input instanceof Blob ? new Uint8Array(await input.arrayBuffer()) : input, limits, assetsUrl);
}

Comlink.expose(api);
