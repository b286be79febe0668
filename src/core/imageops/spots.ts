/** A connected group of marked pixels. */
export interface Spot {
  /** The spot's number in the label image of {@link findSpots} (from 1). */
  label: number;
  /** Pixels in the spot. */
  area: number;
  /** Bounding box, in pixels (x1/y1 exclusive). */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Pixels of the spot next to an unmeasured pixel (`outside` in {@link findSpots}) or the image border. */
  contact: number;
  /** Length over width of the spot's equivalent ellipse (from its second moments): 1 for a disc. */
  elongation: number;
}

/**
 * The mask's morphological opening by a 3×3 square: pixels that belong to some fully marked 3×3
 * block. Thin lines and single pixels go; solid areas keep their shape.
 */
export function openMask(mask: Uint8Array, width: number, height: number): Uint8Array {
  const core = new Uint8Array(width * height);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1, o = y * width + 1; x < width - 1; x++, o++) {
      core[o] =
        mask[o - width - 1]! &
        mask[o - width]! &
        mask[o - width + 1]! &
        mask[o - 1]! &
        mask[o]! &
        mask[o + 1]! &
        mask[o + width - 1]! &
        mask[o + width]! &
        mask[o + width + 1]!;
    }
  }
  const opened = new Uint8Array(width * height);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1, o = y * width + 1; x < width - 1; x++, o++) {
      if (core[o] === 0) continue;
      for (let dy = -1; dy <= 1; dy++) opened.fill(1, o + dy * width - 1, o + dy * width + 2);
    }
  }
  return opened;
}

/** Left, right, up, down: ±1 in x, then ±1 row. */
const NEIGHBOUR_STEP = [-1, 1, -1, 1];

/**
 * The 4-connected spots of a 0/1 mask, largest first, and a label image giving each pixel its
 * spot's label (0 outside spots). `measured` marks the pixels that were looked at, for
 * {@link Spot.contact}.
 */
export function findSpots(
  mask: Uint8Array,
  width: number,
  height: number,
  measured?: Uint8Array,
): { spots: Spot[]; labels: Int32Array } {
  const labels = new Int32Array(width * height);
  const stack = new Int32Array(width * height);
  const spots: Spot[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (mask[start] === 0 || labels[start] !== 0) continue;
    const spot: Spot = {
      label: spots.length + 1,
      area: 0,
      x0: width,
      y0: height,
      x1: 0,
      y1: 0,
      elongation: 1,
      contact: 0,
    };
    let sumX = 0;
    let sumY = 0;
    let sumXX = 0;
    let sumYY = 0;
    let sumXY = 0;
    let top = 0;
    stack[top++] = start;
    labels[start] = spot.label;
    while (top > 0) {
      const o = stack[--top]!;
      const x = o % width;
      const y = (o - x) / width;
      spot.area++;
      sumX += x;
      sumY += y;
      sumXX += x * x;
      sumYY += y * y;
      sumXY += x * y;
      spot.x0 = Math.min(spot.x0, x);
      spot.y0 = Math.min(spot.y0, y);
      spot.x1 = Math.max(spot.x1, x + 1);
      spot.y1 = Math.max(spot.y1, y + 1);
      let touches = false;
      for (let k = 0; k < 4; k++) {
        const inside = k === 0 ? x > 0 : k === 1 ? x < width - 1 : k === 2 ? y > 0 : y < height - 1;
        const n = o + (k < 2 ? NEIGHBOUR_STEP[k]! : NEIGHBOUR_STEP[k]! * width);
        if (!inside || (measured !== undefined && measured[n] === 0)) touches = true;
        if (!inside || mask[n] === 0 || labels[n] !== 0) continue;
        labels[n] = spot.label;
        stack[top++] = n;
      }
      if (touches) spot.contact++;
    }
    spot.elongation = elongation(spot.area, sumX, sumY, sumXX, sumYY, sumXY);
    spots.push(spot);
  }
  return { spots: spots.sort((a, b) => b.area - a.area), labels };
}

/** Square root of the ratio of the covariance's eigenvalues (a pixel's own extent counted in). */
function elongation(n: number, sumX: number, sumY: number, sumXX: number, sumYY: number, sumXY: number): number {
  const pixel = 1 / 12;
  const varX = sumXX / n - (sumX / n) ** 2 + pixel;
  const varY = sumYY / n - (sumY / n) ** 2 + pixel;
  const cov = sumXY / n - (sumX / n) * (sumY / n);
  const spread = Math.sqrt(((varX - varY) / 2) ** 2 + cov * cov);
  const mean = (varX + varY) / 2;
  return Math.sqrt((mean + spread) / Math.max(mean - spread, 1e-9));
}
