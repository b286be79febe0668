import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { regressions, toBaseline, type Baseline } from '../../src/eval/baseline.js';
import type { EvalResult } from '../../src/eval/evaluate.js';
import { ROOT, runCli } from '../cli/run-cli.js';

const MANIFEST = '../shared/corpus/manifest.csv';

describe('accuracy on the evaluation corpus (../shared/corpus)', () => {
  let result: EvalResult;
  beforeAll(async () => {
    expect(existsSync(join(ROOT, MANIFEST)), `the corpus must be checked out beside the project at ${MANIFEST}`).toBe(
      true,
    );
    const { code, stdout, stderr } = await runCli(['eval', MANIFEST, '--json']);
    expect(code, stderr).toBe(0);
    result = JSON.parse(stdout) as EvalResult;
  }, 600_000);

  it('scores every image without an input error', () => {
    expect(result.images).toBeGreaterThan(300);
    expect(result.errors).toEqual([]);
  });

  it('does not fall below the recorded baseline', () => {
    const baseline = JSON.parse(readFileSync(join(ROOT, 'tests/baseline/corpus-eval.json'), 'utf8')) as Baseline;
    expect(regressions(baseline, toBaseline(result))).toEqual([]);
  });

  it('meets the targets of the landed checks', () => {
    expect(result.checks.grayscale!.detection.doc_gray!.rate).toBeGreaterThanOrEqual(0.95);
    expect(result.labels.doc_good!.rate).toBeGreaterThanOrEqual(0.98); // no fail issue on ≥ 98% of good documents
    for (const code of ['grayscale', 'too_dark', 'overexposed', 'low_resolution', 'edited']) {
      expect(result.checks[code]!.falseReject.doc_good!.rate, code).toBeLessThanOrEqual(0.02);
    }
    // Camera documents are not rejected as screenshots, screen photos or edited files.
    for (const code of ['screenshot', 'screen_recapture', 'edited']) {
      expect(result.checks[code]!.falseReject.doc_good!.rate, code).toBeLessThanOrEqual(0.03);
    }
  });

  it('meets the face targets with the default backend', () => {
    expect(result.faceCounts.face_one!.rate).toBeGreaterThanOrEqual(0.97);
    expect(result.faceCounts.face_many!.rate).toBeGreaterThanOrEqual(0.85);
    expect(result.checks.multiple_faces!.detection.face_many!.rate).toBeGreaterThanOrEqual(0.95);
    expect(result.checks.no_face!.detection.face_none!.rate).toBeGreaterThanOrEqual(0.95);
    const quality = {
      too_dark: 'selfie_dark',
      blurry: 'selfie_blur',
      face_too_small: 'face_small',
      face_cut_off: 'face_cut_off',
    };
    let faceOneRejects = 0;
    for (const [code, label] of Object.entries(quality)) {
      expect(result.checks[code]!.detection[label]!.rate, code).toBeGreaterThanOrEqual(0.85);
      faceOneRejects += result.checks[code]!.falseReject.face_one!.hits;
    }
    // An upper bound on the share of single-face selfies failed by any of the four codes.
    expect(faceOneRejects / result.labels.face_one!.n).toBeLessThanOrEqual(0.05);
  });

  it('finds the printed portrait on ≥ 95 % of the good ID documents that carry one', async () => {
    const { stdout } = await runCli(['score', '../shared/corpus/doc_good', '--format', 'jsonl']);
    const reports = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; issues: { code: string }[] });
    // MIDV-500 cards and the passport/ID data pages carry a portrait (see the corpus README); the
    // card backs (`peback_*`) and the phone photos of pages do not, so they are left out.
    const withPortrait = reports.filter((report) => /\/(midvd|pe)_[^/]*$/.test(report.file));
    expect(reports.filter((report) => /\/peback_/.test(report.file)).length).toBe(2);
    expect(withPortrait.some((report) => /\/peback_/.test(report.file))).toBe(false);
    expect(withPortrait.length).toBeGreaterThan(50);
    const missed = withPortrait.filter((report) => report.issues.some((issue) => issue.code === 'no_portrait'));
    expect(missed.length / withPortrait.length).toBeLessThanOrEqual(0.05);
  });

  it('finds the document outline on good phone photos and rejects few good documents for framing', () => {
    const corners = result.corners.byLabel?.doc_good;
    expect(corners?.evaluated).toBe(true);
    if (corners?.evaluated) {
      expect(corners.rate).toBeGreaterThanOrEqual(0.9);
      expect(corners.medianError).toBeLessThanOrEqual(0.01);
    }
    const rejects = ['cropped', 'document_not_found', 'too_far'].reduce(
      (sum, code) => sum + result.checks[code]!.falseReject.doc_good!.hits,
      0,
    );
    expect(rejects / result.labels.doc_good!.n).toBeLessThanOrEqual(0.03);
  });

  it('flags ≥ 90 % of doc_cropped (13/13)', () => {
    expect(result.labels.doc_cropped!.rate).toBeGreaterThanOrEqual(0.9);
  });

  it('finds ≥ 90 % of screen_capture as a screenshot or a photo of a screen', () => {
    expect(result.labels.screen_capture!.rate).toBeGreaterThanOrEqual(0.9);
  });

  it('does not reject black-and-white scans as screenshots or screen photos (≤ 3 %)', async () => {
    const { stdout } = await runCli(['score', '../shared/corpus/doc_gray', '--format', 'jsonl']);
    const reports = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { issues: { code: string; severity: string }[] });
    expect(reports.length).toBeGreaterThan(20);
    const screenCodes = ['screenshot', 'screen_recapture', 'edited'];
    const rejected = reports.filter((report) =>
      report.issues.some((issue) => screenCodes.includes(issue.code) && issue.severity === 'fail'),
    );
    expect(rejected.length / reports.length).toBeLessThanOrEqual(0.03);
  });

  it('meets the blur targets: ≥ 90 % of blurred photos, ≤ 3 % of sharp ones', () => {
    const blurry = result.checks.blurry!;
    const detected = ['blur_general', 'doc_blur'].flatMap((label) =>
      blurry.detection[label] ? [blurry.detection[label]] : [],
    );
    const hits = detected.reduce((sum, rate) => sum + rate.hits, 0);
    const n = detected.reduce((sum, rate) => sum + rate.n, 0);
    expect(n).toBeGreaterThanOrEqual(6);
    expect(hits / n).toBeGreaterThanOrEqual(0.9);
    expect(blurry.falseReject.doc_good!.rate).toBeLessThanOrEqual(0.03);
    expect(blurry.falseReject.sharp_general!.rate).toBeLessThanOrEqual(0.03);
  });

  it('meets the glare targets: ≥ 90 % of doc_glare, ≤ 3 % of good documents rejected', () => {
    const glare = result.checks.glare!;
    expect(glare.detection.doc_glare!.n).toBeGreaterThanOrEqual(8);
    expect(glare.detection.doc_glare!.rate).toBeGreaterThanOrEqual(0.9);
    expect(glare.falseReject.doc_good!.rate).toBeLessThanOrEqual(0.03);
  });

  it('evaluates doc_shadow now that shadow is checked, and fails no good document for a shadow', () => {
    expect(result.labels.doc_shadow).toMatchObject({ evaluated: true });
    expect(result.checks.shadow!.falseReject.doc_good).toMatchObject({ hits: 0 });
  });
});
