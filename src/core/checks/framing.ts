import { ISSUE_CODES } from '../codes.js';
import { clippedBounds, scaleBox } from '../geometry.js';
import type { Issue, Point } from '../types.js';
import type { AnalysisContext, Check, CheckResult } from './check.js';

/**
 * `document_not_found` / `cropped` / `too_far`, from where the document was found
 * (`context.document`). A document that fills the frame (no outline inside it, frame shaped like
 * a document) is taken as a scan or a tight crop and passes: pixels cannot tell a tight crop from
 * a document cut exactly at its edges. A corner inside the frame whose two edges are both missing
 * next to it is covered (a thumb, an object) and is `cropped` too.
 */
export const framingCheck: Check = {
  name: 'framing',
  kinds: ['document'],
  codes: [ISSUE_CODES.document_not_found, ISSUE_CODES.cropped, ISSUE_CODES.too_far],
  run(context: AnalysisContext): CheckResult {
    const finding = context.document;
    if (finding === undefined) return { scores: {}, issues: [] };
    const options = context.options.framing;
    const scores = {
      documentScore: finding.score,
      documentShare: finding.areaShare,
      documentFillsFrame: finding.fillsFrame ? 1 : 0,
      documentCutSides: finding.cutSides.length,
      documentHiddenEdge: Math.max(0, ...finding.hiddenEdges),
    };
    if (finding.corners === null) {
      return {
        scores,
        issues: [
          {
            code: ISSUE_CODES.document_not_found,
            severity: finding.score < options.notFoundFailScore ? 'fail' : 'warn',
            score: finding.score,
            threshold: options.minScore,
          },
        ],
      };
    }
    const { width, height } = context.raster;
    const region = scaleBox(clippedBounds(finding.corners, width, height), context.scale);
    const issues: Issue[] = [];
    const covered = coveredCorners(finding.corners, finding.hiddenEdges, options.maxHiddenEdge);
    if (finding.cutSides.length > 0 || covered.length > 0) {
      const reasons = [
        ...(finding.cutSides.length > 0 ? [`runs past the ${finding.cutSides.join(', ')} edge of the frame`] : []),
        ...covered.map((corner) => `its ${corner.name} corner is covered`),
      ];
      issues.push({
        code: ISSUE_CODES.cropped,
        severity: 'fail',
        ...(finding.cutSides.length > 0
          ? { score: finding.cutSides.length, threshold: 0, region }
          : {
              score: Math.max(...covered.map((corner) => corner.hidden)),
              threshold: options.maxHiddenEdge,
              region: scaleBox(
                clippedBounds(
                  covered.flatMap((corner) => corner.around),
                  width,
                  height,
                ),
                context.scale,
              ),
            }),
        detail: reasons.join('; '),
      });
    }
    if (!finding.fillsFrame && finding.areaShare < options.minShare) {
      issues.push({
        code: ISSUE_CODES.too_far,
        severity: 'fail',
        score: finding.areaShare,
        threshold: options.minShare,
        region,
      });
    }
    return { scores, issues };
  },
};

/** A covered corner: where it is in the image, how much of its edges is hidden, and the box around it. */
interface CoveredCorner {
  name: string;
  hidden: number;
  around: Point[];
}

/**
 * The corners whose edges are hidden for more than `maxHidden` of the document's shorter side,
 * named by where they lie in the image, each with a square around it as wide as its hidden edge
 * (at least a tenth of the shorter side) to point at.
 */
function coveredCorners(corners: readonly Point[], hiddenEdges: readonly number[], maxHidden: number): CoveredCorner[] {
  const cx = corners.reduce((sum, p) => sum + p.x, 0) / corners.length;
  const cy = corners.reduce((sum, p) => sum + p.y, 0) / corners.length;
  const side = (i: number): number =>
    Math.hypot(corners[(i + 1) % 4]!.x - corners[i]!.x, corners[(i + 1) % 4]!.y - corners[i]!.y);
  const shortSide = Math.min(side(0) + side(2), side(1) + side(3)) / 2;
  return corners.flatMap((p, i) => {
    const hidden = hiddenEdges[i] ?? 0;
    if (hidden <= maxHidden) return [];
    const reach = Math.max(0.1, hidden) * shortSide;
    return [
      {
        name: `${p.y < cy ? 'top' : 'bottom'}-${p.x < cx ? 'left' : 'right'}`,
        hidden,
        around: [
          { x: p.x - reach, y: p.y - reach },
          { x: p.x + reach, y: p.y + reach },
        ],
      },
    ];
  });
}
