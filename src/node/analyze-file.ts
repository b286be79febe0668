import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { analyze, inputErrorReport, validateRequest, type AnalyzeRequest } from '../core/analyze.js';
import type { CaptureKind, InputError } from '../core/codes.js';
import { resolveOptions } from '../core/options.js';
import type { Report } from '../core/types.js';
import { decodeImage } from './decode.js';

/** Larger files are not read: no accepted photo format needs this many bytes. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Reads a regular file of bounded size. Opening without blocking and checking the type first means
 * a FIFO or device named by mistake is reported instead of hanging the batch.
 */
async function readImageFile(path: string): Promise<{ bytes: Uint8Array } | InputError> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) return { code: 'unreadable', detail: 'not a regular file' };
    return fileTooLarge(info.size) ?? { bytes: await handle.readFile() };
  } catch (error) {
    return {
      code: 'unreadable',
      detail: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    };
  } finally {
    await handle?.close().catch(() => {});
  }
}

function fileTooLarge(bytes: number): InputError | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return {
    code: 'too_large',
    detail: `${bytes} bytes exceeds the limit of ${MAX_FILE_BYTES}`,
    score: bytes,
    threshold: MAX_FILE_BYTES,
  };
}

/**
 * How much larger than the analysis size images are decoded; the core area-averages the rest.
 * Document checks measure pixel-scale texture (moiré, exact-colour areas, edges), which the
 * core's area-averaging keeps comparable with the browser path. Selfie checks work at the face's
 * scale (the detector sees 256 px, blur is measured on a 96 px face), so selfies are decoded
 * straight to the analysis size: for a 12 MP JPEG that halves the decode (JPEG shrink-on-load)
 * and skips the core resize.
 */
const DECODE_OVERSAMPLING: Readonly<Record<CaptureKind, number>> = { document: 2, selfie: 1 };

/**
 * Reads, decodes and checks one image file (a path) or its bytes. Never throws for bad input:
 * a missing, empty, corrupt, foreign or oversized file comes back as a report with an input
 * error code. Throws only for invalid `request` options.
 */
export async function analyzeFile(input: string | Uint8Array, request: AnalyzeRequest): Promise<Report> {
  validateRequest(request);
  const options = resolveOptions(request.options);
  const started = performance.now();
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    const read = await readImageFile(input);
    if ('code' in read) return inputErrorReport(request.kind, read, read.score ? { bytes: read.score } : {});
    bytes = read.bytes;
  } else {
    const tooLarge = fileTooLarge(input.byteLength);
    if (tooLarge) return inputErrorReport(request.kind, tooLarge, { bytes: input.byteLength });
    bytes = input;
  }
  const decoded = await decodeImage(bytes, {
    maxPixels: options.maxPixels,
    maxSide: options.analysisSize * DECODE_OVERSAMPLING[request.kind],
  });
  const timings = { ...request.timings, decode: performance.now() - started };
  if (!decoded.ok) return inputErrorReport(request.kind, decoded.error, decoded.meta, timings);
  return analyze(decoded.raster, decoded.meta, { ...request, options, timings });
}
