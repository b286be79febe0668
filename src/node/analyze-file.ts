import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Report } from '../core/types.js';
import { checkImage, measureImage, type Measured } from '../host/check-image.js';
import { decodeFailure, type DecodeLimits, type DecodeResult } from '../host/decode.js';
import { faceDetectorCache } from '../host/detectors.js';
import { prepareRequest, type PrecheckRequest, type PreparedRequest } from '../host/request.js';
import { decodeImage } from './decode.js';
import { nodeModelFiles } from './model-files.js';

/** Larger files are not read: no accepted photo format needs this many bytes. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** This thread's face detectors, one per configuration, loaded on first use and kept for the next files. */
const detectorFor = faceDetectorCache(() => nodeModelFiles());

/**
 * Reads, decodes and checks one image file (a path) or its bytes. Selfies get a face detector
 * from the package's `models/` (loaded on first use and kept); documents get one for the
 * portrait check unless `request.faces` is `false`. Never throws for bad input: a missing, empty,
 * corrupt, foreign or oversized file comes back as a report with an input error code.
 * @throws TypeError / RangeError for an invalid request (kind, option or face backend).
 */
export async function analyzeFile(input: string | Uint8Array, request: PrecheckRequest): Promise<Report> {
  return checkFile(input, prepareRequest(request));
}

/** {@link analyzeFile} for a request prepared once by the caller (a batch, a worker thread's task). */
export async function checkFile(input: string | Uint8Array, request: PreparedRequest): Promise<Report> {
  return checkImage(request, (limits) => readAndDecode(input, limits), detectorFor);
}

/**
 * {@link analyzeFile} up to the measurements, for a request prepared once (`prepareRequest`), to judge them with other thresholds later (`judge`)
 * without reading the file again; a file that cannot be read comes back as its report.
 */
export async function measureFile(input: string | Uint8Array, request: PreparedRequest): Promise<Measured> {
  return measureImage(request, (limits) => readAndDecode(input, limits), detectorFor);
}

async function readAndDecode(input: string | Uint8Array, limits: DecodeLimits): Promise<DecodeResult> {
  const read = typeof input === 'string' ? await readImageFile(input) : input;
  if (!(read instanceof Uint8Array)) return read;
  if (read.byteLength > MAX_FILE_BYTES) return fileTooLarge(read.byteLength);
  return decodeImage(read, limits);
}

/**
 * Reads a regular file of bounded size. Opening without blocking and checking the type first means
 * a FIFO or device named by mistake is reported instead of hanging the batch.
 */
async function readImageFile(path: string): Promise<Uint8Array | DecodeResult> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) return decodeFailure('unreadable', 'not a regular file', {});
    if (info.size > MAX_FILE_BYTES) return fileTooLarge(info.size);
    return await handle.readFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return decodeFailure('unreadable', `cannot read the file: ${code}`, {});
  } finally {
    await handle?.close().catch(() => {});
  }
}

function fileTooLarge(bytes: number): DecodeResult {
  return decodeFailure(
    'too_large',
    `${bytes} bytes exceeds the limit of ${MAX_FILE_BYTES}`,
    { bytes },
    {
      score: bytes,
      threshold: MAX_FILE_BYTES,
    },
  );
}
