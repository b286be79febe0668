import { ISSUE_CODES } from '../codes.js';
import type { AnalysisContext, Check, CheckResult } from './check.js';

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
  run(context: AnalysisContext): CheckResult {
    const { minScore } = context.options.portrait;
    const portrait = (context.faces ?? [])
      .filter((face) => face.score >= minScore)
      .sort((a, b) => b.score - a.score)[0];
    if (portrait === undefined) {
      const best = Math.max(0, ...(context.faces ?? []).map((face) => face.score));
      return {
        scores: { portraitScore: best },
        issues: [{ code: ISSUE_CODES.no_portrait, severity: 'warn', score: best, threshold: minScore }],
      };
    }
    return { scores: { portraitScore: portrait.score }, issues: [] };
  },
};
