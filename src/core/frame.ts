import type { CaptureKind } from './codes.js';
import type { FaceDetector } from './face/types.js';
import { judge } from './judge.js';
import { measure } from './measure.js';
import type { ResolvedOptions } from './options.js';
import type { Raster, Report } from './types.js';

/**
 * The checks a live camera frame runs, by kind: only what guidance needs. A selfie frame: the
 * faces (count, size, position) and the main face's blur and light, and the whole frame's
 * exposure. A document frame: the outline (found, cut, too far), blur, glare and exposure. The
 * rest (grayscale, screenshot, metadata, the portrait) cannot change while the user aims the
 * camera; the captured photo gets every check.
 */
export const FRAME_CHECKS: Readonly<Record<CaptureKind, readonly string[]>> = {
  selfie: ['exposure', 'faces', 'face_quality'],
  document: ['framing', 'exposure', 'blur', 'glare'],
};

/**
 * Longer side a live frame is analysed at (a photo's `analysisSize` is 1024). With
 * {@link FRAME_LOCATE} it keeps a document frame's check near half a photo's; measured in
 * docs/speed.md#live-frames.
 */
export const FRAME_ANALYSIS_SIZE = 640;
/**
 * How a live frame's document outline is looked for: at 320 px (a photo's: 512) among 28 straight
 * edges (a photo's: 40; the candidates grow with about the fourth power of it). On the generated
 * test images, as camera frames, the guidance checks' issues are those of the photo check of the
 * same frame on 119 of 130 (the others are listed in tests/core/frame.test.ts).
 */
export const FRAME_LOCATE = { workingSide: 320, maxLines: 28 } as const;

/** What {@link checkFrame} needs. */
export interface FrameRequest {
  kind: CaptureKind;
  options: ResolvedOptions;
  /** Required for selfies. */
  faceDetector?: FaceDetector;
}

/**
 * Checks one live camera frame for guidance: the checks of {@link FRAME_CHECKS} on the frame at
 * {@link FRAME_ANALYSIS_SIZE}, with one whole-picture face pass, judged by the same `judge` as a
 * photo. The report has no maps (guidance draws none); `scores.edgeWidth` (documents) or
 * `scores.faceEdgeWidth` (selfies) says how sharp the frame is, to keep the sharpest one.
 * @throws TypeError for a selfie without a face detector.
 */
export async function checkFrame(raster: Raster, request: FrameRequest): Promise<Report> {
  const { kind, faceDetector } = request;
  if (kind === 'selfie' && faceDetector === undefined) {
    throw new TypeError('request.faceDetector is required for a selfie frame');
  }
  const options = { ...request.options, analysisSize: Math.min(request.options.analysisSize, FRAME_ANALYSIS_SIZE) };
  const { width, height } = raster;
  const measurements = await measure(
    raster,
    { width, height, format: 'bitmap' },
    {
      kind,
      options,
      checks: FRAME_CHECKS[kind],
      singleFacePass: true,
      locate: FRAME_LOCATE,
      ...(faceDetector ? { faceDetector } : {}),
    },
  );
  const report = judge(measurements, options);
  delete report.maps;
  return report;
}

/**
 * What a live frame asks of the user, most pressing first within each kind; `ready` when the
 * frame would make a good photo. Light comes first: in a dim room the detectors miss faces and
 * outlines, and "more light" is what helps. The hints beyond the issue codes are about aiming: the face off
 * the guide's centre or too close, the document too small or past the guide.
 */
export const FRAME_HINTS = {
  selfie: [
    'too_dark',
    'no_face',
    'multiple_faces',
    'overexposed',
    'face_cut_off',
    'face_too_close',
    'face_too_small',
    'face_off_centre',
    'blurry',
    'ready',
  ],
  document: [
    'too_dark',
    'document_not_found',
    'overexposed',
    'cropped',
    'document_too_close',
    'too_far',
    'glare',
    'blurry',
    'ready',
  ],
} as const;

/** A hint for a selfie frame. */
export type SelfieHint = (typeof FRAME_HINTS.selfie)[number];
/** A hint for a document frame. */
export type DocumentHint = (typeof FRAME_HINTS.document)[number];
/** What a live frame asks of the user. */
export type FrameHint = SelfieHint | DocumentHint;

/**
 * Where a good live frame has its subject, as shares of the frame: the guide drawn over the
 * camera's picture (a face oval, a card frame) shows the same.
 */
export const FRAME_GUIDE = {
  /** The main face's centre may be this far from the frame's centre (shares of width and height). */
  faceCentreTolerance: 0.15,
  /** A face wider than this share of the frame's shorter side is too close: its head and hair would be cut. */
  faceMaxShare: 0.7,
  /** A document covering less than this share of the frame is too small to capture (a photo's own limit is lower). */
  documentMinShare: 0.25,
} as const;

/** A live frame's hint, whether it is ready to capture, and how sharp it is. */
export interface FrameState {
  hint: FrameHint;
  ready: boolean;
  /** Edge width in pixels (lower is sharper); `Infinity` when not measured. */
  edgeWidth: number;
}

/**
 * The hint a frame's report (from {@link checkFrame}) calls for: the first of {@link FRAME_HINTS}
 * that applies. An issue code applies when the report raises it (a warning too: a frame to
 * capture has none); the aiming hints by {@link FRAME_GUIDE}.
 */
export function frameState(report: Report): FrameState {
  const { width, height } = report.image;
  const scores = report.scores;
  // Issue codes that are hints apply as they are; the aiming hints are added below.
  const applies = new Set<string>(report.issues.map((issue) => issue.code));
  if (report.kind === 'selfie') {
    const face = report.faces?.[0];
    if (face !== undefined) {
      const offX = Math.abs(face.box.x + face.box.width / 2 - width / 2) / width;
      const offY = Math.abs(face.box.y + face.box.height / 2 - height / 2) / height;
      if (Math.max(offX, offY) > FRAME_GUIDE.faceCentreTolerance) applies.add('face_off_centre');
    }
    if ((scores.faceShare ?? 0) > FRAME_GUIDE.faceMaxShare) applies.add('face_too_close');
  } else {
    if (scores.documentFillsFrame === 1) applies.add('document_too_close');
    else if ((scores.documentShare ?? 1) < FRAME_GUIDE.documentMinShare) applies.add('too_far');
  }
  const hints: readonly FrameHint[] = FRAME_HINTS[report.kind === 'selfie' ? 'selfie' : 'document'];
  const hint = hints.find((candidate) => applies.has(candidate)) ?? 'ready';
  const edgeWidth = (report.kind === 'selfie' ? scores.faceEdgeWidth : scores.edgeWidth) ?? Number.NaN;
  return {
    hint,
    ready: hint === 'ready',
    edgeWidth: Number.isFinite(edgeWidth) ? edgeWidth : Number.POSITIVE_INFINITY,
  };
}
