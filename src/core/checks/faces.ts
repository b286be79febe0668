import { ISSUE_CODES } from '../codes.js';
import { headBox, headFrame, headInFrame, sidesPast } from '../face/head.js';
import type { FaceDetection } from '../face/types.js';
import { scaleBox } from '../geometry.js';
import type { FaceOptions } from '../options.js';
import type { Box, Issue } from '../types.js';
import type { Check } from './check.js';

/** The faces found with at least `minScore`, widest first. */
function confidentFaces(faces: readonly FaceDetection[], minScore: number): FaceDetection[] {
  return faces.filter((face) => face.score >= minScore).sort((a, b) => b.box.width - a.box.width);
}

/** The main face: the widest found with at least `minScore` (a measured option: it decides what is measured). */
export function mainFace(faces: readonly FaceDetection[], minScore: number): FaceDetection | undefined {
  return confidentFaces(faces, minScore)[0];
}

/**
 * The faces that count as people in the picture: confident enough, and not much smaller than
 * the main (widest) face. Widest first.
 */
export function countedFaces(faces: readonly FaceDetection[], options: FaceOptions): FaceDetection[] {
  const confident = confidentFaces(faces, options.minScore);
  const main = confident[0];
  if (main === undefined) return [];
  return confident.filter((face) => face.box.width >= options.minRelativeSize * main.box.width);
}

/**
 * `no_face` / `multiple_faces` / `face_too_small` / `face_cut_off`: exactly one person, close
 * enough, whole head in the frame. Counts faces with {@link countedFaces}; judges size and
 * framing on the main face.
 */
export const faceCheck: Check = {
  name: 'faces',
  kinds: ['selfie'],
  codes: [ISSUE_CODES.no_face, ISSUE_CODES.multiple_faces, ISSUE_CODES.face_too_small, ISSUE_CODES.face_cut_off],
  needsFaces: true,
  // Which faces count, and the main face's size and framing, depend on the thresholds: all judged.
  measure: () => ({ scores: {} }),
  judge(_measurement, context) {
    const options = context.options.faces;
    const { width, height } = context.frame;
    const faces = countedFaces(context.faces ?? [], options);
    const main = faces[0];
    const toOriginal = (box: Box): Box => scaleBox(box, context.frame.scale);
    if (main === undefined) {
      return {
        scores: { faceCount: 0 },
        issues: [{ code: ISSUE_CODES.no_face, severity: 'fail', score: 0, threshold: 1 }],
      };
    }
    const frame = headFrame(main);
    const scores = {
      faceCount: faces.length,
      faceScore: main.score,
      faceShare: main.box.width / Math.min(width, height),
      headInFrame: headInFrame(frame, width, height),
    };
    const issues: Issue[] = [];
    if (faces.length > 1) {
      const second = faces[1]!;
      issues.push({
        code: ISSUE_CODES.multiple_faces,
        severity: 'fail',
        score: faces.length,
        threshold: 1,
        region: toOriginal(second.box),
        facts: { faceCount: faces.length },
      });
    }
    if (scores.faceShare < options.minFaceShare) {
      issues.push({
        code: ISSUE_CODES.face_too_small,
        severity: 'fail',
        score: scores.faceShare,
        threshold: options.minFaceShare,
        region: toOriginal(main.box),
      });
    }
    if (scores.headInFrame < options.minHeadInFrame) {
      const head = headBox(frame);
      issues.push({
        code: ISSUE_CODES.face_cut_off,
        severity: 'fail',
        score: scores.headInFrame,
        threshold: options.minHeadInFrame,
        region: toOriginal(head),
        facts: { cutSides: sidesPast(head, width, height, options.minHeadInFrame) },
      });
    }
    return { scores, issues };
  },
};
