import type { GrayImage, Point, Raster } from '../types.js';
import { hannWindow, periodicStripeShares, type BlockPeak, type StripeOptions, type StripePlane } from './stripes.js';

/** How {@link greenMagentaStripeShare} looks: the stripe measure's settings, and how firmly green must oppose red and blue. */
export interface GreenMagentaOptions extends StripeOptions {
  /**
   * Green's stripes against red's and blue's together: the cosine of their phase difference at
   * the block's peak must be at most minus this (1: exactly opposite; ink stripes are near +1).
   */
  minOpposition: number;
  /** Red's and blue's stripes together: the cosine of their phase difference must be at least this. */
  minRedBlueAgreement: number;
}

/**
 * Share of blocks covered by *green and magenta bands*: stripes in G − (R + B) / 2 that continue
 * into a neighbouring block (`periodicStripeShare`) and along which green rises where red and
 * blue fall together. A phone's sensor samples green on a chequerboard and red and blue each on
 * every other row and column; a screen's pixel grid near those sampling rates is demosaiced into
 * false colour of exactly that kind, the green and magenta moiré of photos of screens. A printed
 * line darkens where its ink lies, in every channel alike (a magenta ink most in green), so its
 * stripes keep green in phase with red and blue, however coloured the ink.
 *
 * With a `region` (a clockwise quad in the raster's pixels: a document's outline), the share is
 * of the blocks whose centre lies inside it.
 */
export function greenMagentaStripeShare(
  raster: Raster,
  options: GreenMagentaOptions,
  region?: readonly Point[],
): number {
  return periodicStripeShares([greenMagentaStripes(raster, options)], region)[0]!;
}

/**
 * The plane and phase gate of {@link greenMagentaStripeShare}, for `periodicStripeShares` to
 * look at together with another plane of the raster's size.
 */
export function greenMagentaStripes(raster: Raster, options: GreenMagentaOptions): StripePlane {
  const { blockSize, minOpposition, minRedBlueAgreement } = options;
  const window = hannWindow(blockSize);
  const turns = turnTable(blockSize);
  const gate = (left: number, top: number, peak: BlockPeak): boolean => {
    const [red, green, blue] = [0, 1, 2].map((channel) =>
      stripeAmplitude(raster, channel, left, top, peak, window, turns),
    ) as [Complex, Complex, Complex];
    const redBlue = { re: red.re + blue.re, im: red.im + blue.im };
    return phaseCosine(green, redBlue) <= -minOpposition && phaseCosine(red, blue) >= minRedBlueAgreement;
  };
  return { plane: greenMagentaPlane(raster), options, gate };
}

interface Complex {
  re: number;
  im: number;
}

/** G − (R + B) / 2 around a mid-grey 128, clamped to a byte: the green–magenta axis of colour. */
function greenMagentaPlane({ data, width, height }: Raster): GrayImage {
  const plane = new Uint8Array(width * height);
  for (let p = 0, i = 0; p < plane.length; p++, i += 4) {
    plane[p] = Math.max(0, Math.min(255, Math.round(128 + data[i + 1]! - (data[i]! + data[i + 2]!) / 2)));
  }
  return { data: plane, width, height };
}

/**
 * One channel's Fourier coefficient at the block's peak frequency (Hann-windowed, mean removed):
 * the amplitude and phase of that channel's stripes.
 */
function stripeAmplitude(
  { data, width }: Raster,
  channel: number,
  left: number,
  top: number,
  { ky, kx }: BlockPeak,
  window: Float64Array,
  { size, cos, sin }: TurnTable,
): Complex {
  let mean = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) mean += data[((top + y) * width + left + x) * 4 + channel]!;
  }
  mean /= size * size;
  // The peak sits on whole bins, so the phase at (x, y) is a whole number of size-ths of a turn.
  const wrap = (k: number): number => ((k % size) + size) % size;
  let re = 0;
  let im = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const value = (data[((top + y) * width + left + x) * 4 + channel]! - mean) * window[y * size + x]!;
      const phase = wrap(ky * y + kx * x);
      re += value * cos[phase]!;
      im += value * sin[phase]!;
    }
  }
  return { re, im };
}

/** cos and sin of −2πk / `size` for every whole k < `size`: the phases a block's peak takes. */
interface TurnTable {
  size: number;
  cos: number[];
  sin: number[];
}

function turnTable(size: number): TurnTable {
  const turn = Array.from({ length: size }, (_, k) => (-2 * Math.PI * k) / size);
  return { size, cos: turn.map(Math.cos), sin: turn.map(Math.sin) };
}

function phaseCosine(a: Complex, b: Complex): number {
  const norms = Math.hypot(a.re, a.im) * Math.hypot(b.re, b.im);
  return norms === 0 ? 0 : (a.re * b.re + a.im * b.im) / norms;
}
