/**
 * The rotation factors of a `count`-point transform: cos and sin of −2πk / `count`, k < `count` / 2;
 * and its input order: `reversed[i]` is `i` with its bits reversed.
 */
interface Twiddles {
  cos: Float64Array;
  sin: Float64Array;
  reversed: Uint32Array;
}

/** Twiddles by transform size, computed once: a block's 2 × `size` transforms all use the same. */
const twiddleCache = new Map<number, Twiddles>();

function twiddlesFor(count: number): Twiddles {
  let twiddles = twiddleCache.get(count);
  if (twiddles === undefined) {
    const half = count / 2;
    twiddles = { cos: new Float64Array(half), sin: new Float64Array(half), reversed: new Uint32Array(count) };
    for (let k = 0; k < half; k++) {
      twiddles.cos[k] = Math.cos((-2 * Math.PI * k) / count);
      twiddles.sin[k] = Math.sin((-2 * Math.PI * k) / count);
    }
    for (let i = 1, j = 0; i < count; i++) {
      let bit = count >> 1;
      for (; j & bit; bit >>= 1) j ^= bit;
      j ^= bit;
      twiddles.reversed[i] = j;
    }
    twiddleCache.set(count, twiddles);
  }
  return twiddles;
}

/**
 * In-place radix-2 fast Fourier transform of `count` complex values stored at `offset`,
 * `offset + stride`, … in `re` and `im` (a row or a column of a square block). `count` must be a
 * power of two; the caller checks it once (see `transform2d`). `twiddles` holds
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
  const reversed = twiddles.reversed;
  for (let i = 1; i < count; i++) {
    const j = reversed[i]!;
    if (i >= j) continue;
    const a = offset + i * stride;
    const b = offset + j * stride;
    const re0 = re[a]!;
    re[a] = re[b]!;
    re[b] = re0;
    const im0 = im[a]!;
    im[a] = im[b]!;
    im[b] = im0;
  }
  const { cos: cosines, sin: sines } = twiddles;
  for (let length = 2; length <= count; length <<= 1) {
    const half = length >> 1;
    const step = count / length;
    for (let start = 0; start < count; start += length) {
      for (let k = 0; k < half; k++) {
        const cos = cosines[k * step]!;
        const sin = sines[k * step]!;
        const a = offset + (start + k) * stride;
        const b = a + half * stride;
        const bRe = re[b]!;
        const bIm = im[b]!;
        const tRe = bRe * cos - bIm * sin;
        const tIm = bRe * sin + bIm * cos;
        const aRe = re[a]!;
        const aIm = im[a]!;
        re[b] = aRe - tRe;
        im[b] = aIm - tIm;
        re[a] = aRe + tRe;
        im[a] = aIm + tIm;
      }
    }
  }
}

/** The 2-D transform of the square complex block `re` + i `im` of side `size`, in place: every row, then every column. */
function transform2d(re: Float64Array, im: Float64Array, size: number): void {
  if (!Number.isInteger(size) || size < 2 || (size & (size - 1)) !== 0) {
    throw new RangeError(`size must be a power of two of at least 2; got ${size}`);
  }
  const twiddles = twiddlesFor(size);
  for (let row = 0; row < size; row++) fftInPlace(re, im, row * size, 1, size, twiddles);
  for (let column = 0; column < size; column++) fftInPlace(re, im, column, size, size, twiddles);
}

/**
 * Power spectrum |F(ky, kx)|² of a real square block of side `size` (row by row), unnormalised:
 * by Parseval, its sum is `size`² × the block's sum of squares. Index ky·size + kx, frequencies
 * wrapping as in any DFT (bin k above size / 2 is the negative frequency k − size).
 * @throws RangeError when `size` is not a power of two or `block` is not `size`² long.
 */
export function powerSpectrum(block: Float64Array, size: number): Float64Array {
  checkLength(block, size);
  const re = Float64Array.from(block);
  const im = new Float64Array(block.length);
  transform2d(re, im, size);
  for (let i = 0; i < re.length; i++) re[i] = re[i]! * re[i]! + im[i]! * im[i]!;
  return re;
}

/**
 * The power spectra (as {@link powerSpectrum}) of two real blocks of side `size` from one complex
 * transform: of a + i b, whose bin k is A(k) + i B(k), and as a and b are real, A(−k) and B(−k)
 * are the conjugates of A(k) and B(k); so A(k) = (Z(k) + conj Z(−k)) / 2 and
 * B(k) = (Z(k) − conj Z(−k)) / 2i. Half the work of two transforms; equal to them but for rounding.
 * @throws RangeError as {@link powerSpectrum}.
 */
export function powerSpectra(a: Float64Array, b: Float64Array, size: number): [Float64Array, Float64Array] {
  checkLength(a, size);
  checkLength(b, size);
  const re = Float64Array.from(a);
  const im = Float64Array.from(b);
  transform2d(re, im, size);
  const powerA = new Float64Array(a.length);
  const powerB = new Float64Array(a.length);
  for (let ky = 0; ky < size; ky++) {
    const mirrorRow = ((size - ky) % size) * size;
    for (let kx = 0; kx < size; kx++) {
      const bin = ky * size + kx;
      const mirror = mirrorRow + ((size - kx) % size);
      const sumRe = re[bin]! + re[mirror]!;
      const diffRe = re[bin]! - re[mirror]!;
      const sumIm = im[bin]! + im[mirror]!;
      const diffIm = im[bin]! - im[mirror]!;
      powerA[bin] = (sumRe * sumRe + diffIm * diffIm) / 4;
      powerB[bin] = (diffRe * diffRe + sumIm * sumIm) / 4;
    }
  }
  return [powerA, powerB];
}

function checkLength(block: Float64Array, size: number): void {
  if (block.length !== size * size)
    throw new RangeError(`block length must be size² = ${size * size}; got ${block.length}`);
}
