import { ISSUE_CODES } from '../codes.js';
import type { Check } from './check.js';

/**
 * `low_resolution`: too few pixels for the text (document) or the face (selfie) to be read,
 * measured on the original image's shorter side, before any downscaling.
 */
export const resolutionCheck: Check = {
  name: 'resolution',
  kinds: ['document', 'selfie'],
  codes: [ISSUE_CODES.low_resolution],
  measure: (context) => ({ scores: { shortSide: Math.min(context.meta.width, context.meta.height) } }),
  judge({ scores }, { kind, options }) {
    const shortSide = scores.shortSide!;
    const { documentMinSide, documentWarnSide, selfieMinSide, selfieWarnSide } = options.resolution;
    const [failBelow, warnBelow] =
      kind === 'document' ? [documentMinSide, documentWarnSide] : [selfieMinSide, selfieWarnSide];
    if (shortSide < failBelow) {
      return {
        issues: [{ code: ISSUE_CODES.low_resolution, severity: 'fail', score: shortSide, threshold: failBelow }],
      };
    }
    if (shortSide < warnBelow) {
      return {
        issues: [{ code: ISSUE_CODES.low_resolution, severity: 'warn', score: shortSide, threshold: warnBelow }],
      };
    }
    return { issues: [] };
  },
};
