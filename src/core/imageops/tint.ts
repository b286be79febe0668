/**
 * The single-tint model of a monochrome image: its chroma lies along one hue direction, with a
 * strength that is a smooth function of brightness (a sepia print, a blue-toned scan, a colour
 * cast on gray paper). Residuals from the model are what real colours leave.
 */

const FIT_PASSES = 3;

/**
 * Per pixel, how far its chroma is from the photo's single-tint model (0-255 units): ~0 for
 * gray, sepia or colour-cast monochrome content, large for real colours.
 */
export function tintResiduals(cb: Float32Array, cr: Float32Array, luma: Uint8Array, inlierLimit: number): Float32Array {
  const count = luma.length;

  // Dominant chroma direction: principal axis of the (uncentred) chroma second moments.
  let sbb = 0;
  let srr = 0;
  let sbr = 0;
  for (let p = 0; p < count; p++) {
    sbb += cb[p]! * cb[p]!;
    srr += cr[p]! * cr[p]!;
    sbr += cb[p]! * cr[p]!;
  }
  const angle = 0.5 * Math.atan2(2 * sbr, sbb - srr);
  const dirB = Math.cos(angle);
  const dirR = Math.sin(angle);
  const along = new Float32Array(count);
  const across = new Float32Array(count);
  for (let p = 0; p < count; p++) {
    along[p] = cb[p]! * dirB + cr[p]! * dirR;
    across[p] = cr[p]! * dirB - cb[p]! * dirR;
  }

  // Along the tint direction, chroma strength as a quadratic in luma, refit on inliers.
  const residuals = new Float32Array(count);
  let coefficients: [number, number, number] = [0, 0, 0];
  for (let pass = 0; pass < FIT_PASSES; pass++) {
    const limit = pass === 0 ? Infinity : inlierLimit;
    coefficients = fitQuadratic(luma, along, residuals, limit) ?? coefficients;
    const [c0, c1, c2] = coefficients;
    for (let p = 0; p < count; p++) {
      const y = luma[p]! / 255;
      const a = across[p]!;
      const d = along[p]! - (c0 + c1 * y + c2 * y * y);
      residuals[p] = Math.sqrt(a * a + d * d);
    }
  }
  return residuals;
}

/**
 * Least-squares fit value ≈ c0 + c1·y + c2·y² (y = luma / 255) over the pixels whose current
 * residual is within `limit`.
 */
function fitQuadratic(
  luma: Uint8Array,
  value: Float32Array,
  residuals: Float32Array,
  limit: number,
): [number, number, number] | null {
  // Normal equations from moments of y (0..4) and of value·y (0..2).
  const m = new Float64Array(5);
  const v = new Float64Array(3);
  for (let p = 0; p < luma.length; p++) {
    if (residuals[p]! > limit) continue;
    const y = luma[p]! / 255;
    const t = value[p]!;
    const y2 = y * y;
    m[0]! += 1;
    m[1]! += y;
    m[2]! += y2;
    m[3]! += y2 * y;
    m[4]! += y2 * y2;
    v[0]! += t;
    v[1]! += t * y;
    v[2]! += t * y2;
  }
  if (m[0]! < 3) return null;
  // A small ridge keeps images with only one or two luma levels (bi-level scans) solvable.
  const ridge = 1e-6 * m[0]!;
  return solve3(
    [
      [m[0]! + ridge, m[1]!, m[2]!],
      [m[1]!, m[2]! + ridge, m[3]!],
      [m[2]!, m[3]!, m[4]! + ridge],
    ],
    [v[0]!, v[1]!, v[2]!],
  );
}

/** Solves a 3×3 linear system by Cramer's rule; null when (near) singular. */
function solve3(a: number[][], b: number[]): [number, number, number] | null {
  const det = (m: number[][]): number =>
    m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) -
    m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) +
    m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);
  const d = det(a);
  if (Math.abs(d) < 1e-12) return null;
  const column = (k: number): number[][] => a.map((row, i) => row.map((x, j) => (j === k ? b[i]! : x)));
  return [det(column(0)) / d, det(column(1)) / d, det(column(2)) / d];
}
