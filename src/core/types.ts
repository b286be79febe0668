import type { IssueCode, RequestKind } from './codes.js';

/** Decoded pixels: RGBA, 8 bits per channel, row-major, no padding. Alpha is ignored by the checks. */
export interface Raster {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** One 8-bit channel (e.g. luma) of the same layout as a {@link Raster}. */
export interface GrayImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A coarse grid of values in [0, 1] over the image, row-major, for overlays; NaN in a cell that
 * could not be judged (`null` once serialised to JSON).
 */
export interface Heatmap {
  cols: number;
  rows: number;
  values: Float32Array;
}

/** `pass`: nothing wrong; `warn`: worth a retake but acceptable; `fail`: would be rejected. */
export type Verdict = 'pass' | 'warn' | 'fail';

/** A side of the picture. */
export type FrameSide = 'top' | 'right' | 'bottom' | 'left';

/**
 * Where a corner of the document lies in the picture: its quadrant from the document's centre,
 * or, on a document turned so far that two corners share a quadrant, the nearest of eight
 * directions.
 */
export type CornerName =
  'top-left' | 'top-right' | 'bottom-right' | 'bottom-left' | 'top' | 'right' | 'bottom' | 'left';

/**
 * Typed facts about where and what, so user-facing messages in any language are built from data
 * (an issue's English `detail` is for logs only). Each is set where its code knows it.
 */
export interface IssueFacts {
  /** Sides of the picture the document (`cropped`) or the head (`face_cut_off`) runs past. */
  cutSides?: FrameSide[];
  /** Corners of the document something lies over (`cropped`, a warning). */
  coveredCorners?: CornerName[];
  /**
   * Edges of the document whose middle fingers lie over, reaching onto the card (`cropped`, a
   * warning), named by where the edge lies from the document's centre.
   */
  coveredEdges?: FrameSide[];
  /** A washed-out spot, or a veil of reflected light over the print (`glare`). */
  glare?: 'spot' | 'veil';
  /** Share of the light a cast shadow takes (`shadow`): 0.4 leaves its paper at 60 % of the lit paper. */
  darkening?: number;
  /** The cast shadow lies over the document's portrait (`shadow`). */
  overPortrait?: true;
  /** Faces counted (`multiple_faces`). */
  faceCount?: number;
  /** The check could not run because the browser worker stopped (`unreadable`): not the file's fault. */
  workerCrashed?: true;
  /** The file is a PDF that opens only with a password (`unreadable`). */
  passwordProtected?: true;
}

/** One thing wrong with the photo. */
export interface Issue {
  code: IssueCode;
  severity: 'warn' | 'fail';
  /** The measured value. */
  score: number;
  /** The value the score was compared with. */
  threshold: number;
  /** Where in the original image (after EXIF orientation), when the problem is local. */
  region?: Box;
  /** Human-readable detail for logs and QA (not for end users): e.g. the decoder's error. */
  detail?: string;
  /** Where and what, for messages to the user; see {@link IssueFacts}. */
  facts?: IssueFacts;
}

/** EXIF fields kept for the metadata checks. All optional: most screenshots and scans carry none. */
export interface ExifSummary {
  make?: string;
  model?: string;
  software?: string;
  /** XMP CreatorTool, when present. */
  creatorTool?: string;
  /** Original capture date as ISO 8601, when present. */
  dateTime?: string;
  /** EXIF orientation tag (1-8) of the file; the pixels handed to the core are already upright. */
  orientation?: number;
}

/** What the decoder knows about the file besides its pixels. */
export interface ImageMeta {
  /** Width of the original image after EXIF orientation, in pixels. */
  width: number;
  /** Height of the original image after EXIF orientation, in pixels. */
  height: number;
  /** Container format as detected from the bytes, e.g. `jpeg`, `png`. */
  format: string;
  /** File size in bytes, when known. */
  bytes?: number;
  /** Whether the encoding is lossless (PNG, GIF, lossless WebP), as screenshots are; see `sniff`. */
  lossless?: boolean;
  exif?: ExifSummary;
  /** Pages in the file, for a PDF (its first page is the one checked). */
  pages?: number;
}

/** The result of checking one photo. A bad photo is a report, never an exception. */
export interface Report {
  /** The kind checked: the request's, or the one `auto` chose (`auto` only for a file that could not be read). */
  kind: RequestKind;
  verdict: Verdict;
  /** Empty when all is well. */
  issues: Issue[];
  /** Every measured value, also when it passed. */
  scores: Record<string, number>;
  maps?: { glare?: Heatmap; sharpness?: Heatmap };
  document?: { corners: [Point, Point, Point, Point] | null };
  faces?: { box: Box; score: number }[];
  /** What the decoder knew of the file (see {@link ImageMeta}). */
  image: Pick<ImageMeta, 'width' | 'height' | 'format' | 'bytes' | 'lossless' | 'exif' | 'pages'>;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  /**
   * Checks not yet run: only on a document's early report (`['portrait']`, see the browser's
   * `onEarlyReport`), whose `fail` or `warn` verdict is final while a `pass` may still become `warn`.
   */
  pending?: string[];
  /**
   * Checks that could not run, so their issues are missing: a document's `portrait` when the face
   * model could not be loaded (offline, a blocked download). The other checks' verdict stands.
   */
  skipped?: string[];
}
