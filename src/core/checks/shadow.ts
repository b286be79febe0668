import { ISSUE_CODES } from '../codes.js';
import { scaleBox } from '../geometry.js';
import { workingBox } from '../imageops/region.js';
import { largestShadow, paperShift, type ShadowCell } from '../imageops/shadow.js';
import type { Box } from '../types.js';
import type { Check } from './check.js';
import { documentRegion } from './outline.js';

/** Longest side of the document when shadows are looked for (as for glare). */
const WORKING_SIDE = 256;
/** Share of the way to the document's centre left out: its edge and what lies just beyond it (as for `scan_or_copy`, which reads the same region). */
const INSET = 0.03;

/**
 * `shadow`: a cast shadow across the document (a hand, a phone, the photographer): a large part of
 * it whose paper is darker than the document's lit paper (see {@link largestShadow}), keeping the
 * paper's colour, with an edge where the light comes back within a short distance.
 * Not a shadow: an evenly dim photo (the paper is compared with the document's own lit paper;
 * that is `too_dark`), vignetting or light falling off across a page (no edge), a dark band of
 * the design (not the paper's colour). Fails from `shadow.failShare` of the document, warns below.
 * Whether it covers the portrait is not judged: a printed portrait is itself darker than the
 * paper, so it reads as shaded whether or not a shadow falls on it.
 */
export const shadowCheck: Check<ShadowEvidence> = {
  name: 'shadow',
  kinds: ['document'],
  codes: [ISSUE_CODES.shadow],
  measure(context) {
    // As for the glare veil: only on a document that was found (or fills the frame); a photo
    // without one (a screen, a scene) has no paper to compare.
    const region = context.document?.corners == null ? undefined : documentRegion(context, INSET, WORKING_SIDE);
    const shadow = region && largestShadow(region);
    const scores = {
      shadowShare: shadow?.share ?? 0,
      shadowDarkening: shadow?.darkening ?? 0,
      shadowEdgeStep: shadow?.edgeStep ?? 0,
      shadowPaperShift: shadow?.paperShift ?? 0,
    };
    if (region === undefined || shadow === undefined) return { scores };
    const grid = { x: region.x, y: region.y, side: shadow.cellSide * region.factor };
    return { scores, evidence: { box: workingBox(region, shadow.box), grid, cells: shadow.cells } };
  },
  judge({ scores, evidence }, { options: { shadow: options }, frame, faces }) {
    const share = scores.shadowShare!;
    const portrait = evidence && faces?.[0] && paperCellsOverPortrait(evidence, faces[0].box);
    if (
      evidence === undefined ||
      share < options.minShare ||
      scores.shadowDarkening! < options.minDarkening ||
      scores.shadowDarkening! > options.maxDarkening ||
      scores.shadowEdgeStep! < options.minEdgeStep ||
      (portrait ? paperShift(portrait) : scores.shadowPaperShift!) > options.maxPaperShift
    ) {
      return { issues: [] };
    }
    const fails = share >= options.failShare;
    return {
      issues: [
        {
          code: ISSUE_CODES.shadow,
          severity: fails ? 'fail' : 'warn',
          score: share,
          threshold: fails ? options.failShare : options.minShare,
          region: scaleBox(evidence.box, frame.scale),
          detail: portrait ? 'a shadow over the portrait' : 'a shadow across the document',
          facts: {
            darkening: Math.round(scores.shadowDarkening! * 100) / 100,
            ...(portrait && { overPortrait: true as const }),
          },
        },
      ],
    };
  },
};

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
 * portrait: it covers {@link FACE_COVERED} of the cells centred in the face box and reaches the
 * paper beyond the photo (a cell centred outside {@link PHOTO_AROUND}). Undefined otherwise.
 * Over the photo a cell's "paper" (its brightest pixels) is the photo's: skin, hair, the pale
 * background, of other colours than the document's. So the colour is judged on the paper beyond
 * the photo when the shadow covers {@link MIN_PAPER_CELLS} cells there, else (a shadow over little
 * but the portrait) on its cells off the face. A dark portrait alone reaches no paper beyond the
 * photo.
 */
function paperCellsOverPortrait(evidence: ShadowEvidence, face: Box): ShadowCell[] | undefined {
  const { x, y, side } = evidence.grid;
  const key = (cell: { col: number; row: number }) => `${cell.col},${cell.row}`;
  const faceCells = new Set<string>();
  const [col0, col1] = [Math.ceil((face.x - x) / side - 0.5), Math.floor((face.x + face.width - x) / side - 0.5)];
  const [row0, row1] = [Math.ceil((face.y - y) / side - 0.5), Math.floor((face.y + face.height - y) / side - 0.5)];
  for (let row = row0; row <= row1; row++) for (let col = col0; col <= col1; col++) faceCells.add(key({ col, row }));
  // A face smaller than a cell: the cell holding its centre.
  if (faceCells.size === 0) {
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
  if (covered < FACE_COVERED * faceCells.size || beyondPhoto.length === 0) return undefined;
  return beyondPhoto.length >= MIN_PAPER_CELLS
    ? beyondPhoto
    : evidence.cells.filter((cell) => !faceCells.has(key(cell)));
}

/**
 * Where the shadow is, in analysis pixels: its bounding box, and its cells on the grid whose cell
 * (0, 0) has its top-left corner at (`grid.x`, `grid.y`).
 */
interface ShadowEvidence {
  box: Box;
  grid: { x: number; y: number; side: number };
  cells: ShadowCell[];
}
