import type { GrayImage } from '../types.js';

/**
 * Counts of each value 0-255, over the whole image or over the pixels in `spans` (per row, the
 * first column and one past the last, as `convexRowSpans` gives them).
 */
export function histogram(image: GrayImage, spans?: Int32Array): Uint32Array {
  const counts = new Uint32Array(256);
  const { data, width, height } = image;
  if (spans === undefined) {
    for (let i = 0; i < data.length; i++) counts[data[i]!]!++;
    return counts;
  }
  if (spans.length !== 2 * height)
    throw new RangeError(`spans must hold 2 × height (${2 * height}) values; got ${spans.length}`);
  for (let y = 0; y < height; y++) {
    for (let i = y * width + spans[2 * y]!, end = y * width + spans[2 * y + 1]!; i < end; i++) counts[data[i]!]!++;
  }
  return counts;
}

/**
 * The smallest value v such that at least `fraction` of the samples are ≤ v
 * (nearest-rank percentile; `fraction` in [0, 1]).
 */
export function percentile(counts: Uint32Array, fraction: number): number {
  if (!(fraction >= 0 && fraction <= 1)) {
    throw new RangeError(`fraction must be between 0 and 1; got ${fraction}`);
  }
  let total = 0;
  for (let v = 0; v < counts.length; v++) total += counts[v]!;
  if (total === 0) return 0;
  const rank = Math.max(1, Math.ceil(fraction * total));
  let seen = 0;
  for (let v = 0; v < counts.length; v++) {
    seen += counts[v]!;
    if (seen >= rank) return v;
  }
  return counts.length - 1;
}

/** Mean of the samples counted in `counts`. */
export function histogramMean(counts: Uint32Array): number {
  let total = 0;
  let sum = 0;
  for (let v = 0; v < counts.length; v++) {
    total += counts[v]!;
    sum += v * counts[v]!;
  }
  return total === 0 ? 0 : sum / total;
}

/** Share of the samples with a value ≥ `value`. */
export function fractionAtLeast(counts: Uint32Array, value: number): number {
  let total = 0;
  let above = 0;
  for (let v = 0; v < counts.length; v++) {
    total += counts[v]!;
    if (v >= value) above += counts[v]!;
  }
  return total === 0 ? 0 : above / total;
}

/**
 * The `fraction` quantile of a list of numbers by nearest rank, as {@link percentile} takes it of
 * a histogram (the value at rank ceil(fraction × n)); 0 for an empty list.
 */
export function quantile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)]!;
}
