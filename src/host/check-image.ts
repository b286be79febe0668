import { analyzeResolved, inputErrorReport } from '../core/analyze.js';
import type { Report } from '../core/types.js';
import { decodeLimits, type DecodeLimits, type DecodeResult } from './decode.js';
import type { DetectorSource } from './detectors.js';
import type { PreparedRequest } from './request.js';

/** The monotonic clock of browsers, workers and Node; declared here because this layer has no DOM or Node types. */
declare const performance: { now(): number };

/**
 * The one pipeline of every host: decode with the host's own decoder (sharp in Node, the canvas
 * in a browser worker) within the request's limits, report an input error, or find the face
 * detector and run the checks. Hosts differ only in how bytes become pixels.
 */
export async function checkImage(
  request: PreparedRequest,
  decode: (limits: DecodeLimits) => Promise<DecodeResult>,
  detectorFor: DetectorSource,
): Promise<Report> {
  const started = performance.now();
  const decoded = await decode(decodeLimits(request));
  const timings = { decode: performance.now() - started };
  if (!decoded.ok) return inputErrorReport(request.kind, decoded.error, decoded.meta, timings);
  const faceDetector = request.faces === null ? undefined : await detectorFor(request.faces);
  return analyzeResolved(decoded.raster, decoded.meta, {
    kind: request.kind,
    options: request.options,
    timings,
    faceDetector,
  });
}
