/**
 * Mean over a (2·`radius` + 1)² square around every pixel of a float plane (edges clamped), in
 * two running-sum passes: O(1) per pixel whatever the radius. The vertical pass keeps one running
 * sum per column and walks the rows in memory order.
 */
export function boxBlur(plane: Float32Array, width: number, height: number, radius: number): Float32Array {
  checkPlane(plane, width, height, radius);
  const rows = blurRows(plane, width, height, radius);
  const out = new Float32Array(plane.length);
  const sums = columnSums(rows, width, height, radius);
  const scale = 1 / (2 * radius + 1);
  for (let y = 0; y < height; y++) {
    const to = y * width;
    const [enter, leave] = [rowStart(y + radius + 1, width, height), rowStart(y - radius, width, height)];
    for (let x = 0; x < width; x++) {
      out[to + x] = sums[x]! * scale;
      sums[x]! += rows[enter + x]! - rows[leave + x]!;
    }
  }
  return out;
}

/**
 * A band-pass: `boxBlur` of radius `inner` less that of radius `outer`, equal to subtracting the
 * two blurs (each rounded to a float first), but walking down the columns once for both.
 */
export function boxBandPass(
  plane: Float32Array,
  width: number,
  height: number,
  inner: number,
  outer: number,
): Float32Array {
  checkPlane(plane, width, height, inner);
  checkPlane(plane, width, height, outer);
  const fineRows = blurRows(plane, width, height, inner);
  const coarseRows = blurRows(plane, width, height, outer);
  const out = new Float32Array(plane.length);
  const fineSums = columnSums(fineRows, width, height, inner);
  const coarseSums = columnSums(coarseRows, width, height, outer);
  const [fineScale, coarseScale] = [1 / (2 * inner + 1), 1 / (2 * outer + 1)];
  for (let y = 0; y < height; y++) {
    const to = y * width;
    const [fineEnter, fineLeave] = [rowStart(y + inner + 1, width, height), rowStart(y - inner, width, height)];
    const [coarseEnter, coarseLeave] = [rowStart(y + outer + 1, width, height), rowStart(y - outer, width, height)];
    for (let x = 0; x < width; x++) {
      out[to + x] = Math.fround(fineSums[x]! * fineScale) - Math.fround(coarseSums[x]! * coarseScale);
      fineSums[x]! += fineRows[fineEnter + x]! - fineRows[fineLeave + x]!;
      coarseSums[x]! += coarseRows[coarseEnter + x]! - coarseRows[coarseLeave + x]!;
    }
  }
  return out;
}

function checkPlane(plane: Float32Array, width: number, height: number, radius: number): void {
  if (plane.length !== width * height) {
    throw new RangeError(`plane length must be width*height = ${width * height}; got ${plane.length}`);
  }
  if (!Number.isInteger(radius) || radius < 0)
    throw new RangeError(`radius must be a non-negative integer; got ${radius}`);
}

/** The box mean of every row (the first pass). */
function blurRows(plane: Float32Array, width: number, height: number, radius: number): Float32Array {
  const rows = new Float32Array(plane.length);
  for (let y = 0; y < height; y++) blurRow(plane, rows, y * width, width, radius);
  return rows;
}

/** Box mean along one row of `count` samples from `start`, the ends clamped. */
function blurRow(source: Float32Array, target: Float32Array, start: number, count: number, radius: number): void {
  const last = start + count - 1;
  const at = (i: number): number => (i < start ? start : i > last ? last : i);
  let sum = 0;
  for (let i = start - radius; i <= start + radius; i++) sum += source[at(i)]!;
  const scale = 1 / (2 * radius + 1);
  for (let i = start; i <= last; i++) {
    target[i] = sum * scale;
    sum += source[at(i + radius + 1)]! - source[at(i - radius)]!;
  }
}

/** Start of row `y` of the plane, clamped to its rows. */
function rowStart(y: number, width: number, height: number): number {
  return (y < 0 ? 0 : y >= height ? height - 1 : y) * width;
}

/** Per column, the sum of rows −`radius` to `radius` (clamped): the running sums' start. */
function columnSums(rows: Float32Array, width: number, height: number, radius: number): Float64Array {
  const sums = new Float64Array(width);
  for (let y = -radius; y <= radius; y++) {
    const from = rowStart(y, width, height);
    for (let x = 0; x < width; x++) sums[x]! += rows[from + x]!;
  }
  return sums;
}
