import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { countedFaces } from '../../src/core/checks/faces.js';
import { mergeFaces, overlapOfSmaller } from '../../src/core/face/merge.js';
import type { FaceDetection } from '../../src/core/face/types.js';
import { sampleBox } from '../../src/core/imageops/sample-box.js';
import { DEFAULT_OPTIONS, resolveOptions } from '../../src/core/options.js';
import type { Raster, Report } from '../../src/core/types.js';
import { makeRaster, seededRandom, stubFaceDetector } from '../helpers.js';

const face = (x: number, y: number, side: number, score = 0.9): FaceDetection => ({
  box: { x, y, width: side, height: side },
  score,
  keypoints: [],
});

/** A 400x300 "selfie": textured mid-gray noise (detail everywhere) at brightness `level`. */
function selfie(level = 140, seed = 3): Raster {
  const random = seededRandom(seed);
  return makeRaster(400, 300, () => {
    const value = level + (random() - 0.5) * 60;
    return [value + 10, value, value - 10];
  });
}

async function codesFor(raster: Raster, faces: FaceDetection[]): Promise<string[]> {
  const meta = { width: raster.width * 4, height: raster.height * 4, format: 'jpeg' };
  const report = await analyze(raster, meta, { kind: 'selfie', faceDetector: stubFaceDetector(faces) });
  return report.issues.map((issue) => issue.code);
}

describe('face checks', () => {
  it('pass one well-framed, sharp, well-lit face', async () => {
    expect(await codesFor(selfie(), [face(140, 90, 120)])).toEqual([]);
  });

  it('no_face without a confident face', async () => {
    expect(await codesFor(selfie(), [])).toEqual(['no_face']);
    expect(await codesFor(selfie(), [face(140, 90, 120, 0.4)])).toEqual(['no_face']);
  });

  it('multiple_faces for a second face of comparable size, not for a tiny one', async () => {
    expect(await codesFor(selfie(), [face(40, 90, 110), face(230, 90, 120)])).toEqual(['multiple_faces']);
    expect(await codesFor(selfie(), [face(140, 90, 120), face(20, 20, 20)])).toEqual([]);
  });

  it('face_too_small below 14 % of the shorter side', async () => {
    // 41 px: 13.7 % of 300, and at least a tenth of the longer side, so the stub's face is looked
    // for once (a smaller one gets the tiled look and the second look: find-faces.test.ts).
    expect(await codesFor(selfie(), [face(180, 130, 41)])).toContain('face_too_small');
    expect(await codesFor(selfie(), [face(180, 130, 48)])).not.toContain('face_too_small');
  });

  it('face_cut_off when the head runs past the border, with the head as region', async () => {
    const meta = { width: 1600, height: 1200, format: 'jpeg' };
    const report: Report = await analyze(selfie(), meta, {
      kind: 'selfie',
      faceDetector: stubFaceDetector([face(140, -20, 160)]),
    });
    // No keypoints: eyes at y 28, mouth at y 100 (from the box); face unit 72 px, so the
    // hairline should sit 72 px above the eyes but the frame shows only 28.
    const issue = report.issues.find((found) => found.code === 'face_cut_off');
    expect(issue?.score).toBeCloseTo(28 / 72, 3);
    expect(issue?.region).toMatchObject({ y: -44 * 4, height: 180 * 4 });
    expect(await codesFor(selfie(), [face(140, 60, 160)])).not.toContain('face_cut_off');
  });

  it('judges blur by the width of the face edges: crisp features pass, blurred ones fail', async () => {
    /** A "face": eyes, brows, nose and mouth as dark strokes on skin, blurred by σ = `sigma`. */
    const features = (sigma: number): Raster => {
      const strokes = (x: number, y: number): boolean =>
        (Math.abs(y - 140) < 4 && (Math.abs(x - 170) < 14 || Math.abs(x - 230) < 14)) || // eyes
        (Math.abs(y - 125) < 2 && (Math.abs(x - 170) < 18 || Math.abs(x - 230) < 18)) || // brows
        (Math.abs(x - 200) < 3 && y > 145 && y < 180) || // nose
        (Math.abs(y - 195) < 3 && Math.abs(x - 200) < 25); // mouth
      const sharp = makeRaster(400, 300, (x, y) => (strokes(x, y) ? [60, 40, 35] : [200, 160, 140]));
      if (sigma === 0) return sharp;
      const blurred = makeRaster(400, 300, (x, y) => {
        let sum = 0;
        let total = 0;
        for (let dy = -3 * sigma; dy <= 3 * sigma; dy++) {
          for (let dx = -3 * sigma; dx <= 3 * sigma; dx++) {
            const w = Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
            sum += w * (strokes(x + dx, y + dy) ? 1 : 0);
            total += w;
          }
        }
        const ink = sum / total;
        return [200 - 140 * ink, 160 - 120 * ink, 140 - 105 * ink];
      });
      return blurred;
    };
    const widthOf = async (raster: Raster): Promise<Report> =>
      analyze(
        raster,
        { width: 1600, height: 1200, format: 'jpeg' },
        {
          kind: 'selfie',
          faceDetector: stubFaceDetector([face(140, 90, 120)]),
        },
      );
    const crisp = await widthOf(features(0));
    expect(crisp.scores.faceEdgeWidth).toBeLessThan(3);
    expect(crisp.issues.map((issue) => issue.code)).not.toContain('blurry');
    const soft = await widthOf(features(4));
    expect(soft.scores.faceEdgeWidth).toBeGreaterThan(DEFAULT_OPTIONS.faceQuality.maxEdgeWidth);
    expect(soft.issues.map((issue) => issue.code)).toContain('blurry');
  });

  it('judges exposure and blur on the face, reporting each code once', async () => {
    expect(await codesFor(selfie(45), [face(140, 90, 120)])).toEqual(['too_dark']);
    expect(await codesFor(selfie(250), [face(140, 90, 120)])).toContain('overexposed');
    // Only broad shading, no fine detail: what defocus leaves of a face.
    const smooth = makeRaster(400, 300, (x, y) => {
      const value = 140 + 40 * Math.sin(x / 15) * Math.sin(y / 15);
      return [value + 10, value, value - 10];
    });
    expect(await codesFor(smooth, [face(140, 90, 120)])).toEqual(['blurry']);
  });

  it('are skipped for documents (the detector only looks for the portrait) and need a detector for selfies', async () => {
    const detector = stubFaceDetector([face(40, 90, 120), face(230, 90, 120)]);
    const meta = { width: 400, height: 300, format: 'jpeg' };
    const report = await analyze(selfie(), meta, { kind: 'document', faceDetector: detector });
    expect(report.faces).toHaveLength(2);
    expect(detector.calls).toBe(1);
    expect(report.issues.map((issue) => issue.code)).not.toContain('multiple_faces');
    await expect(analyze(selfie(), meta, { kind: 'selfie' })).rejects.toThrow(/faceDetector/);
  });

  it('reports the faces in original-image pixels', async () => {
    const meta = { width: 1600, height: 1200, format: 'jpeg' };
    const report = await analyze(selfie(), meta, {
      kind: 'selfie',
      faceDetector: stubFaceDetector([face(140, 90, 120)]),
    });
    expect(report.faces).toEqual([{ box: { x: 560, y: 360, width: 480, height: 480 }, score: 0.9 }]);
    expect(report.timings.faceDetection).toBeGreaterThanOrEqual(0);
  });
});

describe('countedFaces', () => {
  const options = DEFAULT_OPTIONS.faces;
  it('orders by width and drops unconfident and much smaller faces', () => {
    const faces = [face(0, 0, 30), face(100, 0, 100), face(300, 0, 80, 0.5), face(200, 0, 20)];
    expect(countedFaces(faces, options).map((found) => found.box.x)).toEqual([100, 0]);
  });
});

describe('mergeFaces', () => {
  it('keeps the first list’s box for a face both lists found, and adds faces only the later one found', () => {
    const merged = mergeFaces([[face(100, 100, 100, 0.7)], [face(110, 105, 80, 0.95), face(400, 100, 50, 0.8)]]);
    expect(merged.map((found) => [found.box.x, found.score])).toEqual([
      [400, 0.8],
      [100, 0.7],
    ]);
  });
  it('measures overlap against the smaller box', () => {
    expect(overlapOfSmaller({ x: 0, y: 0, width: 100, height: 100 }, { x: 10, y: 10, width: 20, height: 20 })).toBe(1);
    expect(overlapOfSmaller({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 0, width: 10, height: 10 })).toBe(0);
  });
});

describe('sampleBox', () => {
  const ramp = { data: Uint8Array.from({ length: 64 }, (_, i) => i % 8), width: 8, height: 8 };
  it('area-averages a box and clamps outside the image', () => {
    expect([...sampleBox(ramp, { x: 0, y: 0, width: 8, height: 8 }, 4)].slice(0, 4)).toEqual([0.5, 2.5, 4.5, 6.5]);
    expect(sampleBox(ramp, { x: -4, y: 0, width: 4, height: 4 }, 2)[0]).toBe(0);
    expect(() => sampleBox(ramp, { x: 0, y: 0, width: 0, height: 4 }, 2)).toThrow(RangeError);
  });
});

describe('face options', () => {
  it('validate and order the exposure pair', () => {
    expect(() => resolveOptions({ faces: { minScore: 2 } })).toThrow(/faces.minScore/);
    expect(() => resolveOptions({ faceQuality: { darkMedian: 250 } })).toThrow(RangeError);
  });
});
