import { convexRowSpans } from '../geometry.js';
import type { GrayImage, Point } from '../types.js';
import { percentile } from './histogram.js';

/** Share of the way from the centre by which the outline is grown before its outside is measured. */
const OUTSIDE_MARGIN = 0.04;
/** Too few background pixels to judge (the document nearly fills the frame): no spread. */
const MIN_OUTSIDE_SHARE = 0.05;

/**
 * How far an outline lies from square on the frame: the largest angle, in degrees, between one of
 * its sides and the nearer axis of the image. A card on a scanner's glass, scanned as it lies,
 * is square (up to a degree) with no perspective; a camera held over a card almost never is.
 */
export function squareOnTilt(corners: readonly Point[]): number {
  let tilt = 0;
  for (let i = 0; i < corners.length; i++) {
    const a = corners[i]!;
    const b = corners[(i + 1) % corners.length]!;
    const degrees = Math.abs((Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI) % 90;
    tilt = Math.max(tilt, Math.min(degrees, 90 - degrees));
  }
  return tilt;
}

/** Every SAMPLE_STEP-th pixel of every SAMPLE_STEP-th row is counted: a spread needs no more. */
const SAMPLE_STEP = 2;

/**
 * How plain the background around an outline is: the spread (90th - 10th percentile) of the luma
 * outside it, the outline grown a little first so that its edge and shadow are left out. A
 * scanner's lid or empty bed is one even tone (spread of a few levels); a desk, a hand or a
 * room is not, nor is a plain table under a room's light, which falls off across it. -1 when the
 * outline leaves too little of the frame to judge.
 */
export function outsideSpread(luma: GrayImage, corners: readonly Point[]): number {
  const { width, height } = luma;
  const cx = corners.reduce((sum, p) => sum + p.x, 0) / corners.length;
  const cy = corners.reduce((sum, p) => sum + p.y, 0) / corners.length;
  const grown = corners.map((p) => ({
    x: cx + (1 + OUTSIDE_MARGIN) * (p.x - cx),
    y: cy + (1 + OUTSIDE_MARGIN) * (p.y - cy),
  }));
  const spans = convexRowSpans(grown, width, height);
  return sampledSpread(luma, (x, y) => x < spans[2 * y]! || x >= spans[2 * y + 1]!);
}

/**
 * The same spread over the frame's outer band, `share` of its shorter side wide: for a document
 * that fills the frame, whether what lies along its edges is plain (a page's margin, the lid
 * around a card scanned on an A4 page) or print (a scan or photo cropped to a card).
 */
export function borderSpread(luma: GrayImage, share: number): number {
  const { width, height } = luma;
  const band = Math.max(1, Math.round(share * Math.min(width, height)));
  return sampledSpread(luma, (x, y) => x < band || y < band || x >= width - band || y >= height - band);
}

/** Luma spread (90th - 10th percentile) of the sampled pixels where `counts` holds; -1 when too few. */
function sampledSpread(luma: GrayImage, counts: (x: number, y: number) => boolean): number {
  const { width, height, data } = luma;
  const histogram = new Uint32Array(256);
  let counted = 0;
  for (let y = 0; y < height; y += SAMPLE_STEP) {
    for (let x = 0; x < width; x += SAMPLE_STEP) {
      if (!counts(x, y)) continue;
      histogram[data[y * width + x]!]!++;
      counted++;
    }
  }
  if (counted < (MIN_OUTSIDE_SHARE * width * height) / (SAMPLE_STEP * SAMPLE_STEP)) return -1;
  return percentile(histogram, 0.9) - percentile(histogram, 0.1);
}
