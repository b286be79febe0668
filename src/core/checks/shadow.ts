import { ISSUE_CODES } from '../codes.js';
import { scaleBox } from '../geometry.js';
import { workingBox } from '../imageops/region.js';
import { largestShadow, paperShift, type ShadowCell } from '../imageops/shadow.js';
import type { Box } from '../types.js';
import type { Check } from './check.js';
import { documentRegion } from './outline.js';
import { portraitPaperCells } from './shadow-portrait.js';

/** Longest side of the document when shadows are looked for (as for glare). */
const WORKING_SIDE = 256;
/** Share of the way to the document's centre left out: its edge and what lies just beyond it (as for `scan_or_copy`, which reads the same region). */
const INSET = 0.03;

/**
 * `shadow`: a cast shadow across the document (a hand, a phone, the photographer): a large part of
 * it whose paper is darker than the document's lit paper (see {@link largestShadow}), keeping the
 * paper's colour, with an edge where the light comes back within a short distance.
 * Not a shadow: an evenly dim photo (the paper is compared with the document's own lit paper;
 * that is `too_dark`), vignetting or light falling off across a page (no edge), a dark band of
 * the design (not the paper's colour). Fails from `shadow.failShare` of the document, warns below.
 * A shadow over the portrait is told as such, and its paper's colour judged off the photo (see
 * {@link portraitPaperCells}): the photo's colours are not the paper's.
 */
export const shadowCheck: Check<ShadowEvidence> = {
  name: 'shadow',
  kinds: ['document'],
  codes: [ISSUE_CODES.shadow],
  measure(context) {
    // As for the glare veil: only on a document that was found (or fills the frame); a photo
    // without one (a screen, a scene) has no paper to compare.
    const region = context.document?.corners == null ? undefined : documentRegion(context, INSET, WORKING_SIDE);
    const shadow = region && largestShadow(region);
    const scores = {
      shadowShare: shadow?.share ?? 0,
      shadowDarkening: shadow?.darkening ?? 0,
      shadowEdgeStep: shadow?.edgeStep ?? 0,
      shadowPaperShift: shadow?.paperShift ?? 0,
    };
    if (region === undefined || shadow === undefined) return { scores };
    const grid = { ...shadow.grid, x: region.x, y: region.y, side: shadow.grid.side * region.factor };
    return { scores, evidence: { box: workingBox(region, shadow.box), grid, cells: shadow.cells } };
  },
  judge({ scores, evidence }, { options: { shadow: options, portrait: portraitOptions }, frame, faces }) {
    const share = scores.shadowShare!;
    const portrait = evidence && portraitPaperCells(evidence, faces ?? [], portraitOptions.minScore);
    const keepsColour = scores.shadowPaperShift! <= options.maxPaperShift;
    if (
      evidence === undefined ||
      share < options.minShare ||
      scores.shadowDarkening! < options.minDarkening ||
      scores.shadowDarkening! > options.maxDarkening ||
      scores.shadowEdgeStep! < options.minEdgeStep ||
      !(keepsColour || (portrait !== undefined && paperShift(portrait) <= options.maxPaperShift))
    ) {
      return { issues: [] };
    }
    // The faces can only add a warning: a document's early report, judged before them, stands.
    const fails = share >= options.failShare && keepsColour;
    return {
      issues: [
        {
          code: ISSUE_CODES.shadow,
          severity: fails ? 'fail' : 'warn',
          score: share,
          threshold: fails ? options.failShare : options.minShare,
          region: scaleBox(evidence.box, frame.scale),
          detail: portrait ? 'a shadow over the portrait' : 'a shadow across the document',
          facts: {
            darkening: Math.round(scores.shadowDarkening! * 100) / 100,
            ...(portrait && { overPortrait: true as const }),
          },
        },
      ],
    };
  },
};

/**
 * Where the shadow is, in analysis pixels: its bounding box, and its cells on the grid whose cell
 * (0, 0) has its top-left corner at (`grid.x`, `grid.y`).
 */
export interface ShadowEvidence {
  box: Box;
  grid: { x: number; y: number; side: number; cols: number; rows: number };
  cells: ShadowCell[];
}
