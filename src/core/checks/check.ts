import type { CaptureKind, IssueCode } from '../codes.js';
import type { DocumentFinding } from '../document/locate.js';
import type { FaceDetection } from '../face/types.js';
import type { ResolvedOptions } from '../options.js';
import type { GrayImage, ImageMeta, Issue, Raster, Report } from '../types.js';

/** What every check gets: the analysis-size image, its luma, and what is known about the file. */
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
  /** Faces found in {@link raster} (analysis pixels), best first; only when a face detector ran. */
  faces?: FaceDetection[];
  /**
   * Where the document is (documents only; corners in analysis pixels). Checks that measure the
   * document itself (blur, glare) should look inside its `corners`.
   */
  document?: DocumentFinding;
}

/** What a check returns: its measurements (always) and its issues (when something is wrong). */
export interface CheckResult {
  scores: Record<string, number>;
  issues: Issue[];
  /** Overlay grids over the analysed image (cells are shares of the image, so no rescaling is needed). */
  maps?: NonNullable<Report['maps']>;
}

/** One quality check. */
export interface Check {
  /** Stage name in `report.timings`. */
  name: string;
  /** Capture kinds it runs for. */
  kinds: readonly CaptureKind[];
  /** Issue codes it can raise. */
  codes: readonly IssueCode[];
  /** Uses `context.faces`: the detector runs first, and the check is skipped without one. */
  needsFaces?: boolean;
  run(context: AnalysisContext): CheckResult;
}
