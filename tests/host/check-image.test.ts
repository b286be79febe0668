import { describe, expect, it } from 'vitest';
import type { FaceDetector } from '../../src/core/face/types.js';
import type { Raster, Report } from '../../src/core/types.js';
import { checkImage } from '../../src/host/check-image.js';
import type { DecodeResult } from '../../src/host/decode.js';
import { prepareRequest } from '../../src/host/request.js';
import { makeRaster, seededRandom, stubFaceDetector } from '../helpers.js';

/** A colourful, crisp picture: a document whose only possible issue is the portrait's. */
const random = seededRandom(11);
const colourful = makeRaster(400, 250, (x, y) => {
  const noise = (random() - 0.5) * 8;
  return [((x >> 4) * 37 + 40) % 256, ((y >> 4) * 53 + 60) % 256, ((((x >> 4) + (y >> 4)) * 29 + 20) % 256) + noise];
});
/** Flat gray: a document that fails (grayscale and more) whatever its portrait. */
const gray = makeRaster(400, 250, (x) => [60 + (x % 50), 60 + (x % 50), 60 + (x % 50)]);

const decoded = (raster: Raster) => async (): Promise<DecodeResult> => ({
  ok: true,
  raster,
  meta: { width: 4000, height: 2500, format: 'jpeg' },
});

/** A face detector the test hands over when it chooses (a model still downloading). */
function lateDetector(): { source: () => Promise<FaceDetector>; release: () => void; detector: FaceDetector } {
  const detector = stubFaceDetector([]);
  let release!: () => void;
  const ready = new Promise<FaceDetector>((resolve) => (release = () => resolve(detector)));
  return { source: () => ready, release, detector };
}

describe('checkImage: the early report of a document', () => {
  it('comes before the face detector is ready, with every check but the portrait, and the verdict', async () => {
    const late = lateDetector();
    const early: Report[] = [];
    const checked = checkImage(prepareRequest({ kind: 'document' }), decoded(gray), late.source, {
      onEarlyReport: (report) => early.push(report),
    });
    // Nothing but the detector is awaited any more: the early report is out.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(early).toHaveLength(1);
    expect(early[0]!.pending).toEqual(['portrait']);
    expect(early[0]!.verdict).toBe('fail');
    expect(early[0]!.scores.portraitScore).toBeUndefined();
    expect(early[0]!.issues.map((issue) => issue.code)).not.toContain('no_portrait');
    late.release();
    const report = await checked;
    expect(report.pending).toBeUndefined();
    expect(report.issues.map((issue) => issue.code)).toContain('no_portrait');
    // The early report is the complete one without the portrait's issue and score.
    expect(early[0]!.issues).toEqual(report.issues.filter((issue) => issue.code !== 'no_portrait'));
    // The same stages in the same order, but the face stages.
    const faceStages = ['faceModel', 'faceDetection', 'portrait'];
    expect(Object.keys(early[0]!.timings)).toEqual(
      Object.keys(report.timings).filter((stage) => !faceStages.includes(stage)),
    );
  });

  it('gives the same complete report as a check without it', async () => {
    const request = prepareRequest({ kind: 'document' });
    const detector = stubFaceDetector([{ box: { x: 40, y: 60, width: 60, height: 70 }, score: 0.9, keypoints: [] }]);
    const plain = await checkImage(request, decoded(colourful), async () => detector);
    const early: Report[] = [];
    const hooked = await checkImage(request, decoded(colourful), async () => detector, {
      onEarlyReport: (report) => early.push(report),
    });
    const withoutTimings = (report: Report): Report => ({ ...report, timings: {} });
    expect(withoutTimings(hooked)).toEqual(withoutTimings(plain));
    expect(Object.keys(hooked.timings)).toEqual(Object.keys(plain.timings));
    // A pass is not final before the portrait: the early report says pending.
    expect(early[0]!.pending).toEqual(['portrait']);
  });

  it('leaves the portrait out, and says so, when the face model cannot be loaded; a selfie fails', async () => {
    const early: Report[] = [];
    const noModel = async (): Promise<FaceDetector> => {
      throw new Error('the model download was blocked');
    };
    const report = await checkImage(prepareRequest({ kind: 'document' }), decoded(gray), noModel, {
      onEarlyReport: (r) => early.push(r),
    });
    expect(report.skipped).toEqual(['portrait']);
    expect(report.verdict).toBe('fail');
    expect(report.issues.map((issue) => issue.code)).not.toContain('no_portrait');
    expect(early).toHaveLength(1);
    await expect(checkImage(prepareRequest({ kind: 'selfie' }), decoded(colourful), noModel)).rejects.toThrow(
      /blocked/,
    );
  });

  it('times the wait for the face model apart from the face search', async () => {
    const late = lateDetector();
    let checksDone!: () => void;
    const done = new Promise<void>((resolve) => (checksDone = resolve));
    const checked = checkImage(prepareRequest({ kind: 'document' }), decoded(colourful), late.source, {
      onEarlyReport: () => checksDone(),
    });
    await done; // every check but the portrait has run: from here the check waits for the model
    await new Promise((resolve) => setTimeout(resolve, 100));
    late.release();
    const report = await checked;
    expect(report.timings.faceModel).toBeGreaterThanOrEqual(60);
    expect(report.timings.faceDetection).toBeLessThan(report.timings.faceModel!);
  });

  it('is not given for selfies, auto, documents without faces, or a page callback that throws', async () => {
    const early: Report[] = [];
    const onEarlyReport = (report: Report): void => {
      early.push(report);
    };
    await checkImage(prepareRequest({ kind: 'selfie' }), decoded(colourful), async () => stubFaceDetector(), {
      onEarlyReport,
    });
    await checkImage(prepareRequest({ kind: 'auto' }), decoded(colourful), async () => stubFaceDetector(), {
      onEarlyReport,
    });
    await checkImage(
      prepareRequest({ kind: 'document', faces: false }),
      decoded(colourful),
      async () => {
        throw new Error('no detector wanted');
      },
      { onEarlyReport },
    );
    expect(early).toHaveLength(0);
    const report = await checkImage(
      prepareRequest({ kind: 'document' }),
      decoded(gray),
      async () => stubFaceDetector(),
      {
        onEarlyReport: () => {
          throw new Error('a page bug');
        },
      },
    );
    expect(report.verdict).toBe('fail');
    expect(report.issues.map((issue) => issue.code)).toContain('no_portrait');
  });
});
