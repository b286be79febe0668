import { ISSUE_CODES } from '../codes.js';
import { scaleBox } from '../geometry.js';
import { workingBox } from '../imageops/region.js';
import { largestShadow } from '../imageops/shadow.js';
import type { Box } from '../types.js';
import type { Check } from './check.js';
import { documentRegion } from './outline.js';

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
 * Whether it covers the portrait is not judged: a printed portrait is itself darker than the
 * paper, so it reads as shaded whether or not a shadow falls on it.
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
    return { scores, evidence: { box: workingBox(region, shadow.box) } };
  },
  judge({ scores, evidence }, { options: { shadow: options }, frame }) {
    const share = scores.shadowShare!;
    if (
      evidence === undefined ||
      share < options.minShare ||
      scores.shadowDarkening! < options.minDarkening ||
      scores.shadowDarkening! > options.maxDarkening ||
      scores.shadowEdgeStep! < options.minEdgeStep ||
      scores.shadowPaperShift! > options.maxPaperShift
    ) {
      return { issues: [] };
    }
    const fails = share >= options.failShare;
    return {
      issues: [
        {
          code: ISSUE_CODES.shadow,
          severity: fails ? 'fail' : 'warn',
          score: share,
          threshold: fails ? options.failShare : options.minShare,
          region: scaleBox(evidence.box, frame.scale),
          detail: 'a shadow across the document',
          facts: { darkening: Math.round(scores.shadowDarkening! * 100) / 100 },
        },
      ],
    };
  },
};

/** Where the shadow is, in analysis pixels: its bounding box. */
interface ShadowEvidence {
  box: Box;
}
