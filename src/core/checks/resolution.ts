import { ISSUE_CODES } from '../codes.js';
import type { AnalysisContext, Check, CheckResult } from './check.js';

/**
 * `low_resolution`: too few pixels for the text (document) or the face (selfie) to be read,
 * measured on the original image's shorter side, before any downscaling.
 */
export const resolutionCheck: Check = {
  name: 'resolution',
  kinds: ['document', 'selfie'],
  codes: [ISSUE_CODES.low_resolution],
  run(context: AnalysisContext): CheckResult {
    const shortSide = Math.min(context.meta.width, context.meta.height);
    const scores = { shortSide };
    const { documentMinSide, documentWarnSide, selfieMinSide, selfieWarnSide } = context.options.resolution;
    const [failBelow, warnBelow] =
      context.kind === 'document' ? [documentMinSide, documentWarnSide] : [selfieMinSide, selfieWarnSide];
    if (shortSide < failBelow) {
      return {
        scores,
        issues: [{ code: ISSUE_CODES.low_resolution, severity: 'fail', score: shortSide, threshold: failBelow }],
      };
    }
    if (shortSide < warnBelow) {
      return {
        scores,
        issues: [{ code: ISSUE_CODES.low_resolution, severity: 'warn', score: shortSide, threshold: warnBelow }],
      };
    }
    return { scores, issues: [] };
  },
};
