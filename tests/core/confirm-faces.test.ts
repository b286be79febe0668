import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedFaces } from '../../src/core/checks/faces.js';
import { confirmFaces, SECOND_LOOKS_AT_MOST } from '../../src/core/face/confirm.js';
import { findFaces } from '../../src/core/face/find.js';
import { createOnnxFaceDetector } from '../../src/core/face/onnx-detector.js';
import type { FaceDetection, FaceDetector } from '../../src/core/face/types.js';
import { DEFAULT_OPTIONS } from '../../src/core/options.js';
import type { Raster } from '../../src/core/types.js';
import { nodeModelFiles } from '../../src/node/model-files.js';
import { makeRaster } from '../helpers.js';

type Square = readonly [x: number, y: number, side: number];

/** A gray picture with red squares (faces) and yellow squares (things that look like a face from afar). */
function scene(width: number, height: number, red: readonly Square[], yellow: readonly Square[] = []): Raster {
  const inside = (squares: readonly Square[], x: number, y: number) =>
    squares.some(([sx, sy, side]) => x >= sx && x < sx + side && y >= sy && y < sy + side);
  return makeRaster(width, height, (x, y) =>
    inside(red, x, y) ? [255, 0, 0] : inside(yellow, x, y) ? [255, 255, 0] : [128, 128, 128],
  );
}

/**
 * A detector whose confidence depends on how large a square is in the raster it is handed, as a
 * real detector's does: a red square (a face) is found from 4 % of the longer side, faintly (0.55)
 * below 10 % and clearly (0.9) above; a yellow square (a sandal, a print) is taken for a face
 * (0.7) only while it is below 10 %, and not when seen larger.
 */
function sizeAwareDetector(): FaceDetector & { calls: number } {
  const squares = (raster: Raster, colour: (r: number, g: number, b: number) => boolean) => {
    const found: { x: number; y: number; side: number }[] = [];
    const { data, width, height } = raster;
    const at = (x: number, y: number) => {
      const i = (y * width + x) * 4;
      return colour(data[i]!, data[i + 1]!, data[i + 2]!);
    };
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (!at(x, y) || (x > 0 && at(x - 1, y)) || (y > 0 && at(x, y - 1))) continue;
        let side = 0;
        while (x + side < width && at(x + side, y)) side++;
        found.push({ x, y, side });
      }
    }
    return found;
  };
  return {
    backend: 'onnx',
    calls: 0,
    async detect(raster) {
      this.calls++;
      const longer = Math.max(raster.width, raster.height);
      const face = ({ x, y, side }: { x: number; y: number; side: number }, score: number): FaceDetection => ({
        box: { x, y, width: side, height: side },
        score,
        keypoints: [{ x: x + side / 2, y: y + side / 2 }],
      });
      const red = squares(raster, (r, g) => r > 200 && g < 50)
        .filter(({ side }) => side >= 0.04 * longer)
        .map((square) => face(square, square.side < 0.1 * longer ? 0.55 : 0.9));
      const yellow = squares(raster, (r, g, b) => r > 200 && g > 200 && b < 50)
        .filter(({ side }) => side < 0.1 * longer)
        .map((square) => face(square, 0.7));
      return [...red, ...yellow].sort((a, b) => b.score - a.score);
    },
    async dispose() {},
  };
}

const at = (box: { x: number; y: number }) => [Math.round(box.x), Math.round(box.y)];

describe('confirmFaces', () => {
  it('keeps a face the second look finds again, with its first box and the mean score', async () => {
    const raster = scene(1000, 600, [[100, 100, 45]]);
    const first: FaceDetection = {
      box: { x: 98, y: 103, width: 48, height: 44 },
      score: 0.55,
      keypoints: [{ x: 120, y: 120 }],
    };
    const [face, ...rest] = await confirmFaces(sizeAwareDetector(), raster, [first]);
    expect(rest).toEqual([]);
    expect(face!.box).toEqual(first.box);
    expect(face!.keypoints).toEqual(first.keypoints);
    expect(face!.score).toBeCloseTo((0.55 + 0.9) / 2, 6);
  });

  it('drops what the second look does not find again, and counts one face boxed twice once', async () => {
    const raster = scene(1000, 600, [[600, 300, 40]], [[200, 200, 30]]);
    const box = (x: number, y: number, side: number) => ({ x, y, width: side, height: side });
    const faces = await confirmFaces(sizeAwareDetector(), raster, [
      { box: box(200, 200, 30), score: 0.7, keypoints: [] }, // the yellow square: large, it is no face
      { box: box(596, 296, 30), score: 0.65, keypoints: [] }, // two first boxes on the red square,
      { box: box(614, 312, 30), score: 0.6, keypoints: [] }, //  overlapping each other by less than half
    ]);
    expect(faces.map((face) => at(face.box))).toEqual([[596, 296]]);
  });

  it('looks again at no more than SECOND_LOOKS_AT_MOST faces of a crowd, best first, and keeps the others', async () => {
    const squares = Array.from({ length: 14 }, (_, i): Square => [
      20 + (i % 7) * 140,
      100 + Math.floor(i / 7) * 300,
      45,
    ]);
    const detector = sizeAwareDetector();
    const firstLook = squares.map(([x, y, side], i) => ({
      box: { x, y, width: side, height: side },
      score: 0.9 - i * 0.01,
      keypoints: [],
    }));
    const faces = await confirmFaces(detector, scene(1000, 600, squares), firstLook);
    expect(detector.calls).toBe(SECOND_LOOKS_AT_MOST);
    expect(faces).toHaveLength(14);
    // The two worst-scored kept their first score; the looked-at ones the mean with 0.9.
    expect(faces.slice(-2).map((face) => face.score)).toEqual([0.9 - 12 * 0.01, 0.9 - 13 * 0.01]);
  });
});

describe('findFaces in a selfie with small faces', () => {
  it('counts the faint faces two looks agree on, not what only a distant look took for a face', async () => {
    const detector = sizeAwareDetector();
    // Whole picture: the red squares (45 px of 1000) are faint, the yellow one looks like a face.
    const raster = scene(
      1000,
      600,
      [
        [100, 100, 45],
        [700, 300, 45],
      ],
      [[400, 450, 30]],
    );
    const faces = await findFaces(detector, raster, 'selfie', 0.6);
    const counted = countedFaces(faces, DEFAULT_OPTIONS.faces);
    expect(counted.map((face) => at(face.box)).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [100, 100],
      [700, 300],
    ]);
    // The whole picture, 9 tiles, one second look for each of the 3 faces.
    expect(detector.calls).toBe(1 + 9 + 3);
  });

  it('takes no second look on a document', async () => {
    const detector = sizeAwareDetector();
    const faces = await findFaces(detector, scene(1000, 600, [], [[400, 450, 30]]), 'document', 0.6);
    expect(faces.map((face) => face.score)).toEqual([0.7]);
    expect(detector.calls).toBe(1);
  });
});

describe('counting a generated crowd with the BlazeFace model', () => {
  const TWO_PEOPLE = fileURLToPath(new URL('../../test-images/selfie_two_01.jpg', import.meta.url));
  let detector: FaceDetector;
  beforeAll(async () => {
    detector = await createOnnxFaceDetector(nodeModelFiles());
  });
  afterAll(() => detector.dispose());

  /** `columns` × `rows` copies of the two-person selfie, each `cell` px high, on a plain wall `margin` px wide. */
  async function crowd(columns: number, rows: number, cell: number, margin: number): Promise<Raster> {
    const cellWidth = Math.round((cell * 4) / 3);
    const copy = await sharp(TWO_PEOPLE).resize(cellWidth, cell).png().toBuffer();
    const places = Array.from({ length: columns * rows }, (_, i) => ({
      input: copy,
      left: margin + (i % columns) * cellWidth,
      top: margin + Math.floor(i / columns) * cell,
    }));
    const { data, info } = await sharp({
      create: {
        width: columns * cellWidth + 2 * margin,
        height: rows * cell + 2 * margin,
        channels: 4,
        background: '#c8ccd2',
      },
    })
      .composite(places)
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data: new Uint8ClampedArray(data), width: info.width, height: info.height };
  }

  // Faces about 3-4 % of the picture's longer side: the tiled look runs. Without the second look,
  // the first three come out one face too many.
  it.each([
    [3, 1, 120, 250],
    [2, 1, 120, 250],
    [2, 2, 100, 250],
    [4, 1, 100, 250],
    [3, 3, 110, 150],
  ])('counts every face of %i × %i copies, %i px high, %i px from the border', async (columns, rows, cell, margin) => {
    const raster = await crowd(columns, rows, cell, margin);
    const faces = await findFaces(detector, raster, 'selfie', DEFAULT_OPTIONS.faces.minScore);
    expect(countedFaces(faces, DEFAULT_OPTIONS.faces)).toHaveLength(2 * columns * rows);
  });
});
