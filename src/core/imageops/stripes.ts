import { insideQuad } from '../geometry.js';
import type { GrayImage, Point } from '../types.js';
import { powerSpectra, powerSpectrum } from './fft.js';

/** How {@link periodicStripeShare} looks at the luma. */
export interface StripeOptions {
  /** Side of the square blocks judged one by one, in pixels; a power of two. */
  blockSize: number;
  /** Only periods up to this many pixels count (text lines and print layout are coarser). */
  longestPeriod: number;
  /** Periods below this many pixels do not count either; absent: all count, down to the diagonal's √2. */
  shortestPeriod?: number;
  /** Share of the block's fine-detail energy (periods ≤ `longestPeriod`) one spectral peak must hold. */
  minPeakShare: number;
  /** Root-mean-square contrast (luma levels, 0-255) the fine detail needs, so that flat blocks do not count. */
  minContrast: number;
  /**
   * Share of the block's whole variation the fine detail must hold: stripes that are the block's
   * texture, not the fine edge of larger marks (a row of printed bars, blurred to a wave).
   */
  minFineShare: number;
  /** Two neighbouring blocks show the same stripes when their peaks are this many frequency bins apart at most. */
  maxPeakShift: number;
}

/** A block's strongest fine periodic component: where in its spectrum, and whether it dominates. */
export interface BlockPeak {
  striped: boolean;
  ky: number;
  kx: number;
}

/**
 * A plane looked at for stripes (see {@link periodicStripeShares}), and how. With a `gate`, a
 * block's stripes count only if the gate passes them (given the block's top-left pixel and peak),
 * in the block and in the neighbour they continue into.
 */
export interface StripePlane {
  plane: GrayImage;
  options: StripeOptions;
  gate?: (left: number, top: number, peak: BlockPeak) => boolean;
}

/**
 * Share of blocks covered by *regular fine stripes that continue into a neighbouring block*: the
 * luma moiré of a photo of a screen. The screen's pixel grid, sampled by the camera's pixel grid
 * at a slightly different pitch, beats into stripes of a few pixels that run straight through the
 * picture on the screen, whatever it shows. In a block, such stripes put most of the fine-detail
 * energy into one spectral peak (and its mirror), where text, edges, paper grain and sensor noise
 * spread it; and the next block along has the same peak, where a chance texture's peak moves.
 *
 * Per block (Hann-windowed, mean removed): the power spectrum's bins with a period of at most
 * `longestPeriod`, the strongest of them with its 8 neighbours (a peak between bins spreads over
 * them) and its mirror, over their sum.
 *
 * With a `region` (a clockwise quad in `luma`'s pixels: a document's outline), the share is of the blocks whose centre
 * lies inside it; their neighbours outside it still count as continuing stripes. For `gate`, see
 * {@link StripePlane}.
 */
export function periodicStripeShare(
  luma: GrayImage,
  options: StripeOptions,
  region?: readonly Point[],
  gate?: StripePlane['gate'],
): number {
  return periodicStripeShares([{ plane: luma, options, ...(gate ? { gate } : {}) }], region)[0]!;
}

/**
 * {@link periodicStripeShare} of one or two planes of the same size, looked at in blocks of the
 * same size: a block's spectra are taken together, two real planes in one complex transform (see
 * `powerSpectra`), when either measure first needs that block: the blocks counted, and the
 * neighbours of the striped ones among them (most of the frame around a document outline is never
 * read).
 */
export function periodicStripeShares(planes: readonly StripePlane[], region?: readonly Point[]): number[] {
  const sizes = planes.map(({ plane, options }) => `${plane.width}x${plane.height} in ${options.blockSize}-px blocks`);
  if (planes.length < 1 || planes.length > 2 || new Set(sizes).size !== 1) {
    throw new RangeError(
      `periodicStripeShares takes one or two planes of one size, in blocks of one size; got ${sizes.join(', ') || 'none'}`,
    );
  }
  const { width, height } = planes[0]!.plane;
  const { blockSize } = planes[0]!.options;
  const columns = Math.floor(width / blockSize);
  const rows = Math.floor(height / blockSize);
  if (columns === 0 || rows === 0) return planes.map(() => 0);
  const window = hannWindow(blockSize);
  let windowEnergy = 0;
  for (let i = 0; i < window.length; i++) windowEnergy += window[i]! * window[i]!;
  const fine = planes.map(({ options }) => fineBins(options));
  const peaks: BlockPeak[][] = planes.map(() => new Array<BlockPeak>(columns * rows));
  const peakAt = (planeIndex: number, column: number, row: number): BlockPeak => {
    const block = row * columns + column;
    if (peaks[planeIndex]![block] === undefined) {
      const [left, top] = [column * blockSize, row * blockSize];
      const windowed = planes.map(({ plane }) => windowedBlock(plane, left, top, window));
      const spectra =
        windowed.length === 2
          ? powerSpectra(windowed[0]!, windowed[1]!, blockSize)
          : [powerSpectrum(windowed[0]!, blockSize)];
      planes.forEach(({ options, gate }, index) => {
        const peak = blockPeak(spectra[index]!, windowEnergy, fine[index]!, options);
        if (peak.striped && gate !== undefined) peak.striped = gate(left, top, peak);
        peaks[index]![block] = peak;
      });
    }
    return peaks[planeIndex]![block]!;
  };
  const counts = (column: number, row: number): boolean =>
    region === undefined || insideQuad(region, { x: (column + 0.5) * blockSize, y: (row + 0.5) * blockSize });
  const continued = planes.map(() => 0);
  let counted = 0;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      if (!counts(column, row)) continue;
      counted++;
      planes.forEach(({ options }, planeIndex) => {
        const peak = peakAt(planeIndex, column, row);
        if (!peak.striped) return;
        const neighbours: [number, number][] = [
          [column - 1, row],
          [column + 1, row],
          [column, row - 1],
          [column, row + 1],
        ];
        const inside = neighbours.filter(([x, y]) => x >= 0 && x < columns && y >= 0 && y < rows);
        if (inside.some(([x, y]) => sameStripes(peak, peakAt(planeIndex, x, y), options.maxPeakShift))) {
          continued[planeIndex]!++;
        }
      });
    }
  }
  return continued.map((count) => (counted === 0 ? 0 : count / counted));
}

/** Whether `b` shows the stripes of `a`: striped, its peak (or its mirror) within `maxShift` bins. */
function sameStripes(a: BlockPeak, b: BlockPeak, maxShift: number): boolean {
  return (
    b.striped &&
    (Math.max(Math.abs(a.ky - b.ky), Math.abs(a.kx - b.kx)) <= maxShift ||
      Math.max(Math.abs(a.ky + b.ky), Math.abs(a.kx + b.kx)) <= maxShift)
  );
}

/** The block of `plane` at (`left`, `top`), its mean removed, times the window. */
function windowedBlock(plane: GrayImage, left: number, top: number, window: Float64Array): Float64Array {
  const size = Math.sqrt(window.length);
  const block = new Float64Array(size * size);
  let mean = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) mean += block[y * size + x] = plane.data[(top + y) * plane.width + left + x]!;
  }
  mean /= block.length;
  for (let i = 0; i < block.length; i++) block[i] = (block[i]! - mean) * window[i]!;
  return block;
}

/** A block's peak (see {@link periodicStripeShare}) from its power spectrum; `windowEnergy` is the window's sum of squares. */
function blockPeak(power: Float64Array, windowEnergy: number, fine: Uint8Array, options: StripeOptions): BlockPeak {
  const { blockSize: size, minPeakShare, minContrast, minFineShare } = options;
  const signed = (k: number): number => (k > size / 2 ? k - size : k);
  const isFine = (ky: number, kx: number): boolean => fine[ky * size + kx] === 1;
  let fineEnergy = 0;
  let energy = 0;
  let best = -1;
  for (let ky = 0; ky < size; ky++) {
    for (let kx = 0; kx < size; kx++) {
      const i = ky * size + kx;
      energy += power[i]!;
      if (!isFine(ky, kx)) continue;
      fineEnergy += power[i]!;
      if (best < 0 || power[i]! > power[best]!) best = i;
    }
  }
  const ky = Math.floor(best / size);
  const kx = best % size;
  const peak = { ky: signed(ky), kx: signed(kx) };
  // Parseval: the windowed block's fine detail has mean square fineEnergy / size² per pixel of window weight.
  const contrast = Math.sqrt(fineEnergy / (size * size * windowEnergy));
  if (best < 0 || contrast < minContrast || fineEnergy < minFineShare * energy) return { striped: false, ...peak };
  let peakEnergy = 0;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const y = (ky + dy + size) % size;
      const x = (kx + dx + size) % size;
      if (isFine(y, x)) peakEnergy += power[y * size + x]!;
    }
  }
  // The mirror peak (−ky, −kx) holds as much again: real stripes have both.
  const share = Math.min(1, (2 * peakEnergy) / fineEnergy);
  return { striped: share >= minPeakShare, ...peak };
}

/** Which spectrum bins of a block hold fine detail: periods from `shortestPeriod` to `longestPeriod`. */
function fineBins({ blockSize: size, longestPeriod, shortestPeriod }: StripeOptions): Uint8Array {
  const signed = (k: number): number => (k > size / 2 ? k - size : k);
  const minRadius = size / longestPeriod;
  const maxRadius = shortestPeriod === undefined ? Infinity : size / shortestPeriod;
  const fine = new Uint8Array(size * size);
  for (let ky = 0; ky < size; ky++) {
    for (let kx = 0; kx < size; kx++) {
      const radius = Math.hypot(signed(ky), signed(kx));
      fine[ky * size + kx] = radius >= minRadius && radius <= maxRadius ? 1 : 0;
    }
  }
  return fine;
}

/** The 2-D Hann window of a `size` × `size` block, row by row. */
export function hannWindow(size: number): Float64Array {
  const window = new Float64Array(size * size);
  const along = Array.from({ length: size }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (size - 1)));
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) window[y * size + x] = along[y]! * along[x]!;
  return window;
}
