/**
 * Mean over a (2·`radius` + 1)² square around every pixel of a float plane (edges clamped), in
 * two running-sum passes: O(1) per pixel whatever the radius.
 */
export function boxBlur(plane: Float32Array, width: number, height: number, radius: number): Float32Array {
  if (plane.length !== width * height) {
    throw new RangeError(`plane length must be width*height = ${width * height}; got ${plane.length}`);
  }
  if (!Number.isInteger(radius) || radius < 0)
    throw new RangeError(`radius must be a non-negative integer; got ${radius}`);
  const rows = new Float32Array(plane.length);
  for (let y = 0; y < height; y++) blurLine(plane, rows, y * width, 1, width, radius);
  const out = new Float32Array(plane.length);
  for (let x = 0; x < width; x++) blurLine(rows, out, x, width, height, radius);
  return out;
}

/** Box mean along one row or column: `count` samples from `start`, `stride` apart. */
function blurLine(
  source: Float32Array,
  target: Float32Array,
  start: number,
  stride: number,
  count: number,
  radius: number,
): void {
  const at = (i: number): number => source[start + Math.min(count - 1, Math.max(0, i)) * stride]!;
  let sum = 0;
  for (let i = -radius; i <= radius; i++) sum += at(i);
  const size = 2 * radius + 1;
  for (let i = 0; i < count; i++) {
    target[start + i * stride] = sum / size;
    sum += at(i + radius + 1) - at(i - radius);
  }
}
