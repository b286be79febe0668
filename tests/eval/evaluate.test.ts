import { describe, expect, it } from 'vitest';
import type { Issue, Report } from '../../src/core/types.js';
import { cornerError, toPoints } from '../../src/eval/corners.js';
import { evaluate } from '../../src/eval/evaluate.js';
import type { ManifestRow } from '../../src/eval/manifest.js';

function report(kind: Report['kind'], issues: Partial<Issue>[] = []): Report {
  const full = issues.map((issue) => ({ severity: 'fail', score: 0, threshold: 0, ...issue }) as Issue);
  return {
    kind,
    verdict: full.some((issue) => issue.severity === 'fail') ? 'fail' : full.length ? 'warn' : 'pass',
    issues: full,
    scores: {},
    image: { width: 100, height: 100, format: 'jpeg' },
    timings: {},
  };
}
const row = (label: string, extra: Partial<ManifestRow> = {}): ManifestRow => ({
  path: `/x/${label}`,
  file: label,
  label,
  ...extra,
});

describe('cornerError', () => {
  const square = toPoints([0, 0, 100, 0, 100, 100, 0, 100]);
  it('is zero for the same quad in any order or direction', () => {
    expect(cornerError(square, square)).toBe(0);
    expect(cornerError([square[2]!, square[3]!, square[0]!, square[1]!], square)).toBe(0);
    expect(cornerError([...square].reverse(), square)).toBe(0);
  });
  it('is the mean corner distance over the mean diagonal', () => {
    const shifted = square.map((p) => ({ x: p.x + 3, y: p.y + 4 }));
    expect(cornerError(shifted, square)).toBeCloseTo(5 / Math.hypot(100, 100));
  });
});

describe('evaluate', () => {
  it('judges labels by their rules and counts detections and false rejects per check', () => {
    const rows = [
      row('doc_good'),
      row('doc_good'),
      row('doc_gray'),
      row('doc_gray'),
      row('doc_copy'),
      row('id_in_hand'),
    ];
    const reports = [
      report('document'),
      report('document', [{ code: 'grayscale', severity: 'fail' }]),
      report('document', [{ code: 'grayscale', severity: 'warn' }]),
      report('document', [{ code: 'too_dark' }]),
      report('document', [{ code: 'scan_or_copy', severity: 'warn' }]),
      null,
    ];
    const result = evaluate(rows, reports);
    expect(result.labels.doc_good).toMatchObject({ n: 2, evaluated: true, correct: 1, rate: 0.5 });
    expect(result.labels.doc_gray).toMatchObject({ n: 2, evaluated: true, correct: 1, rate: 0.5 });
    // A warning counts: the label asks for the code, not a failure.
    expect(result.labels.doc_copy).toMatchObject({ n: 1, evaluated: true, correct: 1 });
    expect(result.labels.id_in_hand).toMatchObject({ evaluated: false, reason: 'capture kind planned' });
    expect(result.checks.grayscale!.detection.doc_gray).toEqual({ n: 2, hits: 1, rate: 0.5 });
    expect(result.checks.grayscale!.falseReject.doc_good).toEqual({ n: 2, hits: 1, rate: 0.5 });
    expect(result.checks.too_dark!.falseReject.doc_gray).toEqual({ n: 2, hits: 1, rate: 0.5 });
    expect(result.misses.map((miss) => miss.file)).toEqual(['doc_good', 'doc_gray']);
    expect(result.corners.evaluated).toBe(false);
  });

  it('counts an input error as wrong and lists it', () => {
    const result = evaluate([row('doc_gray')], [report('document', [{ code: 'unreadable', detail: 'truncated' }])]);
    expect(result.labels.doc_gray).toMatchObject({ correct: 0, rate: 0 });
    expect(result.errors).toEqual([{ file: 'doc_gray', code: 'unreadable', detail: 'truncated' }]);
  });

  it('measures corner accuracy on rows whose true corners are all inside the frame', () => {
    const truth = [10, 10, 90, 10, 90, 60, 10, 60];
    const found = report('document');
    found.document = {
      corners: [
        { x: 11, y: 10 },
        { x: 90, y: 11 },
        { x: 89, y: 60 },
        { x: 10, y: 59 },
      ],
    };
    const missed = report('document');
    missed.document = { corners: null };
    const outside = report('document');
    outside.document = { corners: null };
    const rows = [
      row('doc_good', { corners: truth }),
      row('doc_good', { corners: truth }),
      row('doc_good', { corners: [-5, 0, 90, 0, 90, 60, 0, 60] }),
    ];
    const result = evaluate(rows, [found, missed, outside]);
    expect(result.corners).toMatchObject({ evaluated: true, n: 2, within3pct: 1, rate: 0.5 });
  });
});

describe('evaluate with rows scored as auto', () => {
  it('counts which kind each row was taken for against what its label says it shows', () => {
    const rows: ManifestRow[] = [
      { file: 'a.jpg', path: '/a.jpg', label: 'doc_good' },
      { file: 'b.jpg', path: '/b.jpg', label: 'screen_capture' },
      { file: 'c.jpg', path: '/c.jpg', label: 'face_one' },
      { file: 'd.jpg', path: '/d.jpg', label: 'face_many' },
      { file: 'e.jpg', path: '/e.jpg', label: 'face_none' },
      { file: 'f.jpg', path: '/f.jpg', label: 'doc_glare' },
    ];
    const reports = [
      report('document'),
      report('selfie'),
      report('selfie'),
      report('document'),
      report('document'),
      report('auto', [{ code: 'unreadable' }]),
    ];
    const { kinds } = evaluate(rows, reports, { kindAuto: true });
    expect(kinds!.confusion).toEqual({ document: { document: 1, selfie: 1 }, selfie: { document: 1, selfie: 1 } });
    expect(kinds!.right).toEqual({ n: 4, hits: 2, rate: 0.5 });
    expect(kinds!.uncounted).toEqual({ face_none: { document: 1 } });
    expect(kinds!.wrong.map((row) => row.file)).toEqual(['b.jpg', 'd.jpg']);
    expect(evaluate(rows, reports).kinds).toBeUndefined();
  });
});
