import { ISSUE_CODES } from '../codes.js';
import { clippedBounds, scaleBox } from '../geometry.js';
import type { Issue } from '../types.js';
import { sidesOverrun } from '../document/corners.js';
import type { DocumentFinding } from '../document/locate.js';
import type { Check } from './check.js';
import { coveredCorners, coveredEdges, mostCovered } from './covered-parts.js';

/**
 * `document_not_found` / `cropped` / `too_far`, from where the document was found
 * (`context.document`). A document that fills the frame (no outline inside it, frame shaped like
 * a document) is taken as a scan or a tight crop and passes: pixels cannot tell a tight crop from
 * a document cut exactly at its edges. A corner inside the frame whose two edges are both missing
 * next to it is covered (a thumb, an object): `cropped` as a warning; so are fingers over an edge
 * (near a corner, or over its middle and onto the card), and a corner whose rounded tip reaches
 * just past the frame, by more than the localisation errs but less than a cut.
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
      documentFingers: Math.max(0, ...finding.fingers, ...finding.fingersOnSides.map((side) => side.reach)),
      documentOverrun: Math.max(...Object.values(finding.overrun)),
    };
    const { corners, cutSides, hiddenEdges, fingers, fingersOnSides, overrun } = finding;
    return {
      scores,
      evidence: {
        corners,
        cutSides: [...cutSides],
        hiddenEdges: [...hiddenEdges],
        fingers: [...fingers],
        fingersOnSides: fingersOnSides.map((side) => ({ ...side })),
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
    const covered = [...coveredCorners(corners, evidence, options), ...coveredEdges(corners, evidence, options)];
    const tipsPast = cutSides.length > 0 ? [] : sidesOverrun(overrun, options.maxOverrun);
    if (cutSides.length > 0 || tipsPast.length > 0 || covered.length > 0) {
      const reasons = [
        ...(cutSides.length > 0 ? [`runs past the ${cutSides.join(', ')} edge of the frame`] : []),
        ...(tipsPast.length > 0 ? [`a corner reaches just past the ${tipsPast.join(', ')} edge of the frame`] : []),
        ...covered.map((part) =>
          part.corner !== undefined ? `its ${part.corner} corner is covered` : `fingers cover its ${part.edge} edge`,
        ),
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
                    covered.flatMap((part) => part.around),
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
        ...listed(
          'coveredCorners',
          covered.flatMap((part) => (part.corner !== undefined ? [part.corner] : [])),
        ),
        ...listed(
          'coveredEdges',
          covered.flatMap((part) => (part.edge !== undefined ? [part.edge] : [])),
        ),
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
type FramingEvidence = Pick<
  DocumentFinding,
  'corners' | 'cutSides' | 'hiddenEdges' | 'fingers' | 'fingersOnSides' | 'overrun'
>;

/** `{ [key]: values }` when there are any values, else nothing (a fact is left out rather than empty). */
function listed<K extends string, T>(key: K, values: T[]): Partial<Record<K, T[]>> {
  return values.length > 0 ? ({ [key]: values } as Record<K, T[]>) : {};
}
