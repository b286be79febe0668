import type { FaceDetection } from '../face/types.js';
import type { ShadowCell } from '../imageops/shadow.js';
import type { Box } from '../types.js';
import type { ShadowEvidence } from './shadow.js';

/**
 * The portrait photo around a face box (the detector's box covers brow to chin): this many face
 * widths to its left and right, face heights above (hair) and below (neck, shoulders).
 */
const PHOTO_AROUND = { sides: 0.6, above: 0.7, below: 0.9 };
/** A shadow over the portrait covers at least this share of the grid cells centred in the face box. */
const FACE_COVERED = 0.5;

/** Enough of a shadow's cells beyond the photo to judge its paper's colour on them alone. */
const MIN_PAPER_CELLS = 4;

/**
 * The cells a shadow over the portrait has its paper's colour judged on, when it lies over the
 * portrait: it covers {@link FACE_COVERED} of the grid cells centred in the box of a face the
 * portrait check accepts (a score of at least `minScore`) and reaches the paper beyond the photo
 * (a cell centred outside {@link PHOTO_AROUND}). Undefined otherwise. Over the photo a cell's
 * "paper" (its brightest pixels) is the photo's: skin, hair, the pale background, of other colours
 * than the document's. So the colour is judged on the paper beyond the photo when the shadow
 * covers {@link MIN_PAPER_CELLS} cells there, else (a shadow over little but the portrait) on its
 * cells off the face. A dark portrait alone reaches no paper beyond the photo.
 */
export function portraitPaperCells(
  evidence: ShadowEvidence,
  faces: readonly FaceDetection[],
  minScore: number,
): ShadowCell[] | undefined {
  for (const { box, score } of faces) {
    const cells = score >= minScore ? paperCellsAround(evidence, box) : undefined;
    if (cells !== undefined) return cells;
  }
  return undefined;
}

/** {@link portraitPaperCells} for the face in `face` (a box in analysis pixels). */
function paperCellsAround(evidence: ShadowEvidence, face: Box): ShadowCell[] | undefined {
  const { x, y, side, cols, rows } = evidence.grid;
  const key = (cell: { col: number; row: number }) => `${cell.col},${cell.row}`;
  const faceCells = new Set<string>();
  const [col0, col1] = [Math.ceil((face.x - x) / side - 0.5), Math.floor((face.x + face.width - x) / side - 0.5)];
  const [row0, row1] = [Math.ceil((face.y - y) / side - 0.5), Math.floor((face.y + face.height - y) / side - 0.5)];
  for (let row = Math.max(0, row0); row <= Math.min(rows - 1, row1); row++) {
    for (let col = Math.max(0, col0); col <= Math.min(cols - 1, col1); col++) faceCells.add(key({ col, row }));
  }
  // A face smaller than a cell: the cell holding its centre.
  if (col0 > col1 || row0 > row1) {
    const [col, row] = [(face.x + face.width / 2 - x) / side, (face.y + face.height / 2 - y) / side];
    faceCells.add(key({ col: Math.floor(col), row: Math.floor(row) }));
  }
  const covered = evidence.cells.filter((cell) => faceCells.has(key(cell))).length;
  const beyondPhoto = evidence.cells.filter((cell) => {
    const [cx, cy] = [x + (cell.col + 0.5) * side, y + (cell.row + 0.5) * side];
    return (
      cx < face.x - PHOTO_AROUND.sides * face.width ||
      cx > face.x + (1 + PHOTO_AROUND.sides) * face.width ||
      cy < face.y - PHOTO_AROUND.above * face.height ||
      cy > face.y + (1 + PHOTO_AROUND.below) * face.height
    );
  });
  if (faceCells.size === 0 || covered < FACE_COVERED * faceCells.size || beyondPhoto.length === 0) return undefined;
  return beyondPhoto.length >= MIN_PAPER_CELLS
    ? beyondPhoto
    : evidence.cells.filter((cell) => !faceCells.has(key(cell)));
}
