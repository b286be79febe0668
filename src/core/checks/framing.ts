import { ISSUE_CODES } from '../codes.js';
import { clippedBounds, quadShortSide, scaleBox } from '../geometry.js';
import type { CornerName, Issue, Point } from '../types.js';
import type { DocumentFinding } from '../document/locate.js';
import type { Check } from './check.js';

/**
 * `document_not_found` / `cropped` / `too_far`, from where the document was found
 * (`context.document`). A document that fills the frame (no outline inside it, frame shaped like
 * a document) is taken as a scan or a tight crop and passes: pixels cannot tell a tight crop from
 * a document cut exactly at its edges. A corner inside the frame whose two edges are both missing
 * next to it is covered (a thumb, an object): `cropped` as a warning.
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
    };
    const { corners, cutSides, hiddenEdges } = finding;
    return { scores, evidence: { corners, cutSides: [...cutSides], hiddenEdges: [...hiddenEdges] } };
  },
  judge({ scores, evidence }, { options: { framing: options }, frame }) {
    if (evidence === undefined) return { issues: [] };
    const { corners, cutSides, hiddenEdges } = evidence;
    if (corners === null) {
      const score = scores.documentScore!;
      const severity = score < options.notFoundFailScore ? 'fail' : 'warn';
      return { issues: [{ code: ISSUE_CODES.document_not_found, severity, score, threshold: options.minScore }] };
    }
    const { width, height, scale } = frame;
    const region = scaleBox(clippedBounds(corners, width, height), scale);
    const issues: Issue[] = [];
    const covered = coveredCorners(corners, hiddenEdges, options.maxHiddenEdge);
    if (cutSides.length > 0 || covered.length > 0) {
      const reasons = [
        ...(cutSides.length > 0 ? [`runs past the ${cutSides.join(', ')} edge of the frame`] : []),
        ...covered.map((corner) => `its ${corner.name} corner is covered`),
      ];
      // The frame's cut speaks first: its region is the whole document, as for a cut alone.
      const measure =
        cutSides.length > 0
          ? { score: cutSides.length, threshold: 0, region }
          : {
              score: Math.max(...covered.map((corner) => corner.hidden)),
              threshold: options.maxHiddenEdge,
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
      // washed out by glare, hides its edges too.
      const severity = cutSides.length > 0 ? 'fail' : 'warn';
      const facts = {
        ...(cutSides.length > 0 ? { cutSides: [...cutSides] } : {}),
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
type FramingEvidence = Pick<DocumentFinding, 'corners' | 'cutSides' | 'hiddenEdges'>;

/** A covered corner: where it is in the image, how much of its edges is hidden, and the box around it. */
interface CoveredCorner {
  name: CornerName;
  hidden: number;
  around: Point[];
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
 * The corners whose edges are hidden for more than `maxHidden` of the document's shorter side,
 * each with a box around it reaching as far from it as its hidden edge (at least a tenth of the
 * shorter side) to point at. They are named by their quadrant from the document's centre
 * (`top-left`), or, on a document turned so far that two corners would share a quadrant, by the
 * nearest of eight directions (`top`, `top-right`, ...).
 */
function coveredCorners(corners: readonly Point[], hiddenEdges: readonly number[], maxHidden: number): CoveredCorner[] {
  const cx = corners.reduce((sum, p) => sum + p.x, 0) / corners.length;
  const cy = corners.reduce((sum, p) => sum + p.y, 0) / corners.length;
  const quadrants = corners.map((p): CornerName => `${p.y < cy ? 'top' : 'bottom'}-${p.x < cx ? 'left' : 'right'}`);
  const names =
    new Set(quadrants).size === corners.length
      ? quadrants
      : corners.map((p) => DIRECTIONS[(Math.round(Math.atan2(p.y - cy, p.x - cx) / (Math.PI / 4)) + 8) % 8]!);
  const shortSide = quadShortSide(corners);
  return corners.flatMap((p, i) => {
    const hidden = hiddenEdges[i] ?? 0;
    if (!(hidden > maxHidden)) return [];
    const reach = Math.max(0.1, hidden) * shortSide;
    const around = [
      { x: p.x - reach, y: p.y - reach },
      { x: p.x + reach, y: p.y + reach },
    ];
    return [{ name: names[i]!, hidden, around }];
  });
}
