import { ISSUE_CODES } from '../codes.js';
import { editingToolOf } from '../data/editing-tools.js';
import type { Check } from './check.js';

/**
 * `edited`: the file's metadata names an image editor (EXIF Software or XMP CreatorTool), so the
 * document photo may have been altered. The tool's name goes into the issue's `detail`. Camera
 * apps and OS re-encoders are not editors (see data/editing-tools.ts).
 *
 * A warning, not a failure: scanning and cropping in an editor is an ordinary, honest workflow
 * (6 of the 72 good documents in the corpus are specimen scans saved by Photoshop), and metadata
 * is easy to strip, so it proves little either way. The reviewer sees the tool's name.
 */
export const editedCheck: Check<{ tool: string; source: string }> = {
  name: 'edited',
  kinds: ['document'],
  codes: [ISSUE_CODES.edited],
  measure(context) {
    const exif = context.meta.exif;
    for (const source of [exif?.software, exif?.creatorTool]) {
      if (source === undefined) continue;
      const tool = editingToolOf(source);
      if (tool !== null) return { scores: { editedByTool: 1 }, evidence: { tool, source } };
    }
    return { scores: { editedByTool: 0 } };
  },
  judge({ evidence }) {
    if (evidence === undefined) return { issues: [] };
    const detail = `${evidence.tool} (${evidence.source})`;
    return { issues: [{ code: ISSUE_CODES.edited, severity: 'warn', score: 1, threshold: 1, detail }] };
  },
};
