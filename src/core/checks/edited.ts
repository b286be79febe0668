import { ISSUE_CODES } from '../codes.js';
import { editingToolOf } from '../data/editing-tools.js';
import type { AnalysisContext, Check, CheckResult } from './check.js';

/**
 * `edited`: the file's metadata names an image editor (EXIF Software or XMP CreatorTool), so the
 * document photo may have been altered. The tool's name goes into the issue's `detail`. Camera
 * apps and OS re-encoders are not editors (see data/editing-tools.ts).
 *
 * A warning, not a failure: scanning and cropping in an editor is an ordinary, honest workflow
 * (6 of the 72 good documents in the corpus are specimen scans saved by Photoshop), and metadata
 * is easy to strip, so it proves little either way. The reviewer sees the tool's name.
 */
export const editedCheck: Check = {
  name: 'edited',
  kinds: ['document'],
  codes: [ISSUE_CODES.edited],
  run(context: AnalysisContext): CheckResult {
    const exif = context.meta.exif;
    const found = [exif?.software, exif?.creatorTool]
      .map((source) => ({ source, tool: source === undefined ? null : editingToolOf(source) }))
      .find((match) => match.tool !== null);
    const scores = { editedByTool: found ? 1 : 0 };
    if (!found) return { scores, issues: [] };
    const { tool, source } = found;
    return {
      scores,
      issues: [{ code: ISSUE_CODES.edited, severity: 'warn', score: 1, threshold: 1, detail: `${tool} (${source})` }],
    };
  },
};
