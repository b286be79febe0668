/**
 * Mean over a (2·`radius` + 1)² square around every pixel of a float plane (edges clamped), in
 * two running-sum passes: O(1) per pixel whatever the radius. The vertical pass keeps one running
 * sum per column and walks the rows in memory order.
 */
export function boxBlur(plane: Float32Array, width: number, height: number, radius: number): Float32Array {
  if (plane.length !== width * height) {
    throw new RangeError(`plane length must be width*height = ${width * height}; got ${plane.length}`);
  }
  if (!Number.isInteger(radius) || radius < 0)
    throw new RangeError(`radius must be a non-negative integer; got ${radius}`);
  const rows = new Float32Array(plane.length);
  for (let y = 0; y < height; y++) blurRow(plane, rows, y * width, width, radius);
  return blurColumns(rows, width, height, radius);
}

/** Box mean along one row of `count` samples from `start`; clamping only near the two ends. */
function blurRow(source: Float32Array, target: Float32Array, start: number, count: number, radius: number): void {
  const last = start + count - 1;
  const at = (i: number): number => source[Math.min(last, Math.max(start, i))]!;
  let sum = 0;
  for (let i = start - radius; i <= start + radius; i++) sum += at(i);
  const scale = 1 / (2 * radius + 1);
  const safeFrom = start + radius;
  const safeTo = last - radius - 1;
  for (let i = start; i <= last; i++) {
    target[i] = sum * scale;
    if (i >= safeFrom && i <= safeTo) sum += source[i + radius + 1]! - source[i - radius]!;
    else sum += at(i + radius + 1) - at(i - radius);
  }
}

/** Box mean down every column at once: one running sum per column, rows read in order. */
function blurColumns(source: Float32Array, width: number, height: number, radius: number): Float32Array {
  const out = new Float32Array(source.length);
  const sums = new Float64Array(width);
  const row = (y: number): number => Math.min(height - 1, Math.max(0, y)) * width;
  for (let y = -radius; y <= radius; y++) {
    const from = row(y);
    for (let x = 0; x < width; x++) sums[x]! += source[from + x]!;
  }
  const scale = 1 / (2 * radius + 1);
  for (let y = 0; y < height; y++) {
    const to = y * width;
    const enter = row(y + radius + 1);
    const leave = row(y - radius);
    for (let x = 0; x < width; x++) {
      out[to + x] = sums[x]! * scale;
      sums[x]! += source[enter + x]! - source[leave + x]!;
    }
  }
  return out;
}
