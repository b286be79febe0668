import type { CaptureKind, RequestKind } from './codes.js';
import { checksFor } from './checks/index.js';
import type { AnalysisContext, Frame, Measurement } from './checks/check.js';
import { FINDING_LIMITS, locateDocument, type DocumentFinding, type FindingLimits } from './document/locate.js';
import { detailBox } from './detail.js';
import { findFaces } from './face/find.js';
import type { FaceDetection, FaceDetector } from './face/types.js';
import { cropRaster } from './imageops/crop.js';
import { toLuma } from './imageops/luma.js';
import { resizeToMaxSide } from './imageops/resize.js';
import { imageOf } from './report.js';
import { chooseKind } from './kind.js';
import type { ResolvedOptions } from './options.js';
import type { ImageMeta, Point, Raster, Report } from './types.js';

/**
 * Everything the checks measured in one image: what {@link judge} turns into a report for any
 * thresholds, without the pixels. Plain data (typed arrays in the maps), so it crosses to a page
 * and is kept there; a few KB per image.
 */
export interface Measurements {
  /** The kind measured: the request's, or the one `auto` chose. */
  kind: CaptureKind;
  /** The analysis raster's size, and original pixels per analysis pixel. */
  frame: Frame;
  image: Report['image'];
  /** Measured values of the pipeline itself (why `auto` chose its kind). */
  scores: Record<string, number>;
  /** Each check's measurement, by check name. */
  checks: Record<string, Measurement>;
  /** Faces found, in analysis pixels; only when a face detector ran. */
  faces?: FaceDetection[];
  /** The document's outline in analysis pixels (documents only). */
  document?: { corners: [Point, Point, Point, Point] | null };
  /** Checks that could not run: a document's face checks when its face detector failed to load. */
  skipped?: string[];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  /**
   * The options it was measured with. Those in `MEASURED_OPTIONS` must be the same to judge with;
   * see `changedOptions`.
   */
  options: ResolvedOptions;
}

/** A resolved request: the core's own input (a host's, see `src/host`). */
export interface MeasureRequest {
  kind: RequestKind;
  options: ResolvedOptions;
  /** Stages already timed by the caller (e.g. `decode`), carried into the timings. */
  timings?: Record<string, number>;
  /**
   * Finds the faces: required for selfies and `auto`; for documents, the `no_portrait` check runs
   * only with one. A promise (a host loading the model) is awaited only when faces are needed: for
   * a document, after every other check; if it rejects, a document's face checks are `skipped`.
   */
  faceDetector?: FaceDetector | Promise<FaceDetector>;
  /**
   * Called for a document (`kind: 'document'`, not `auto`) with what every check but the face
   * checks measured, before the faces are looked for (the portrait check): the verdict of a
   * document is known then, since the portrait check only ever warns. Not called for selfies, or
   * when no face check runs. A listener that throws does not stop the check.
   */
  beforeFaces?: (partial: Measurements) => void;
  /** Only the checks with these names run (a live frame's guidance, see `checkFrame`); default: every check of the kind. */
  checks?: readonly string[];
  /**
   * Faces from one whole-picture detector pass, without the tiled second look for small faces
   * (see `findFaces`): a live frame, where time counts more than a small face in the background.
   */
  singleFacePass?: boolean;
  /** How the document's outline is looked for, where not as for a photo (`FINDING_LIMITS`). */
  locate?: Partial<Pick<FindingLimits, 'workingSide' | 'maxLines'>>;
  /**
   * The centre of the image at the file's own resolution (`detailBox`), decoded by the host
   * besides the downscaled raster (see {@link AnalysisContext.detail}); without it, the centre of
   * the raster given stands in when that raster is the file's size.
   */
  detail?: Raster;
}

/**
 * Runs every check's measurement for the request's kind (first chosen, for `auto`) on a decoded
 * image. `raster` may be downscaled already (decode-time); `meta` carries the original size.
 */
export async function measure(raster: Raster, meta: ImageMeta, request: MeasureRequest): Promise<Measurements> {
  const started = now();
  const { options, faceDetector } = request;
  const timings: Record<string, number> = { ...request.timings };
  const timed = <T>(stage: string, work: () => T): T => {
    const stageStart = now();
    const result = work();
    timings[stage] = now() - stageStart;
    return result;
  };

  const analysisRaster = timed('resize', () => resizeToMaxSide(raster, options.analysisSize));
  const luma = timed('luma', () => toLuma(analysisRaster));
  const findDocument = (): DocumentFinding =>
    timed('locate', () =>
      locateDocument(analysisRaster, {
        ...FINDING_LIMITS,
        minScore: options.framing.minScore,
        ...request.locate,
      }),
    );

  // A detector a host is still loading is waited for once, when faces are first needed; the wait
  // (a first check's model download and compile) is its own stage, `faceModel`.
  let detector: FaceDetector | undefined;
  const detectorReady = async (): Promise<FaceDetector> => {
    if (detector === undefined) {
      const waitStart = now();
      detector = await faceDetector!;
      if (faceDetector instanceof Promise) timings.faceModel = now() - waitStart;
    }
    return detector;
  };

  let kind: CaptureKind;
  let located: DocumentFinding | undefined;
  let wholePicture: FaceDetection[] | undefined;
  const scores: Record<string, number> = {};
  if (request.kind === 'auto') {
    located = findDocument();
    const ready = await detectorReady();
    const stageStart = now();
    wholePicture = await ready.detect(analysisRaster);
    const { width, height } = analysisRaster;
    const choice = chooseKind({ width, height, finding: located, faces: wholePicture }, options);
    timings.kind = now() - stageStart;
    kind = choice.kind;
    Object.assign(scores, choice.scores);
  } else {
    kind = request.kind;
  }

  const only = request.checks;
  const checks = checksFor(kind).filter((check) => only === undefined || only.includes(check.name));
  const faceChecks = faceDetector === undefined ? [] : checks.filter((check) => check.needsFaces === true);
  if (kind === 'document') located ??= findDocument();
  const frame: Frame = {
    width: analysisRaster.width,
    height: analysisRaster.height,
    scale: meta.width / analysisRaster.width,
  };
  const context: AnalysisContext = {
    kind,
    options,
    meta,
    raster: analysisRaster,
    luma,
    scale: frame.scale,
    shared: new Map(),
  };
  if (kind === 'document' && located !== undefined) context.document = located;
  // A raster handed over at the file's own size holds the detail sample itself.
  const atFileSize = raster.width === meta.width && raster.height === meta.height;
  const detail = request.detail ?? (atFileSize ? cropRaster(raster, detailBox(meta.width, meta.height)) : undefined);
  if (detail !== undefined) context.detail = detail;
  const measured: Record<string, Measurement> = {};
  const skipped: string[] = [];
  const measurements = (): Measurements => {
    const result: Measurements = {
      kind,
      frame,
      image: imageOf(meta),
      scores,
      checks: { ...measured },
      timings: { ...timings },
      options,
    };
    if (context.faces !== undefined) result.faces = context.faces;
    if (context.document !== undefined) result.document = { corners: context.document.corners };
    if (skipped.length > 0) result.skipped = [...skipped];
    return result;
  };
  // The checks that need no faces first: a document's verdict is known before its portrait is looked for.
  for (const check of checks) {
    if (check.needsFaces !== true) measured[check.name] = timed(check.name, () => check.measure(context));
  }
  if (faceChecks.length > 0) {
    if (request.kind === 'document' && request.beforeFaces) {
      try {
        request.beforeFaces({ ...measurements(), timings: { ...timings, analyze: now() - started } });
      } catch {
        // A caller's listener does not stop the check.
      }
    }
    let ready: FaceDetector | undefined;
    try {
      ready = await detectorReady();
    } catch (error) {
      // A document's verdict does not hang on its portrait: without a face model (offline, a
      // blocked download) the portrait check is skipped, and the report says so.
      if (kind !== 'document') throw error;
      skipped.push(...faceChecks.map((check) => check.name));
    }
    if (ready !== undefined) {
      const stageStart = now();
      const minScore = kind === 'selfie' ? options.faces.minScore : options.portrait.minScore;
      context.faces = request.singleFacePass
        ? (wholePicture ?? (await ready.detect(analysisRaster)))
        : await findFaces(ready, analysisRaster, kind, minScore, wholePicture);
      timings.faceDetection = now() - stageStart;
      for (const check of faceChecks) measured[check.name] = timed(check.name, () => check.measure(context));
    }
  }
  timings.analyze = now() - started;
  return measurements();
}

/** The monotonic clock of browsers, workers and Node; declared here because the core has no DOM or Node types. */
declare const performance: { now(): number };

function now(): number {
  return performance.now();
}
