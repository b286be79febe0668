import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IssueFacts } from '../../src/core/types.js';
import { analyzeFile } from '../../src/node/analyze-file.js';
import { ROOT } from '../cli/run-cli.js';

/** Generated photos whose notes in test-images/labels.json say where the fault is. */
const CASES: [file: string, kind: 'document' | 'selfie', code: string, facts: IssueFacts][] = [
  ['doc_frame_cut_03.jpg', 'document', 'cropped', { cutSides: ['right'] }], // right third outside the frame
  ['doc_frame_cut_04.jpg', 'document', 'cropped', { cutSides: ['top'] }], // top quarter outside the frame
  ['doc_frame_thumb_05.jpg', 'document', 'cropped', { coveredCorners: ['bottom-left'] }], // a thumb over it
  ['doc_frame_covered_09.jpg', 'document', 'cropped', { coveredCorners: ['top-left'] }], // a phone over it
  ['doc_frame_thumb_08.jpg', 'document', 'cropped', { coveredEdges: ['bottom'] }], // a thumb over its middle
  ['doc_hand_middle_12.jpg', 'document', 'cropped', { coveredEdges: ['left'] }], // a thumb over its middle
  ['doc_glare_small_01.jpg', 'document', 'glare', { glare: 'spot' }],
  ['doc_glare_veil_04.jpg', 'document', 'glare', { glare: 'veil' }],
  ['selfie_two_01.jpg', 'selfie', 'multiple_faces', { faceCount: 2 }],
  ['selfie_cut_off_01.jpg', 'selfie', 'face_cut_off', { cutSides: ['top'] }], // the forehead is outside
  ['selfie_cut_off_02.jpg', 'selfie', 'face_cut_off', { cutSides: ['left'] }], // the left ear is outside
];

describe('issue facts: where and what, as data for messages in any language', () => {
  it.each(CASES)('%s: %s %s says %j', async (file, kind, code, facts) => {
    const report = await analyzeFile(join(ROOT, 'test-images', file), { kind });
    expect(report.issues.find((issue) => issue.code === code)?.facts).toEqual(facts);
  });
});
