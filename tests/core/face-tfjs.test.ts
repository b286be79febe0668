import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFaceDetector } from '../../src/core/face/factory.js';
import { resolveTfjsFaceConfig } from '../../src/core/face/tfjs-detector.js';
import type { FaceDetector } from '../../src/core/face/types.js';
import { nodeModelFiles } from '../../src/node/model-files.js';
import { makeRaster, readRaster } from '../helpers.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

describe('tfjs face config', () => {
  it('validates, naming the option', () => {
    expect(resolveTfjsFaceConfig()).toEqual({ model: 'both', maxFaces: 10, runtime: 'wasm' });
    expect(() => resolveTfjsFaceConfig({ model: 'long' as never })).toThrow(/model/);
    expect(() => resolveTfjsFaceConfig({ maxFaces: 0 })).toThrow(/maxFaces/);
  });
  it('the factory rejects an unknown backend', async () => {
    await expect(createFaceDetector(nodeModelFiles(), { backend: 'opencv' as never })).rejects.toThrow(/backend/);
  });
});

describe.skipIf(!existsSync(CORPUS))('tfjs MediaPipe detector (real models, offline)', () => {
  let detector: FaceDetector;
  beforeAll(async () => {
    detector = await createFaceDetector(nodeModelFiles(), { backend: 'tfjs' });
  }, 60_000);
  afterAll(() => detector.dispose());

  it('finds one face on single-face selfies and none on a plain picture, without leaking tensors', async () => {
    const plain = makeRaster(320, 240, () => [200, 190, 180]);
    await detector.detect(plain); // warm-up
    const before = tf.memory().numTensors;
    for (const file of ['face_one/codeformer_whole_04.jpg', 'face_one/deepface_img1.jpg']) {
      const faces = await detector.detect(await readRaster(CORPUS + file, { maxSide: 1024 }));
      expect(
        faces.filter((face) => face.score >= 0.6),
        file,
      ).toHaveLength(1);
      expect(faces[0]!.keypoints).toHaveLength(6);
    }
    expect(await detector.detect(plain)).toEqual([]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('counts the people in a group photo', async () => {
    const faces = await detector.detect(
      await readRaster(CORPUS + 'face_many/codeformer_whole_00.jpg', { maxSide: 1024 }),
    );
    expect(faces.filter((face) => face.score >= 0.6)).toHaveLength(4);
  });
});
