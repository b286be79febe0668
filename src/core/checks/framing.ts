import { ISSUE_CODES } from '../codes.js';
import { clippedBounds, scaleBox } from '../geometry.js';
import type { Issue } from '../types.js';
import type { AnalysisContext, Check, CheckResult } from './check.js';

/**
 * `document_not_found` / `cropped` / `too_far`, from where the document was found
 * (`context.document`). A document that fills the frame (no outline inside it, frame shaped like
 * a document) is taken as a scan or a tight crop and passes: pixels cannot tell a tight crop from
 * a document cut exactly at its edges.
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
    if (finding.cutSides.length > 0) {
      issues.push({
        code: ISSUE_CODES.cropped,
        severity: 'fail',
        score: finding.cutSides.length,
        threshold: 0,
        region,
        detail: `runs past the ${finding.cutSides.join(', ')} edge of the frame`,
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
