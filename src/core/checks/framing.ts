import { ISSUE_CODES } from '../codes.js';
import { clippedBounds, quadShortSide, scaleBox } from '../geometry.js';
import type { CornerName, FrameSide, Issue, Point } from '../types.js';
import { sidesOverrun } from '../document/corners.js';
import type { DocumentFinding } from '../document/locate.js';
import type { FramingOptions } from '../options.js';
import type { Check } from './check.js';

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

/**
 * A covered corner or edge: which (a corner, or an edge whose middle fingers cover), how far it is
 * covered (the hidden edges' or the fingers' reach, whichever is further past its threshold) and
 * that threshold, and the box around it.
 */
interface CoveredPart {
  corner?: CornerName;
  edge?: FrameSide;
  score: number;
  threshold: number;
  around: Point[];
}

/** The covered part furthest past its threshold: its score and threshold. */
function mostCovered(covered: readonly CoveredPart[]): { score: number; threshold: number } {
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
): CoveredPart[] {
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
    return [{ corner: names[i]!, score, threshold, around }];
  });
}

/**
 * The edges whose middle, away from the corners, fingers cover for more than `maxFingers` of the
 * document's shorter side: a thumb holding the card that reaches onto it past its rim. Each is
 * named by where the edge's middle lies from the document's centre, with a box around the covered
 * stretch (at least a tenth of the shorter side each way).
 */
function coveredEdges(
  corners: readonly Point[],
  { fingersOnSides }: Pick<FramingEvidence, 'fingersOnSides'>,
  { maxFingers }: Pick<FramingOptions, 'maxFingers'>,
): CoveredPart[] {
  const cx = corners.reduce((sum, p) => sum + p.x, 0) / corners.length;
  const cy = corners.reduce((sum, p) => sum + p.y, 0) / corners.length;
  const margin = 0.1 * quadShortSide(corners);
  return fingersOnSides.flatMap(({ reach, start, end }, i) => {
    if (!(reach > maxFingers)) return [];
    const [from, to] = [corners[i]!, corners[(i + 1) % corners.length]!];
    const at = (share: number): Point => ({ x: from.x + share * (to.x - from.x), y: from.y + share * (to.y - from.y) });
    const middle = at(0.5);
    const angle = Math.atan2(middle.y - cy, middle.x - cx) / (Math.PI / 2);
    const edge = EDGE_DIRECTIONS[(Math.round(angle) + 4) % 4]!;
    const around = [at(start), at(end)].flatMap((p) => [
      { x: p.x - margin, y: p.y - margin },
      { x: p.x + margin, y: p.y + margin },
    ]);
    return [{ edge, score: reach, threshold: maxFingers, around }];
  });
}

/** Edge names by where an edge's middle lies from the document's centre, in quarter turns from "right". */
const EDGE_DIRECTIONS: readonly FrameSide[] = ['right', 'bottom', 'left', 'top'];
