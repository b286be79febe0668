import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/core/judge.js';
import {
  changedOptions,
  DEFAULT_OPTIONS,
  MEASURED_OPTIONS,
  OPTION_PATHS,
  OPTION_RANGES,
  optionValue,
  resolveOptions,
  type ResolvedOptions,
} from '../../src/core/options.js';
import type { Report } from '../../src/core/types.js';
import { prepareRequest } from '../../src/host/request.js';
import { measureFile } from '../../src/node/analyze-file.js';
import { ROOT } from '../cli/run-cli.js';
import { seededRandom } from '../helpers.js';

/** Generated photos with something for every check to find, documents and selfies. */
const FILES: [string, 'document' | 'selfie'][] = [
  ['doc_good_wood_card_01.jpg', 'document'],
  ['doc_blur_partial_05.jpg', 'document'],
  ['doc_glare_medium_02.jpg', 'document'],
  ['doc_glare_veil_04.jpg', 'document'],
  ['doc_frame_cut_03.jpg', 'document'],
  ['doc_frame_thumb_05.jpg', 'document'],
  ['doc_frame_far_06.jpg', 'document'],
  ['doc_gray_sepia_scan_04.jpg', 'document'],
  ['doc_lowres_table_card_01.jpg', 'document'],
  ['doc_overexposed_wood_card_01.jpg', 'document'],
  ['doc_edited_photoshop_01.jpg', 'document'],
  ['screen_ui_light_png_01.png', 'document'],
  ['screen_moire_wood_card_04.jpg', 'document'],
  ['selfie_like_01.jpg', 'selfie'],
  ['selfie_two_01.jpg', 'selfie'],
  ['selfie_dark_01.jpg', 'selfie'],
  ['selfie_blur_01.jpg', 'selfie'],
  ['selfie_cut_off_01.jpg', 'selfie'],
];

const JUDGED = OPTION_PATHS.filter((path) => !MEASURED_OPTIONS.includes(path));

/**
 * Options whose judged values are each the default times a random factor in [0.5, 1.5] (within
 * range), measured ones left at their defaults: thresholds a QA page could move to. Each option
 * draws from its own stream (seeded by the draw and its name), so adding an option does not move
 * the others.
 */
function randomJudgedOptions(draw: number): ResolvedOptions {
  for (let attempt = 0; ; attempt++) {
    const input: Record<string, Record<string, number> | number> = {};
    for (const path of JUDGED) {
      const random = seededRandom(hashOf(`${draw}:${attempt}:${path}`));
      const [min, max, integer] = OPTION_RANGES[path]!;
      let value = Math.min(max, Math.max(min, optionValue(DEFAULT_OPTIONS, path) * (0.5 + random())));
      if (integer) value = Math.round(value);
      const [group, name] = path.split('.');
      if (name === undefined) input[group!] = value;
      else ((input[group!] ??= {}) as Record<string, number>)[name] = value;
    }
    try {
      return resolveOptions(input);
    } catch {
      // An ordered pair came out of order: draw again.
    }
  }
}

/** A 32-bit FNV-1a hash of a string. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

const issuesOf = (report: Report): string => report.issues.map((issue) => `${issue.code}:${issue.severity}`).join(' ');

const withoutTimings = ({ timings: _timings, ...report }: Report): Omit<Report, 'timings'> => report;

describe('judge: verdicts from kept measurements', () => {
  it('gives the report of checking the photo again, for thresholds anywhere around the defaults', async () => {
    const moves = [1, 2, 3].map(randomJudgedOptions);
    for (const moved of moves) {
      expect(changedOptions(moved, resolveOptions({}), MEASURED_OPTIONS)).toEqual([]);
      expect(changedOptions(moved, resolveOptions({})).length).toBeGreaterThan(JUDGED.length / 2);
    }
    let flipped = 0;
    for (const [file, kind] of FILES) {
      const path = join(ROOT, 'test-images', file);
      const kept = await measureFile(path, prepareRequest({ kind }));
      if (!kept.ok) throw new Error(`${file}: ${kept.report.issues[0]?.code}`);
      const before = judge(kept.measurements, resolveOptions({}));
      for (const moved of moves) {
        const again = await measureFile(path, prepareRequest({ kind, options: moved as never }));
        if (!again.ok) throw new Error(`${file} did not decode`);
        // Measuring used none of the moved options...
        expect(again.measurements.checks, file).toEqual(kept.measurements.checks);
        // ...so judging what was kept gives the report a new check gives.
        const judged = judge(kept.measurements, moved);
        expect(withoutTimings(judged), file).toEqual(withoutTimings(judge(again.measurements, moved)));
        if (issuesOf(judged) !== issuesOf(before)) flipped++;
      }
    }
    // Not vacuous: the moved thresholds do change what is found.
    expect(flipped).toBeGreaterThan(3);
  });

  it('lists only real option paths as measured', () => {
    for (const path of MEASURED_OPTIONS) expect(OPTION_PATHS).toContain(path);
  });
});
