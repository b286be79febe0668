/**
 * Radix-2 fast Fourier transform, in place, and the 2-D power spectrum of a square luma window:
 * what the screen-recapture check looks at for moiré (periodic peaks a camera photo of paper does
 * not have).
 */

/** In-place complex FFT of `re` + i·`im`; the length must be a power of two. */
export function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  if (n !== im.length || n === 0 || (n & (n - 1)) !== 0) {
    throw new RangeError(`fft length must be a power of two and equal for re and im; got ${n} and ${im.length}`);
  }
  // Bit-reversal permutation.
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const half = size >> 1;
    const step = (-2 * Math.PI) / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < half; k++) {
        const cos = Math.cos(step * k);
        const sin = Math.sin(step * k);
        const a = start + k;
        const b = a + half;
        const tre = re[b]! * cos - im[b]! * sin;
        const tim = re[b]! * sin + im[b]! * cos;
        re[b] = re[a]! - tre;
        im[b] = im[a]! - tim;
        re[a]! += tre;
        im[a]! += tim;
      }
    }
  }
}

/**
 * Power spectrum |F(u, v)|² of a `size` × `size` window of a gray image whose top-left corner is
 * (`left`, `top`), mean removed and Hann-windowed so the window's borders do not add spurious
 * peaks. Row-major, `size` a power of two; index (v * size + u), frequency 0 at index 0.
 */
export function powerSpectrum(
  gray: { data: ArrayLike<number>; width: number; height: number },
  left: number,
  top: number,
  size: number,
): Float64Array {
  if (left < 0 || top < 0 || left + size > gray.width || top + size > gray.height) {
    throw new RangeError(
      `window ${size}x${size} at (${left}, ${top}) is outside the ${gray.width}x${gray.height} image`,
    );
  }
  const re = new Float64Array(size * size);
  const im = new Float64Array(size * size);
  let mean = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) mean += gray.data[(top + y) * gray.width + left + x]!;
  }
  mean /= size * size;
  const hann = Float64Array.from({ length: size }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (size - 1)));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      re[y * size + x] = (gray.data[(top + y) * gray.width + left + x]! - mean) * hann[x]! * hann[y]!;
    }
  }
  const rowRe = new Float64Array(size);
  const rowIm = new Float64Array(size);
  for (let pass = 0; pass < 2; pass++) {
    // Pass 0 transforms rows, pass 1 columns.
    for (let line = 0; line < size; line++) {
      for (let i = 0; i < size; i++) {
        const index = pass === 0 ? line * size + i : i * size + line;
        rowRe[i] = re[index]!;
        rowIm[i] = im[index]!;
      }
      fft(rowRe, rowIm);
      for (let i = 0; i < size; i++) {
        const index = pass === 0 ? line * size + i : i * size + line;
        re[index] = rowRe[i]!;
        im[index] = rowIm[i]!;
      }
    }
  }
  const power = new Float64Array(size * size);
  for (let i = 0; i < power.length; i++) power[i] = re[i]! * re[i]! + im[i]! * im[i]!;
  return power;
}
