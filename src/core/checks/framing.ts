import { ISSUE_CODES } from '../codes.js';
import { clippedBounds, quadShortSide, scaleBox } from '../geometry.js';
import type { CornerName, Issue, Point } from '../types.js';
import { sidesOverrun } from '../document/corners.js';
import type { DocumentFinding } from '../document/locate.js';
import type { FramingOptions } from '../options.js';
import type { Check } from './check.js';

/**
 * `document_not_found` / `cropped` / `too_far`, from where the document was found
 * (`context.document`). A document that fills the frame (no outline inside it, frame shaped like
 * a document) is taken as a scan or a tight crop and passes: pixels cannot tell a tight crop from
 * a document cut exactly at its edges. A corner inside the frame whose two edges are both missing
 * next to it is covered (a thumb, an object): `cropped` as a warning; so is a corner whose rounded
 * tip reaches just past the frame, by more than the localisation errs but less than a cut.
 */
export const framingCheck: Check<FramingEvidence> = {
  name: 'framing',
  kinds: ['document'],
  codes: [ISSUE_CODES.document_not_found, ISSUE_CODES.cropped, ISSUE_CODES.too_far],
  measure(context) {
    const finding = context.document;
    if (finding === undefined) return { scores: {} };
    const scores = {
      documentScore: finding.score,
      documentShare: finding.areaShare,
      documentFillsFrame: finding.fillsFrame ? 1 : 0,
      documentCutSides: finding.cutSides.length,
      documentHiddenEdge: Math.max(0, ...finding.hiddenEdges),
      documentFingers: Math.max(0, ...finding.fingers),
      documentOverrun: Math.max(...Object.values(finding.overrun)),
    };
    const { corners, cutSides, hiddenEdges, fingers, overrun } = finding;
    return {
      scores,
      evidence: {
        corners,
        cutSides: [...cutSides],
        hiddenEdges: [...hiddenEdges],
        fingers: [...fingers],
        overrun: { ...overrun },
      },
    };
  },
  judge({ scores, evidence }, { options: { framing: options }, frame }) {
    if (evidence === undefined) return { issues: [] };
    const { corners, cutSides, overrun } = evidence;
    if (corners === null) {
      const score = scores.documentScore!;
      const severity = score < options.notFoundFailScore ? 'fail' : 'warn';
      return { issues: [{ code: ISSUE_CODES.document_not_found, severity, score, threshold: options.minScore }] };
    }
    const { width, height, scale } = frame;
    const region = scaleBox(clippedBounds(corners, width, height), scale);
    const issues: Issue[] = [];
    const covered = coveredCorners(corners, evidence, options);
    const tipsPast = cutSides.length > 0 ? [] : sidesOverrun(overrun, options.maxOverrun);
    if (cutSides.length > 0 || tipsPast.length > 0 || covered.length > 0) {
      const reasons = [
        ...(cutSides.length > 0 ? [`runs past the ${cutSides.join(', ')} edge of the frame`] : []),
        ...(tipsPast.length > 0 ? [`a corner reaches just past the ${tipsPast.join(', ')} edge of the frame`] : []),
        ...covered.map((corner) => `its ${corner.name} corner is covered`),
      ];
      // The frame's cut speaks first: its region is the whole document, as for a cut alone.
      const measure =
        cutSides.length > 0
          ? { score: cutSides.length, threshold: 0, region }
          : tipsPast.length > 0
            ? { score: Math.max(...tipsPast.map((side) => overrun[side])), threshold: options.maxOverrun, region }
            : {
                ...mostCovered(covered),
                region: scaleBox(
                  clippedBounds(
                    covered.flatMap((corner) => corner.around),
                    width,
                    height,
                  ),
                  scale,
                ),
              };
      // A covered corner alone only warns: a corner against an object of the card's own colour, or
      // washed out by glare, hides its edges too. So does a tip just past the frame (see `maxOverrun`).
      const severity = cutSides.length > 0 ? 'fail' : 'warn';
      const sidesPast = [...cutSides, ...tipsPast];
      const facts = {
        ...(sidesPast.length > 0 ? { cutSides: sidesPast } : {}),
        ...(covered.length > 0 ? { coveredCorners: covered.map((corner) => corner.name) } : {}),
      };
      issues.push({ code: ISSUE_CODES.cropped, severity, ...measure, detail: reasons.join('; '), facts });
    }
    if (scores.documentFillsFrame === 0 && scores.documentShare! < options.minShare) {
      issues.push({
        code: ISSUE_CODES.too_far,
        severity: 'fail',
        score: scores.documentShare!,
        threshold: options.minShare,
        region,
      });
    }
    return { issues };
  },
};

/** Where the document is, in analysis pixels (see `DocumentFinding`). */
type FramingEvidence = Pick<DocumentFinding, 'corners' | 'cutSides' | 'hiddenEdges' | 'fingers' | 'overrun'>;

/**
 * A covered corner: where it is in the image, how far it is covered (the hidden edges' or the
 * fingers' reach, whichever is further past its threshold) and that threshold, and the box around
 * it.
 */
interface CoveredCorner {
  name: CornerName;
  score: number;
  threshold: number;
  around: Point[];
}

/** The covered corner furthest past its threshold: its score and threshold. */
function mostCovered(covered: readonly CoveredCorner[]): { score: number; threshold: number } {
  const most = covered.reduce((a, b) => (b.score / b.threshold > a.score / a.threshold ? b : a));
  return { score: most.score, threshold: most.threshold };
}

/** Corner names by where a corner lies from the document's centre, in eighths of a turn from "right". */
const DIRECTIONS: readonly CornerName[] = [
  'right',
  'bottom-right',
  'bottom',
  'bottom-left',
  'left',
  'top-left',
  'top',
  'top-right',
];

/**
 * The covered corners: those whose edges are hidden for more than `maxHiddenEdge` of the
 * document's shorter side, or over which fingers reach further than `maxFingers` along an edge,
 * each with a box around it reaching as far from it as it is covered (at least a tenth of the
 * shorter side) to point at. They are named by their quadrant from the document's centre
 * (`top-left`), or, on a document turned so far that two corners would share a quadrant, by the
 * nearest of eight directions (`top`, `top-right`, ...).
 */
function coveredCorners(
  corners: readonly Point[],
  { hiddenEdges, fingers }: Pick<FramingEvidence, 'hiddenEdges' | 'fingers'>,
  { maxHiddenEdge, maxFingers }: Pick<FramingOptions, 'maxHiddenEdge' | 'maxFingers'>,
): CoveredCorner[] {
  const cx = corners.reduce((sum, p) => sum + p.x, 0) / corners.length;
  const cy = corners.reduce((sum, p) => sum + p.y, 0) / corners.length;
  const quadrants = corners.map((p): CornerName => `${p.y < cy ? 'top' : 'bottom'}-${p.x < cx ? 'left' : 'right'}`);
  const names =
    new Set(quadrants).size === corners.length
      ? quadrants
      : corners.map((p) => DIRECTIONS[(Math.round(Math.atan2(p.y - cy, p.x - cx) / (Math.PI / 4)) + 8) % 8]!);
  const shortSide = quadShortSide(corners);
  return corners.flatMap((p, i) => {
    const [hidden, finger] = [hiddenEdges[i] ?? 0, fingers[i] ?? 0];
    const byEdges = hidden > maxHiddenEdge;
    const byFingers = finger > maxFingers;
    if (!byEdges && !byFingers) return [];
    const [score, threshold] =
      byEdges && (!byFingers || hidden / maxHiddenEdge >= finger / maxFingers)
        ? [hidden, maxHiddenEdge]
        : [finger, maxFingers];
    const reach = Math.max(0.1, hidden, finger) * shortSide;
    const around = [
      { x: p.x - reach, y: p.y - reach },
      { x: p.x + reach, y: p.y + reach },
    ];
    return [{ name: names[i]!, score, threshold, around }];
  });
}
