import { CAPTURE_KINDS, type CaptureKind, type InputError } from './codes.js';
import { FINDING_LIMITS, locateDocument, type DocumentFinding } from './document/locate.js';
import { findFaces } from './face/find.js';
import { scaleBox } from './geometry.js';
import { checksFor } from './checks/index.js';
import type { AnalysisContext } from './checks/check.js';
import type { FaceDetection, FaceDetector } from './face/types.js';
import { toLuma } from './imageops/luma.js';
import { resizeToMaxSide } from './imageops/resize.js';
import { resolveOptions, type OptionsInput, type ResolvedOptions } from './options.js';
import type { ImageMeta, Issue, Point, Raster, Report, Verdict } from './types.js';

/** What to check and how strictly. */
export interface AnalyzeRequest {
  kind: CaptureKind;
  /** Options on top of a preset; see {@link resolveOptions}. */
  options?: OptionsInput;
  /** Stages already timed by the caller (e.g. `decode`), carried into `report.timings`. */
  timings?: Record<string, number>;
  /**
   * Finds the faces for the face checks: required for selfies; for documents, the `no_portrait`
   * check runs only when one is given (so a document-only page never loads a face model).
   */
  faceDetector?: FaceDetector;
}

/** An {@link AnalyzeRequest} whose kind is validated and whose options are resolved (a host's, see `src/host`). */
export interface ResolvedAnalyzeRequest extends Omit<AnalyzeRequest, 'options'> {
  options: ResolvedOptions;
}

/**
 * Runs every check for `request.kind` on a decoded image and builds its {@link Report}.
 * `raster` may be downscaled already (decode-time); `meta` carries the original size.
 * @throws TypeError / RangeError for invalid arguments or options (programmer errors only).
 */
export async function analyze(raster: Raster, meta: ImageMeta, request: AnalyzeRequest): Promise<Report> {
  validateRequest(request);
  return analyzeResolved(raster, meta, { ...request, options: resolveOptions(request.options) });
}

/**
 * {@link analyze} for a request already validated and resolved (the host pipeline's), so options
 * are resolved once per image however many layers it passes through.
 * @throws TypeError / RangeError for an invalid raster, or a selfie without a face detector.
 */
export async function analyzeResolved(
  raster: Raster,
  meta: ImageMeta,
  request: ResolvedAnalyzeRequest,
): Promise<Report> {
  const started = now();
  validateFaceDetector(request);
  validateRaster(raster);
  const { options } = request;
  const timings: Record<string, number> = { ...request.timings };

  let stageStart = now();
  const analysisRaster = resizeToMaxSide(raster, options.analysisSize);
  timings.resize = now() - stageStart;
  stageStart = now();
  const luma = toLuma(analysisRaster);
  timings.luma = now() - stageStart;

  const checks = checksFor(request.kind);
  let faces: FaceDetection[] | undefined;
  if (request.faceDetector !== undefined && checks.some((check) => check.needsFaces === true)) {
    stageStart = now();
    const minScore = request.kind === 'selfie' ? options.faces.minScore : options.portrait.minScore;
    faces = await findFaces(request.faceDetector, analysisRaster, request.kind, minScore);
    timings.faceDetection = now() - stageStart;
  }
  let located: DocumentFinding | undefined;
  if (request.kind === 'document') {
    stageStart = now();
    located = locateDocument(analysisRaster, { ...FINDING_LIMITS, minScore: options.framing.minScore });
    timings.locate = now() - stageStart;
  }
  const scale = meta.width / analysisRaster.width;
  const context: AnalysisContext = {
    kind: request.kind,
    options,
    meta,
    raster: analysisRaster,
    luma,
    scale,
    faces,
    ...(located ? { document: located } : {}),
  };
  const issues: Issue[] = [];
  const scores: Record<string, number> = {};
  const maps: NonNullable<Report['maps']> = {};
  for (const check of checks) {
    if (check.needsFaces === true && faces === undefined) continue;
    stageStart = now();
    const result = check.run(context);
    timings[check.name] = now() - stageStart;
    Object.assign(scores, result.scores);
    issues.push(...result.issues);
    Object.assign(maps, result.maps);
  }
  timings.analyze = now() - started;
  const report = buildReport(request.kind, meta, oneIssuePerCode(issues), scores, timings);
  if (Object.keys(maps).length > 0) report.maps = maps;
  if (located !== undefined) {
    const corners = located.corners?.map((p) => ({ x: p.x * scale, y: p.y * scale }));
    report.document = { corners: (corners as [Point, Point, Point, Point] | undefined) ?? null };
  }
  if (faces !== undefined) {
    report.faces = faces.map((face) => ({ box: scaleBox(face.box, scale), score: face.score }));
  }
  return report;
}

/**
 * Two checks may find the same fault (a dark frame and a dark face): one issue per code is kept,
 * the one that says where (has a region), else the first.
 */
function oneIssuePerCode(issues: readonly Issue[]): Issue[] {
  const kept = new Map<string, Issue>();
  for (const issue of issues) {
    const earlier = kept.get(issue.code);
    if (earlier === undefined || (earlier.region === undefined && issue.region !== undefined))
      kept.set(issue.code, issue);
  }
  return [...kept.values()];
}

/** The report for an input that could not be analysed (undecodable, not an image, too large). */
export function inputErrorReport(
  kind: CaptureKind,
  error: InputError,
  meta: Partial<ImageMeta> = {},
  timings: Record<string, number> = {},
): Report {
  validateRequest({ kind });
  const issue: Issue = {
    code: error.code,
    severity: 'fail',
    score: error.score ?? 0,
    threshold: error.threshold ?? 0,
    detail: error.detail,
  };
  if (error.facts) issue.facts = error.facts;
  const fullMeta: ImageMeta = { width: 0, height: 0, format: 'unknown', ...meta };
  return buildReport(kind, fullMeta, [issue], {}, timings);
}

/** The one place a Report is assembled. */
function buildReport(
  kind: CaptureKind,
  meta: ImageMeta,
  issues: Issue[],
  scores: Record<string, number>,
  timings: Record<string, number>,
): Report {
  const image: Report['image'] = { width: meta.width, height: meta.height, format: meta.format };
  if (meta.bytes !== undefined) image.bytes = meta.bytes;
  if (meta.lossless !== undefined) image.lossless = meta.lossless;
  if (meta.exif !== undefined) image.exif = meta.exif;
  return { kind, verdict: verdictOf(issues), issues, scores, image, timings };
}

function verdictOf(issues: readonly Issue[]): Verdict {
  if (issues.some((issue) => issue.severity === 'fail')) return 'fail';
  return issues.length > 0 ? 'warn' : 'pass';
}

/** @throws TypeError when `request` or its `kind` is invalid. */
export function validateRequest(request: Pick<AnalyzeRequest, 'kind'>): void {
  if (typeof request !== 'object' || request === null) throw new TypeError('request must be an object');
  if (!CAPTURE_KINDS.includes(request.kind)) {
    throw new TypeError(`request.kind must be one of ${CAPTURE_KINDS.join(', ')}; got ${String(request.kind)}`);
  }
}

/** @throws TypeError when a selfie is to be analysed without a face detector. */
function validateFaceDetector(request: Pick<AnalyzeRequest, 'kind' | 'faceDetector'>): void {
  if (request.kind === 'selfie' && request.faceDetector === undefined) {
    throw new TypeError('request.faceDetector is required for kind "selfie"');
  }
}

function validateRaster(raster: Raster): void {
  const { data, width, height } = raster;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`raster width and height must be positive integers; got ${width}x${height}`);
  }
  if (!(data instanceof Uint8ClampedArray) || data.length !== width * height * 4) {
    throw new TypeError(`raster.data must be a Uint8ClampedArray of width*height*4 = ${width * height * 4} bytes`);
  }
}

/** The monotonic clock of browsers, workers and Node; declared here because the core has no DOM or Node types. */
declare const performance: { now(): number };

function now(): number {
  return performance.now();
}
