import type { CaptureKind } from '../codes.js';
import type { Raster } from '../types.js';
import { confirmFaces } from './confirm.js';
import { mergeFaces } from './merge.js';
import { detectOnTiles } from './tiles.js';
import type { FaceDetection, FaceDetector } from './types.js';

/**
 * A tiled look is taken when the widest face found is narrower than this share of the
 * picture's longer side (or none is found). The BlazeFace / MediaPipe detectors see the whole
 * picture at 128-256 px, where faces under about a tenth of the side are at the edge of what
 * they find. Selfie: people in the background of such a picture are smaller still; a selfie
 * whose face is that small fails `face_too_small` anyway, so the tiled look is about reporting
 * the right count (and a too-small face rather than none), not about passing it. Document: the
 * printed portrait is always small, and one found face is all `no_portrait` needs, so the
 * tiles run only when the whole picture showed none (corpus: the whole-picture pass finds the
 * portrait on 40 of 44 phone photos of ID cards at score 0.6, the tiles on all 44).
 */
export const TILE_PASS_BELOW: Readonly<Record<CaptureKind, number>> = { selfie: 0.1, document: 0 };
/**
 * Tiles add only faces at most this many times as wide as the widest face of the whole-picture
 * pass: that pass finds larger faces more reliably than smaller ones, so a large face only the
 * tiles saw is more likely a false detection (on the corpus: a truck's front, at 0.66).
 */
const TILE_MAX_GROWTH = 1.25;
/** The tiled look's tiles: 3 × 3, overlapping by a quarter (about 3× the detector's view of the whole picture). */
const TILE_GRID = 3;
/**
 * Whether the faces of a tiled look are each looked at once more (`confirmFaces`) before they are
 * counted. Selfie: at the sizes the tiles are needed for, one look takes a sandal or a patch of
 * clothing for a face, or boxes one face twice, and misses faint faces; two looks that agree
 * count right (generated harder variants of the corpus group photos: 80 -> 91 of 102 exact, see
 * docs/checks/faces.md).
 * Document: one face is all the portrait check needs, so no extra look.
 */
const CONFIRM_TILED: Readonly<Record<CaptureKind, boolean>> = { selfie: true, document: false };

/**
 * The faces in a `kind` picture: one detector pass over the whole picture, plus a tiled pass
 * when the faces found with at least `minScore` are small or none (see {@link TILE_PASS_BELOW}).
 * A face found confidently by both keeps the whole-picture box; the tiles add no face much
 * larger than the whole-picture pass found. In a selfie, every face of a tiled look is then
 * looked at once more, centred and larger (see {@link CONFIRM_TILED}). `wholePicture`: that
 * pass's faces, when the caller ran it already (to choose the kind).
 */
export async function findFaces(
  detector: FaceDetector,
  raster: Raster,
  kind: CaptureKind,
  minScore: number,
  wholePicture?: FaceDetection[],
): Promise<FaceDetection[]> {
  const whole = wholePicture ?? (await detector.detect(raster));
  const widest = Math.max(0, ...whole.filter((face) => face.score >= minScore).map((face) => face.box.width));
  if (widest > 0 && widest >= TILE_PASS_BELOW[kind] * Math.max(raster.width, raster.height)) return whole;
  const tiled = await detectOnTiles(detector, raster, TILE_GRID);
  const plausible = widest === 0 ? tiled : tiled.filter((face) => face.box.width <= TILE_MAX_GROWTH * widest);
  // A face the whole picture showed only faintly keeps the tiles' (confident) detection instead.
  const confident = whole.filter((face) => face.score >= minScore);
  const faint = whole.filter((face) => face.score < minScore);
  const candidates = mergeFaces([confident, plausible, faint]);
  return CONFIRM_TILED[kind] ? confirmFaces(detector, raster, candidates) : candidates;
}
