import type { CaptureKind, IssueCode } from '../codes.js';
import type { DocumentFinding } from '../document/locate.js';
import type { FaceDetection } from '../face/types.js';
import type { ResolvedOptions } from '../options.js';
import type { GrayImage, ImageMeta, Issue, Raster, Report } from '../types.js';

/** What every check's `measure` gets: the analysis-size image, its luma, and what is known about the file. */
export interface AnalysisContext {
  kind: CaptureKind;
  options: ResolvedOptions;
  meta: ImageMeta;
  /** The image at analysis size (longer side ≤ `options.analysisSize`). */
  raster: Raster;
  /** Luma of {@link raster}. */
  luma: GrayImage;
  /** Original-image pixels per analysis pixel, to map regions back to the original. */
  scale: number;
  /**
   * The picture's centre at the file's own resolution, at most `DETAIL_SIDE` square: for cues the
   * downscaled {@link raster} loses (a screen's pixel grid). Absent where the host decoded none and
   * the raster is smaller than the file (a live frame, a PDF page).
   */
  detail?: Raster;
  /** Faces found in {@link raster} (analysis pixels), best first; only when a face detector ran. */
  faces?: FaceDetection[];
  /**
   * Where the document is (documents only; corners in analysis pixels). Checks that measure the
   * document itself (blur, glare) should look inside its `corners`.
   */
  document?: DocumentFinding;
  /**
   * Values more than one check reads, computed once per analysis (see {@link sharedValue}).
   * Absent from a context built by hand: every read then computes its value afresh.
   */
  shared?: Map<string, unknown>;
}

/** The value `key` of this analysis, from `compute` on its first read (see {@link AnalysisContext.shared}). */
export function sharedValue<T>(context: AnalysisContext, key: string, compute: () => T): T {
  if (context.shared?.has(key)) return context.shared.get(key) as T;
  const value = compute();
  context.shared?.set(key, value);
  return value;
}

/** The analysis raster's size, and original-image pixels per analysis pixel. */
export interface Frame {
  width: number;
  height: number;
  scale: number;
}

/**
 * What a check measured in one image: plain data (it crosses threads and is kept by a page), from
 * which {@link Check.judge} makes the issues for any thresholds without looking at the image again.
 */
export interface Measurement<Evidence = unknown> {
  /** The measured values. */
  scores: Record<string, number>;
  /** What judging needs beyond the scores (where the fault is, what kind), in analysis pixels. */
  evidence?: Evidence;
  /** Overlay grids over the analysed image (cells are shares of the image, so no rescaling is needed). */
  maps?: NonNullable<Report['maps']>;
}

/** What judging sees: the thresholds, and what every check shares. */
export interface JudgeContext {
  kind: CaptureKind;
  options: ResolvedOptions;
  frame: Frame;
  /** Faces found (analysis pixels), best first; only when a face detector ran. */
  faces?: readonly FaceDetection[];
}

/** What judging a measurement gives: its issues, and the scores that depend on the thresholds. */
export interface Judgement {
  issues: Issue[];
  scores?: Record<string, number>;
}

/**
 * One quality check, in two steps: `measure` looks at the image (the slow part), `judge` compares
 * the measurement with the thresholds (pure and cheap, so a QA page re-judges a whole batch as a
 * threshold moves). `measure` reads only the options in `MEASURED_OPTIONS`; every other option is
 * read by `judge` alone.
 */
export interface Check<Evidence = unknown> {
  /** Stage name in `report.timings`, and the key of its measurement. */
  name: string;
  /** Capture kinds it runs for. */
  kinds: readonly CaptureKind[];
  /** Issue codes it can raise. */
  codes: readonly IssueCode[];
  /** Uses the faces: the detector runs first, and the check is skipped without one. */
  needsFaces?: boolean;
  measure(context: AnalysisContext): Measurement<Evidence>;
  judge(measurement: Measurement<Evidence>, context: JudgeContext): Judgement;
}
