import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { findFaces } from '../../src/core/face/find.js';
import { detectOnTiles, tileBoxes } from '../../src/core/face/tiles.js';
import { cropRaster } from '../../src/core/imageops/crop.js';
import type { FaceDetection, FaceDetector } from '../../src/core/face/types.js';
import { makeRaster, redSquareDetector, redSquares, seededRandom, stubFaceDetector } from '../helpers.js';

const boxes = (faces: FaceDetection[]): number[][] =>
  faces.map((face) => [face.box.x, face.box.y, face.box.width]).sort((a, b) => a[0]! - b[0]!);

describe('tileBoxes / cropRaster', () => {
  it('covers the picture with overlapping tiles', () => {
    const tiles = tileBoxes(1000, 600, 3, 0.25);
    expect(tiles).toHaveLength(9);
    expect(tiles[0]).toEqual({ x: 0, y: 0, width: 400, height: 240 });
    expect(tiles[8]).toEqual({ x: 600, y: 360, width: 400, height: 240 });
    // Neighbours overlap by a quarter of a tile.
    expect(tiles[1]!.x).toBe(300);
    expect(tileBoxes(100, 80, 1, 0.25)).toEqual([{ x: 0, y: 0, width: 100, height: 80 }]);
    expect(() => tileBoxes(100, 100, 0, 0.25)).toThrow(RangeError);
  });

  it('crops the pixels of a box', () => {
    const raster = makeRaster(4, 3, (x, y) => [x, y, 0]);
    const crop = cropRaster(raster, { x: 1, y: 1, width: 2, height: 2 });
    expect([crop.width, crop.height]).toEqual([2, 2]);
    expect([...crop.data.subarray(0, 8)]).toEqual([1, 1, 0, 255, 2, 1, 0, 255]);
  });
});

describe('detectOnTiles', () => {
  it('finds faces too small for the whole picture, in the picture’s pixels, each once', async () => {
    const detector = redSquareDetector(0.06);
    const raster = redSquares(1000, 600, [
      [100, 100, 40],
      [480, 250, 40], // on the overlap of several tiles
    ]);
    expect(await detector.detect(raster)).toEqual([]);
    const found = await detectOnTiles(detector, raster, 3);
    expect(boxes(found)).toEqual([
      [100, 100, 40],
      [480, 250, 40],
    ]);
    expect(found.every((face) => face.score === 0.9)).toBe(true); // the whole face, not a tile's cut part
  });
});

describe('findFaces', () => {
  it('looks once at a selfie with a large face', async () => {
    const detector = redSquareDetector();
    const faces = await findFaces(detector, redSquares(600, 400, [[250, 100, 150]]), 'selfie', 0.6);
    expect(boxes(faces)).toEqual([[250, 100, 150]]);
    expect(detector.calls).toBe(1);
  });

  it('takes a tiled second look when the faces are small, counting the people the first look missed', async () => {
    const detector = redSquareDetector();
    // 70 px is found on the whole 1000 px picture; 40 px only on a tile.
    const raster = redSquares(1000, 600, [
      [100, 100, 70],
      [700, 300, 40],
    ]);
    const faces = await findFaces(detector, raster, 'selfie', 0.6);
    expect(boxes(faces)).toEqual([
      [100, 100, 70],
      [700, 300, 40],
    ]);
    // The whole picture, 9 tiles, then a second look at each face (see confirm-faces.test.ts).
    expect(detector.calls).toBe(1 + 9 + 2);
  });

  it('does not let the tiles add a face much larger than the whole picture showed', async () => {
    const whole: FaceDetection = { box: { x: 10, y: 10, width: 40, height: 40 }, score: 0.9, keypoints: [] };
    const tileFace: FaceDetection = { box: { x: 20, y: 20, width: 80, height: 80 }, score: 0.9, keypoints: [] };
    let call = 0;
    const detector: FaceDetector = {
      backend: 'onnx',
      // The whole picture, one tile, the other eight; then the second look, whose crop starts at 0, 0.
      detect: async () => (call++ === 0 ? [whole] : call === 2 ? [tileFace] : call > 10 ? [whole] : []),
      dispose: async () => {},
    };
    const faces = await findFaces(
      detector,
      makeRaster(1000, 800, () => [0, 0, 0]),
      'selfie',
      0.6,
    );
    expect(faces).toHaveLength(1);
    expect(faces[0]!.box.width).toBe(40);
  });

  it('on a document, tiles only when no face was found, and a faint face gives way to a confident one', async () => {
    const found = redSquareDetector();
    await findFaces(found, redSquares(1000, 600, [[100, 100, 70]]), 'document', 0.6);
    expect(found.calls).toBe(1);

    const faint: FaceDetection = { box: { x: 100, y: 100, width: 50, height: 50 }, score: 0.55, keypoints: [] };
    const sure: FaceDetection = { box: { x: 98, y: 98, width: 52, height: 52 }, score: 0.92, keypoints: [] };
    let call = 0;
    const detector: FaceDetector = {
      backend: 'onnx',
      detect: async () => (call++ === 0 ? [faint] : call === 2 ? [sure] : []),
      dispose: async () => {},
    };
    const faces = await findFaces(
      detector,
      makeRaster(1000, 600, () => [0, 0, 0]),
      'document',
      0.6,
    );
    expect(faces.map((face) => face.score)).toEqual([0.92]);
  });
});

describe('no_portrait', () => {
  const meta = { width: 1000, height: 634, format: 'jpeg' };
  /** A colourful, textured page filling an ID-card-shaped frame (a scan), so no other document check fires. */
  /** A photo of a page: paper with sensor noise and rows of dark print, plus the given red squares. */
  const page = (squares: [number, number, number][]) => {
    const plain = redSquares(1000, 634, squares);
    const random = seededRandom(5);
    for (let i = 0; i < plain.data.length; i += 4) {
      const [x, y] = [(i >> 2) % 1000, Math.floor((i >> 2) / 1000)];
      const noise = (random() - 0.5) * 10;
      const print = x > 300 && x < 900 && y % 40 < 6 && (x >> 4) % 7 !== 0;
      if (plain.data[i] === 128)
        plain.data.set(print ? [40 + noise, 40 + noise, 50] : [170 + noise, 140 + noise, 110], i);
    }
    return plain;
  };

  it('warns when the document shows no face, and finds a small printed portrait', async () => {
    const none = await analyze(page([]), meta, { kind: 'document', faceDetector: redSquareDetector() });
    const issue = none.issues.find((found) => found.code === 'no_portrait');
    expect(issue).toMatchObject({ severity: 'warn', threshold: 0.6 });
    expect(none.verdict).not.toBe('fail');
    const small = await analyze(page([[80, 200, 45]]), meta, { kind: 'document', faceDetector: redSquareDetector() });
    expect(small.issues.map((found) => found.code)).not.toContain('no_portrait');
    expect(small.faces).toHaveLength(1);
  });

  it('is not checked without a face detector', async () => {
    const report = await analyze(page([]), meta, { kind: 'document' });
    expect(report.issues.map((found) => found.code)).not.toContain('no_portrait');
    expect(report.faces).toBeUndefined();
  });
});

describe('a selfie without a face', () => {
  it('is too_dark as well when the whole picture is dark', async () => {
    const meta = { width: 400, height: 300, format: 'jpeg' };
    const codes = async (level: number) =>
      (
        await analyze(
          makeRaster(400, 300, (x) => [level + (x % 3), level, level]),
          meta,
          { kind: 'selfie', faceDetector: stubFaceDetector([]) },
        )
      ).issues.map((issue) => issue.code);
    expect(await codes(30)).toEqual(expect.arrayContaining(['no_face', 'too_dark']));
    expect(await codes(140)).not.toContain('too_dark');
  });
});
