import type { Box, Raster } from '../types.js';
import { cropRaster } from '../imageops/crop.js';
import { mergeFaces, overlapOfSmaller, SAME_FACE_OVERLAP } from './merge.js';
import { shifted } from './tiles.js';
import type { FaceDetection, FaceDetector } from './types.js';

/**
 * Side of the square a face is looked at again in, in face widths: the face then fills about a
 * sixth of the detector's input (43 px of BlazeFace's 256), well inside the sizes it finds
 * reliably, with its neighbours' shoulders and hair around it as context.
 */
export const SECOND_LOOK_SPAN = 6;
/**
 * At most this many faces get the second look, the best-scored first; the others are kept as the
 * first look found them. A group up to about ten people is then counted with two looks; beyond,
 * the picture is a crowd, `multiple_faces` whatever the exact count, and a second look at each of
 * 30-60 faces would cost 1-2 s (corpus crowds, 20 ms a look).
 */
export const SECOND_LOOKS_AT_MOST = 12;
/**
 * The second look finds a face again when its box covers this much of the first box (of the
 * smaller box): a small face's first box can be off by a third of its width.
 */
const FOUND_AGAIN_OVERLAP = 0.3;

/**
 * `faces` found where the detector sees them small (the whole picture, a tile), each looked at
 * once more, centred in a square {@link SECOND_LOOK_SPAN} times its width. A face the second look
 * finds again gets the mean of the two scores and keeps its first box and keypoints (what the
 * face checks measured before); one it does not find again is dropped. Two looks that agree make
 * faint faces count, and take out what one look alone took for a face (a sandal, a patch of
 * clothing). Two first boxes the second look finds as one face (one face boxed twice
 * at a small size) are one face. Only the {@link SECOND_LOOKS_AT_MOST} best-scored faces get
 * the second look. Best score first.
 */
export async function confirmFaces(
  detector: FaceDetector,
  raster: Raster,
  faces: readonly FaceDetection[],
  span = SECOND_LOOK_SPAN,
): Promise<FaceDetection[]> {
  const ranked = [...faces].sort((a, b) => b.score - a.score);
  const unchecked = ranked.slice(SECOND_LOOKS_AT_MOST);
  const confirmed: { first: FaceDetection; again: FaceDetection; score: number }[] = [];
  for (const face of ranked.slice(0, SECOND_LOOKS_AT_MOST)) {
    const crop = squareAround(face.box, span * Math.max(face.box.width, face.box.height), raster);
    if (crop === undefined) continue;
    const again = (await detector.detect(cropRaster(raster, crop)))
      .map((found) => shifted(found, crop.x, crop.y))
      .filter((found) => overlapOfSmaller(found.box, face.box) >= FOUND_AGAIN_OVERLAP)
      .sort((a, b) => b.score - a.score)[0];
    if (again !== undefined) confirmed.push({ first: face, again, score: (face.score + again.score) / 2 });
  }
  // One face boxed twice by the first look is one face to the second: the better-scored stays.
  confirmed.sort((a, b) => b.score - a.score);
  const kept = confirmed.filter((face, i) =>
    confirmed.slice(0, i).every((other) => overlapOfSmaller(face.again.box, other.again.box) < SAME_FACE_OVERLAP),
  );
  return mergeFaces([kept.map(({ first, score }) => ({ ...first, score })), unchecked]);
}

/** The square of `side` centred on `box`, clipped to the raster, in whole pixels; undefined when nothing is left. */
function squareAround(box: Box, side: number, raster: Raster): Box | undefined {
  const x0 = Math.max(0, Math.round(box.x + box.width / 2 - side / 2));
  const y0 = Math.max(0, Math.round(box.y + box.height / 2 - side / 2));
  const x1 = Math.min(raster.width, Math.round(box.x + box.width / 2 + side / 2));
  const y1 = Math.min(raster.height, Math.round(box.y + box.height / 2 + side / 2));
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : undefined;
}
