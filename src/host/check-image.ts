import { measureResolved } from '../core/analyze.js';
import { inputErrorReport } from '../core/report.js';
import { judge } from '../core/judge.js';
import type { Measurements } from '../core/measure.js';
import type { Report } from '../core/types.js';
import { decodeLimits, type DecodeLimits, type DecodeResult } from './decode.js';
import type { DetectorSource } from './detectors.js';
import type { PreparedRequest } from './request.js';

/** The monotonic clock of browsers, workers and Node; declared here because this layer has no DOM or Node types. */
declare const performance: { now(): number };

/** What a host may ask of {@link checkImage} beyond the request. */
export interface CheckHooks {
  /**
   * Called with a document's early report: every check but the portrait has run, so the verdict
   * is known if it is `fail` or `warn` (the portrait check adds at most a warning), and
   * `report.pending` is `['portrait']`. Only for documents checked with a face detector; the
   * complete report is what `checkImage` resolves with.
   */
  onEarlyReport?: (report: Report) => void;
}

/**
 * The one pipeline of every host: decode with the host's own decoder (sharp in Node, the canvas
 * in a browser worker) within the request's limits, report an input error, or find the face
 * detector and run the checks. Hosts differ only in how bytes become pixels.
 */
export async function checkImage(
  request: PreparedRequest,
  decode: (limits: DecodeLimits) => Promise<DecodeResult>,
  detectorFor: DetectorSource,
  hooks: CheckHooks = {},
): Promise<Report> {
  const { onEarlyReport } = hooks;
  const beforeFaces =
    onEarlyReport &&
    ((partial: Measurements): void => onEarlyReport({ ...judge(partial, request.options), pending: ['portrait'] }));
  const measured = await measureImage(request, decode, detectorFor, beforeFaces);
  return measured.ok ? judge(measured.measurements, request.options) : measured.report;
}

/** What {@link measureImage} gives: the measurements, or the report of a file that could not be read. */
export type Measured = { ok: true; measurements: Measurements } | { ok: false; report: Report };

/**
 * {@link checkImage} up to the measurements, for a host that keeps them to judge again as
 * thresholds move (the QA page): the same decode and checks, without the judging.
 */
export async function measureImage(
  request: PreparedRequest,
  decode: (limits: DecodeLimits) => Promise<DecodeResult>,
  detectorFor: DetectorSource,
  beforeFaces?: (partial: Measurements) => void,
): Promise<Measured> {
  const started = performance.now();
  // The face detector (on a first check: its runtime and model loading, compiling and warming up)
  // is asked for before decoding, so that work overlaps the decode and, for a document, every
  // check but the portrait; a file that does not decode leaves it ready for the next one.
  const detector = request.faces === null ? undefined : detectorFor(request.faces);
  detector?.catch(() => undefined);
  const decoded = await decode(decodeLimits(request));
  const timings = { decode: performance.now() - started };
  if (!decoded.ok) return { ok: false, report: inputErrorReport(request.kind, decoded.error, decoded.meta, timings) };
  const measurements = await measureResolved(decoded.raster, decoded.meta, {
    kind: request.kind,
    options: request.options,
    timings,
    ...(decoded.detail ? { detail: decoded.detail } : {}),
    ...(detector ? { faceDetector: detector } : {}),
    ...(beforeFaces ? { beforeFaces } : {}),
  });
  return { ok: true, measurements };
}
