import type { CaptureKind } from './codes.js';
import type { DocumentFinding } from './document/locate.js';
import { headFrame, headInFrame } from './face/head.js';
import type { FaceDetection } from './face/types.js';
import { insideQuad, quadShortSide } from './geometry.js';
import type { ResolvedOptions } from './options.js';
import type { Point } from './types.js';

/** What {@link chooseKind} decides from: what a document check and one face pass find at analysis size. */
export interface KindEvidence {
  /** The analysis raster's size, in the pixels of `finding` and `faces`. */
  width: number;
  height: number;
  /** `locateDocument` on the analysis raster. */
  finding: DocumentFinding;
  /** Every detection of one whole-picture pass of the face detector (no tiles), with its score. */
  faces: readonly FaceDetection[];
}

/** The kind chosen, and the numbers it was chosen from (`autoSelfie` 0/1 and the `auto*` features). */
export interface KindChoice {
  kind: CaptureKind;
  scores: Record<string, number>;
}

/**
 * Limits of {@link chooseKind}. Figures: the corpus and test-images at analysis size 1024, BlazeFace
 * ONNX; 125 document photos and 144 photos of people with a face found (scripts/research-auto-kind.mjs).
 */
export const KIND_LIMITS = {
  /** Faces count from the selfie checks' `faces.minScore` but never below this (at 0.5, prints on screens count). */
  minFaceScore: 0.6,
  /** A second face this share of the main one's width is a second person (groups ≥ 0.79; a ghost portrait 0.27). */
  secondPerson: 0.5,
  /** Portrait's offset across the face from the outline's middle (documents p5 0.46; people in an outline ≤ 0.22). */
  minOffsetInOutline: 0.3,
  /** The same from the frame's middle (scans 0.61-0.70, video frames 0.45-0.60; people p50 0.05, all but 5 ≤ 0.37). */
  minOffsetInFrame: 0.4,
  /** Portrait face width over the outline's shorter side (documents p95 0.37, max 0.41; people 0.81, 1.0). */
  maxPortraitInOutline: 0.5,
  /** Portrait face width over the frame's shorter side, no outline found (documents ≤ 0.26; people p50 0.38). */
  maxPortraitInFrame: 0.35,
  /** The same, least, when the frame is the document (a scan-shaped frame: scans 0.15-0.26). */
  minPortraitInScan: 0.1,
  /** `headInFrame` of a portrait with the frame for its document: its head is inside (documents ≥ 2.1). */
  minHeadInFrame: 1,
};

/**
 * Selfie or document, from the document finding and one whole-picture face pass. A printed portrait
 * is small next to its document and sits at one end of it (ID-1 cards and passport pages put its
 * centre 0.55-0.7 of the half-length from the middle, left or right); a person photographed is large,
 * or near the middle of the frame, or beside the document found, or one of several people.
 *
 * 1. No face → document: a photo without one cannot pass as a selfie (115 documents, 3 selfies have
 *    none; with no outline found either: 21 documents, 1 selfie).
 * 2. A second face of similar size ({@link KIND_LIMITS}`.secondPerson`) → selfie (people).
 * 3. An outline found: the main face's centre outside it → selfie (someone holding the card); inside
 *    it, small next to it and off its middle → document.
 * 4. Else the frame stands in for the document: a face small in it, off its middle, head inside,
 *    and (when the frame is scan-shaped, so it is the document) not far smaller than a scan's
 *    portrait → document; any other face → selfie.
 *
 * Misses: a lone person framed well off-centre with a small face reads as a document; so may someone
 * holding a card whose outline is not found. A document whose portrait is in its middle (portrait-
 * format cards, pages with a photo), or that lies outside a wrongly found outline, reads as a selfie.
 */
export function chooseKind(evidence: KindEvidence, options: ResolvedOptions): KindChoice {
  const { width, height, finding } = evidence;
  const minScore = Math.max(options.faces.minScore, KIND_LIMITS.minFaceScore);
  const faces = evidence.faces.filter((face) => face.score >= minScore).sort((a, b) => b.box.width - a.box.width);
  const main = faces[0];
  const scores: Record<string, number> = { autoFaceCount: faces.length };
  const decide = (kind: CaptureKind): KindChoice => ({
    kind,
    scores: { autoSelfie: kind === 'selfie' ? 1 : 0, ...scores },
  });
  if (main === undefined) return decide('document');

  scores.autoPeople = faces.filter((face) => face.box.width >= KIND_LIMITS.secondPerson * main.box.width).length;
  scores.autoFaceShare = main.box.width / Math.min(width, height);
  if (scores.autoPeople > 1) return decide('selfie');

  const outline = finding.fillsFrame ? null : finding.corners;
  if (outline !== null) {
    const inside = insideQuad(outline, { x: main.box.x + main.box.width / 2, y: main.box.y + main.box.height / 2 });
    scores.autoFaceInOutline = inside ? 1 : 0;
    if (!inside) return decide('selfie');
    scores.autoPortraitSize = main.box.width / quadShortSide(outline);
    scores.autoPortraitOffset = offsetAcross(main, outline);
    const portrait =
      scores.autoPortraitSize <= KIND_LIMITS.maxPortraitInOutline &&
      scores.autoPortraitOffset >= KIND_LIMITS.minOffsetInOutline;
    // When not, the outline may be part of a larger document (the portrait's own frame): try the frame.
    if (portrait) return decide('document');
  }
  const frame = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
  scores.autoFrameOffset = offsetAcross(main, frame);
  scores.autoHeadInFrame = headInFrame(headFrame(main), width, height);
  const portrait =
    scores.autoFaceShare >= (finding.fillsFrame ? KIND_LIMITS.minPortraitInScan : 0) &&
    scores.autoFaceShare <= KIND_LIMITS.maxPortraitInFrame &&
    scores.autoFrameOffset >= KIND_LIMITS.minOffsetInFrame &&
    scores.autoHeadInFrame >= KIND_LIMITS.minHeadInFrame;
  return decide(portrait ? 'document' : 'selfie');
}

/**
 * How far the face's centre lies from the middle of `corners` across the face, over half their
 * extent that way (0 in the middle, 1 at the edge). Measured along the image axis nearer the eye
 * line, so a document lying sideways is measured along its length.
 */
function offsetAcross(face: FaceDetection, corners: readonly Point[]): number {
  const [rightEye, leftEye] = face.keypoints;
  const sideways = rightEye && leftEye && Math.abs(leftEye.y - rightEye.y) > Math.abs(leftEye.x - rightEye.x);
  const along = (p: Point): number => (sideways ? p.y : p.x);
  const positions = corners.map(along);
  const low = Math.min(...positions);
  const high = Math.max(...positions);
  const centre = along({ x: face.box.x + face.box.width / 2, y: face.box.y + face.box.height / 2 });
  return Math.abs(centre - (low + high) / 2) / ((high - low) / 2);
}
