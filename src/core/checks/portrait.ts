import { ISSUE_CODES } from '../codes.js';
import type { Check } from './check.js';

/**
 * `no_portrait`: no face on the document (a warning, not a failure). The back of an ID card or a
 * proof of address carries no photo, and the page cannot know which side it asked for: the user
 * is told to show the side with their photo. Runs only when the caller gave a face detector.
 */
export const portraitCheck: Check = {
  name: 'portrait',
  kinds: ['document'],
  codes: [ISSUE_CODES.no_portrait],
  needsFaces: true,
  measure: (context) => ({
    scores: { portraitScore: Math.max(0, ...(context.faces ?? []).map((face) => face.score)) },
  }),
  judge({ scores }, { options }) {
    const { minScore } = options.portrait;
    const best = scores.portraitScore!;
    if (best >= minScore) return { issues: [] };
    return { issues: [{ code: ISSUE_CODES.no_portrait, severity: 'warn', score: best, threshold: minScore }] };
  },
};
