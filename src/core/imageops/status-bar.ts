import type { Box, GrayImage } from '../types.js';

/** Phone screens in portrait are at least 16:9; ID cards (1.59), A4 (1.41) and 4:3 photos are not. */
const MIN_PORTRAIT_ASPECT = 1.6;
/** Luma step between neighbouring pixels that counts as a glyph edge (rendered glyphs are crisp). */
const GLYPH_EDGE = 40;
/** A row with fewer glyph edges than this is quiet. */
const MIN_ROW_EDGES = 2;
/** Quiet rows that end the glyph row (the bar's bottom padding). */
const QUIET_ROWS_BELOW = 2;
/*
 * Sizes as a share of the screen width, which fixes the scale: a status bar is 24 dp on Android
 * and 44-59 pt on iPhones, on screens 360-430 wide, and its glyphs fill the middle half of it.
 */
/** The glyphs must start this close to the top of the image. */
const MAX_GLYPH_TOP = 0.04;
/** Height range of the glyph row. */
const MIN_GLYPH_HEIGHT = 0.012;
const MAX_GLYPH_HEIGHT = 0.06;
/** Column gaps wider than this separate glyphs (icons sit 4-8 dp apart; letters of the clock closer). */
const GLYPH_GAP = 0.008;
/** No glyph group is wider than this: the clock with "am" is about 0.13; a line of text is wider. */
const MAX_GLYPH_WIDTH = 0.16;
/** Status icons are right-aligned: the last glyph ends beyond this. */
const MIN_RIGHT_END = 0.9;
/** Between the left group (clock, notifications) and the right one is an empty stretch this wide. */
const MIN_EMPTY_STRETCH = 0.25;

/**
 * Finds a phone status bar at the top of a portrait image: one short row of separate small glyphs
 * (notification icons and clock on the left, signal, Wi-Fi, battery and clock right-aligned), an
 * empty stretch between the two groups, and quiet rows below it. Camera photos of documents do not
 * show this at their top edge; a scan or a tight crop of a card is not as tall as a phone screen.
 * Returns the glyph row in `luma` pixels, or null.
 */
export function findStatusBar(luma: GrayImage): Box | null {
  const { data, width, height } = luma;
  if (height < MIN_PORTRAIT_ASPECT * width) return null;
  const band = Math.min(height, Math.round((MAX_GLYPH_TOP + MAX_GLYPH_HEIGHT) * width));
  // Glyph edges of the band (1 where a pixel steps to its right neighbour), and their count per row.
  const edges = new Uint8Array(band * width);
  const rowEdges = new Int32Array(band);
  for (let y = 0; y < band; y++) {
    for (let i = y * width, end = i + width - 1; i < end; i++) {
      if (Math.abs(data[i + 1]! - data[i]!) <= GLYPH_EDGE) continue;
      edges[i] = 1;
      rowEdges[y]!++;
    }
  }
  const top = rowEdges.findIndex((edges, y) => edges >= MIN_ROW_EDGES && y <= MAX_GLYPH_TOP * width);
  if (top < 0) return null;
  let bottom = top;
  let quiet = 0;
  for (let y = top; y < band && quiet < QUIET_ROWS_BELOW; y++) {
    if (rowEdges[y]! >= MIN_ROW_EDGES) {
      bottom = y;
      quiet = 0;
    } else quiet++;
  }
  const glyphHeight = bottom - top + 1;
  if (quiet < QUIET_ROWS_BELOW || glyphHeight < MIN_GLYPH_HEIGHT * width || glyphHeight > MAX_GLYPH_HEIGHT * width) {
    return null;
  }
  const glyphs = glyphColumns(edges, width, top, bottom);
  if (glyphs.length === 0) return null;
  let emptyStretch = glyphs[0]!.start;
  for (let k = 1; k < glyphs.length; k++) emptyStretch = Math.max(emptyStretch, glyphs[k]!.start - glyphs[k - 1]!.end);
  const rightGlyphs = glyphs.filter((glyph) => glyph.start >= width / 2).length;
  const isStatusBar =
    emptyStretch >= MIN_EMPTY_STRETCH * width &&
    glyphs.at(-1)!.end >= MIN_RIGHT_END * width &&
    rightGlyphs >= 2 &&
    glyphs.every((glyph) => glyph.end - glyph.start <= MAX_GLYPH_WIDTH * width);
  return isStatusBar
    ? { x: glyphs[0]!.start, y: top, width: glyphs.at(-1)!.end - glyphs[0]!.start + 1, height: glyphHeight }
    : null;
}

/** Column runs holding glyph edges between rows `top` and `bottom`, split at gaps wider than {@link GLYPH_GAP}. */
function glyphColumns(edges: Uint8Array, width: number, top: number, bottom: number): { start: number; end: number }[] {
  const inked = new Uint8Array(width);
  for (let y = top; y <= bottom; y++) {
    for (let x = 0; x < width; x++) inked[x]! |= edges[y * width + x]!;
  }
  const maxGap = Math.max(2, Math.round(GLYPH_GAP * width));
  const runs: { start: number; end: number }[] = [];
  for (let x = 0; x < width; x++) {
    if (inked[x] === 0) continue;
    const last = runs.at(-1);
    if (last !== undefined && x - last.end <= maxGap) last.end = x;
    else runs.push({ start: x, end: x });
  }
  return runs;
}
