/** The rotation factors of a `count`-point transform: cos and sin of −2πk / `count`, k < `count` / 2. */
interface Twiddles {
  cos: Float64Array;
  sin: Float64Array;
}

/** Twiddles by transform size, computed once: a block's 2 × `size` transforms all use the same. */
const twiddleCache = new Map<number, Twiddles>();

function twiddlesFor(count: number): Twiddles {
  let twiddles = twiddleCache.get(count);
  if (twiddles === undefined) {
    const half = count / 2;
    twiddles = { cos: new Float64Array(half), sin: new Float64Array(half) };
    for (let k = 0; k < half; k++) {
      twiddles.cos[k] = Math.cos((-2 * Math.PI * k) / count);
      twiddles.sin[k] = Math.sin((-2 * Math.PI * k) / count);
    }
    twiddleCache.set(count, twiddles);
  }
  return twiddles;
}

/**
 * In-place radix-2 fast Fourier transform of `count` complex values stored at `offset`,
 * `offset + stride`, … in `re` and `im` (a row or a column of a square block). `count` must be a
 * power of two; the caller checks it once (see {@link powerSpectrum}). `twiddles` holds
 * cos and sin of −2πk / `count` for k < `count` / 2 (see {@link twiddlesFor}).
 */
function fftInPlace(
  re: Float64Array,
  im: Float64Array,
  offset: number,
  stride: number,
  count: number,
  twiddles: Twiddles,
): void {
  for (let i = 1, j = 0; i < count; i++) {
    let bit = count >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const a = offset + i * stride;
      const b = offset + j * stride;
      [re[a], re[b]] = [re[b]!, re[a]!];
      [im[a], im[b]] = [im[b]!, im[a]!];
    }
  }
  for (let length = 2; length <= count; length <<= 1) {
    const step = count / length;
    for (let start = 0; start < count; start += length) {
      for (let k = 0; k < length / 2; k++) {
        const cos = twiddles.cos[k * step]!;
        const sin = twiddles.sin[k * step]!;
        const a = offset + (start + k) * stride;
        const b = offset + (start + k + length / 2) * stride;
        const tRe = re[b]! * cos - im[b]! * sin;
        const tIm = re[b]! * sin + im[b]! * cos;
        re[b] = re[a]! - tRe;
        im[b] = im[a]! - tIm;
        re[a]! += tRe;
        im[a]! += tIm;
      }
    }
  }
}

/**
 * Power spectrum |F(ky, kx)|² of a real square block of side `size` (row by row), unnormalised:
 * by Parseval, its sum is `size`² × the block's sum of squares. Index ky·size + kx, frequencies
 * wrapping as in any DFT (bin k above size / 2 is the negative frequency k − size).
 * @throws RangeError when `size` is not a power of two or `block` is not `size`² long.
 */
export function powerSpectrum(block: Float64Array, size: number): Float64Array {
  if (!Number.isInteger(size) || size < 2 || (size & (size - 1)) !== 0) {
    throw new RangeError(`size must be a power of two of at least 2; got ${size}`);
  }
  if (block.length !== size * size)
    throw new RangeError(`block length must be size² = ${size * size}; got ${block.length}`);
  const re = Float64Array.from(block);
  const im = new Float64Array(block.length);
  const twiddles = twiddlesFor(size);
  for (let row = 0; row < size; row++) fftInPlace(re, im, row * size, 1, size, twiddles);
  for (let column = 0; column < size; column++) fftInPlace(re, im, column, size, size, twiddles);
  for (let i = 0; i < re.length; i++) re[i] = re[i]! * re[i]! + im[i]! * im[i]!;
  return re;
}
