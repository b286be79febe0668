import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BLAZEFACE_MODELS,
  decodeBlazeFace,
  intersectionOverUnion,
  ssdAnchors,
  weightedNonMaxSuppression,
} from '../../src/core/face/blazeface.js';
import {
  createOnnxFaceDetector,
  DEFAULT_ONNX_FACE_CONFIG,
  resolveOnnxFaceConfig,
} from '../../src/core/face/onnx-detector.js';
import type { FaceDetection, FaceDetector } from '../../src/core/face/types.js';
import { resizeArea } from '../../src/core/imageops/resize.js';
import type { Box, Raster } from '../../src/core/types.js';
import { nodeModelFiles } from '../../src/node/model-files.js';
import { makeRaster } from '../helpers.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** Six keypoints at one place. */
const samePoints = (x: number, y: number) => Array.from({ length: 6 }, () => ({ x, y }));

describe('ssdAnchors', () => {
  const { inputSize, strides } = BLAZEFACE_MODELS.front;
  const anchors = ssdAnchors(inputSize, strides);

  it('gives 16x16x2 anchors on the stride-8 map, then 8x8x6 on the merged stride-16 map', () => {
    expect(anchors).toHaveLength(896);
    expect(anchors[0]).toEqual({ x: 0.5 / 16, y: 0.5 / 16 });
    expect(anchors[1]).toEqual(anchors[0]);
    expect(anchors[2]).toEqual({ x: 1.5 / 16, y: 0.5 / 16 });
    expect(anchors[511]).toEqual({ x: 15.5 / 16, y: 15.5 / 16 });
    expect(anchors.slice(512, 518)).toEqual(Array.from({ length: 6 }, () => ({ x: 0.5 / 8, y: 0.5 / 8 })));
    expect(anchors[895]).toEqual({ x: 7.5 / 8, y: 7.5 / 8 });
  });

  it('puts the back model anchors at the same relative places', () => {
    const { inputSize: backSize, strides: backStrides } = BLAZEFACE_MODELS.back;
    expect(ssdAnchors(backSize, backStrides)).toEqual(anchors);
  });
});

describe('decodeBlazeFace', () => {
  const anchors = [
    { x: 0.5, y: 0.5 },
    { x: 0.25, y: 0.25 },
  ];
  // Anchor 0: centre moved by (+12.8, -6.4) px, 64x32 px, keypoints k px right of the centre.
  // Anchor 1: logit -1 (score 0.27), below the threshold.
  const regressors = new Float32Array(32);
  regressors.set([12.8, -6.4, 64, 32, 0, 0, 12.8, 0, 25.6, 0, 38.4, 0, 51.2, 0, 64, 0], 0);
  const scores = new Float32Array([2, -1]);

  it('turns a raw row into a box relative to the input square', () => {
    const [face, ...rest] = decodeBlazeFace(scores, regressors, anchors, 128, 0.5);
    expect(rest).toEqual([]);
    expect(face!.score).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    // Centre (0.6, 0.45), size 0.5 x 0.25.
    expect(face!.box.x).toBeCloseTo(0.35, 6);
    expect(face!.box.y).toBeCloseTo(0.325, 6);
    expect(face!.box.width).toBeCloseTo(0.5, 6);
    expect(face!.box.height).toBeCloseTo(0.25, 6);
    expect(face!.keypoints.map((point) => point.x)).toEqual(
      [0.5, 0.6, 0.7, 0.8, 0.9, 1].map((x) => expect.closeTo(x, 6)),
    );
    expect(face!.keypoints.every((point) => point.y === 0.5)).toBe(true);
  });

  it('clips huge logits to a score of sigmoid(100) and keeps everything at threshold 0', () => {
    const faces = decodeBlazeFace(new Float32Array([1e9, -1e9]), regressors, anchors, 128, 0);
    expect(faces.map((face) => face.score)).toEqual([1, 1 / (1 + Math.exp(100))]);
  });

  it('rejects outputs that do not match the anchors', () => {
    expect(() => decodeBlazeFace(scores, regressors.subarray(16), anchors, 128, 0.5)).toThrow(RangeError);
  });
});

describe('weightedNonMaxSuppression', () => {
  const best: FaceDetection = { box: { x: 0, y: 0, width: 10, height: 10 }, score: 0.9, keypoints: samePoints(0, 0) };
  const shifted: FaceDetection = {
    box: { x: 1, y: 1, width: 10, height: 10 },
    score: 0.6,
    keypoints: samePoints(5, 5),
  };
  const distant: FaceDetection = {
    box: { x: 50, y: 50, width: 10, height: 10 },
    score: 0.7,
    keypoints: samePoints(55, 55),
  };

  it('measures intersection over union', () => {
    expect(intersectionOverUnion(best.box, shifted.box)).toBeCloseTo(81 / 119, 9);
    expect(intersectionOverUnion(best.box, distant.box)).toBe(0);
  });

  it('merges overlapping boxes into their score-weighted mean and keeps a distant one', () => {
    const faces = weightedNonMaxSuppression([shifted, distant, best], 0.3, 10);
    expect(faces).toHaveLength(2);
    const [merged, other] = faces;
    // Weights 0.9 and 0.6: corners 0.4 of the way from `best` to `shifted`.
    expect(merged!.score).toBe(0.9);
    expect(merged!.box.x).toBeCloseTo(0.4, 9);
    expect(merged!.box.y).toBeCloseTo(0.4, 9);
    expect(merged!.box.width).toBeCloseTo(10, 9);
    expect(merged!.box.height).toBeCloseTo(10, 9);
    expect(merged!.keypoints[3]!.x).toBeCloseTo(2, 9);
    expect(other).toEqual(distant);
  });

  it('keeps overlapping boxes apart when their overlap is not above the threshold', () => {
    expect(weightedNonMaxSuppression([best, shifted], 0.7, 10)).toEqual([best, shifted]);
  });

  it('returns at most maxFaces, best first', () => {
    expect(weightedNonMaxSuppression([distant, best], 0.3, 1)).toEqual([best]);
    expect(weightedNonMaxSuppression([], 0.3, 1)).toEqual([]);
  });
});

describe('resolveOnnxFaceConfig', () => {
  it('fills in the defaults', () => {
    expect(resolveOnnxFaceConfig()).toEqual(DEFAULT_ONNX_FACE_CONFIG);
    expect(resolveOnnxFaceConfig({ model: 'front', maxFaces: 3 })).toMatchObject({ model: 'front', maxFaces: 3 });
  });

  it('names the bad option', () => {
    expect(() => resolveOnnxFaceConfig({ model: 'side' as 'front' })).toThrow(/model/);
    expect(() => resolveOnnxFaceConfig({ minScore: '0.5' as unknown as number })).toThrow(TypeError);
    expect(() => resolveOnnxFaceConfig({ minScore: 1.5 })).toThrow(/minScore/);
    expect(() => resolveOnnxFaceConfig({ iouThreshold: Number.NaN })).toThrow(/iouThreshold/);
    expect(() => resolveOnnxFaceConfig({ maxFaces: 0 })).toThrow(RangeError);
    expect(() => resolveOnnxFaceConfig({ maxFaces: 2.5 })).toThrow(/maxFaces/);
    expect(() => resolveOnnxFaceConfig({ engine: 'tflite' as 'tfjs' })).toThrow(
      /engine must be one of tfjs, onnxruntime/,
    );
  });
});

async function readRaster(path: string): Promise<Raster> {
  const { data, info } = await sharp(path).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}

describe('createOnnxFaceDetector', () => {
  let detector: FaceDetector;
  beforeAll(async () => {
    detector = await createOnnxFaceDetector(nodeModelFiles());
  });
  afterAll(() => detector.dispose());

  it('finds no face in a plain picture', async () => {
    expect(detector.backend).toBe('onnx');
    expect(DEFAULT_ONNX_FACE_CONFIG.engine).toBe('tfjs');
    expect(await detector.detect(makeRaster(640, 480, () => [180, 170, 160]))).toEqual([]);
  });

  it('cannot be used after dispose', async () => {
    const disposable = await createOnnxFaceDetector(nodeModelFiles(), { model: 'front' });
    await disposable.dispose();
    await expect(disposable.detect(makeRaster(8, 8, () => [0, 0, 0]))).rejects.toThrow(TypeError);
  });

  describe.skipIf(!existsSync(CORPUS))('on corpus photos', () => {
    it.each(['face_one/deepface_img1.jpg', 'face_one/linzaer_5.jpg'])('finds exactly one face in %s', async (file) => {
      const raster = await readRaster(CORPUS + file);
      const faces = await detector.detect(raster);
      expect(faces).toHaveLength(1);
      const { box, score, keypoints } = faces[0]!;
      expect(score).toBeGreaterThan(0.7);
      expect(box.width).toBeGreaterThan(raster.width / 10);
      // Eyes, nose and mouth inside the box, the subject's right eye on the viewer's left.
      for (const point of keypoints.slice(0, 4)) {
        expect(point.x).toBeGreaterThan(box.x);
        expect(point.x).toBeLessThan(box.x + box.width);
        expect(point.y).toBeGreaterThan(box.y);
        expect(point.y).toBeLessThan(box.y + box.height);
      }
      expect(keypoints[0]!.x).toBeLessThan(keypoints[1]!.x);
    });

    it('finds the same faces with either engine, to within float rounding', async () => {
      const onnxruntime = await createOnnxFaceDetector(nodeModelFiles(), { engine: 'onnxruntime' });
      try {
        for (const file of [
          'face_many/deepface_couple.jpg',
          'face_one/linzaer_5.jpg',
          'face_small/mmpose_coco_000000000785.jpg',
        ]) {
          const raster = await readRaster(CORPUS + file);
          const [ours, theirs] = await Promise.all([detector.detect(raster), onnxruntime.detect(raster)]);
          expect(ours.length).toBeGreaterThan(0);
          expect(ours).toHaveLength(theirs.length);
          ours.forEach((face, i) => {
            const other = theirs[i]!;
            expect(Math.abs(face.score - other.score)).toBeLessThan(1e-4);
            for (const key of ['x', 'y', 'width', 'height'] as const) {
              expect(Math.abs(face.box[key] - other.box[key])).toBeLessThan(0.05);
            }
          });
        }
      } finally {
        await onnxruntime.dispose();
      }
    });

    it('gives boxes in the pixels of the raster it was given, also for concurrent calls', async () => {
      const raster = await readRaster(CORPUS + 'face_many/deepface_couple.jpg');
      const half = resizeArea(raster, Math.round(raster.width / 2), Math.round(raster.height / 2));
      const [full, again, small] = await Promise.all([raster, raster, half].map((image) => detector.detect(image)));
      expect(again).toEqual(full);
      expect(full).toHaveLength(2);
      expect(small).toHaveLength(2);
      for (const { box } of full!) {
        // The same face found at half size: the one whose centre lies nearest.
        const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
        const { x, y } = centre(box);
        const nearest = small!
          .map((face) => ({
            x: face.box.x * 2,
            y: face.box.y * 2,
            width: face.box.width * 2,
            height: face.box.height * 2,
          }))
          .sort(
            (a, b) => Math.hypot(centre(a).x - x, centre(a).y - y) - Math.hypot(centre(b).x - x, centre(b).y - y),
          )[0]!;
        expect(Math.abs(centre(nearest).x - x)).toBeLessThan(box.width * 0.05);
        expect(Math.abs(centre(nearest).y - y)).toBeLessThan(box.height * 0.05);
        expect(Math.abs(nearest.width - box.width)).toBeLessThan(box.width * 0.05);
      }
    });
  });
});
