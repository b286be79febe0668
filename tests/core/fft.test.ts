import { describe, expect, it } from 'vitest';
import { fft, powerSpectrum } from '../../src/core/imageops/fft.js';

describe('fft', () => {
  it('turns an impulse into a flat spectrum and a constant into a single bin', () => {
    const re = Float64Array.from([1, 0, 0, 0, 0, 0, 0, 0]);
    const im = new Float64Array(8);
    fft(re, im);
    expect(Array.from(re)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    const constant = new Float64Array(8).fill(2);
    const zero = new Float64Array(8);
    fft(constant, zero);
    expect(constant[0]).toBeCloseTo(16);
    for (let k = 1; k < 8; k++) expect(Math.abs(constant[k]!)).toBeLessThan(1e-12);
  });

  it('puts a cosine of frequency 3 into bins 3 and n-3, and keeps energy (Parseval)', () => {
    const n = 32;
    const signal = Float64Array.from({ length: n }, (_, i) => Math.cos((2 * Math.PI * 3 * i) / n));
    const re = signal.slice();
    const im = new Float64Array(n);
    fft(re, im);
    const magnitude = Array.from(re, (r, k) => Math.hypot(r, im[k]!));
    expect(magnitude[3]).toBeCloseTo(n / 2);
    expect(magnitude[n - 3]).toBeCloseTo(n / 2);
    expect(magnitude.filter((m) => m > 1e-9)).toHaveLength(2);
    const energy = signal.reduce((sum, v) => sum + v * v, 0);
    expect(magnitude.reduce((sum, m) => sum + m * m, 0) / n).toBeCloseTo(energy);
  });

  it('rejects lengths that are not powers of two', () => {
    expect(() => fft(new Float64Array(6), new Float64Array(6))).toThrow(RangeError);
    expect(() => fft(new Float64Array(8), new Float64Array(4))).toThrow(RangeError);
  });
});

describe('powerSpectrum', () => {
  it('finds vertical stripes at horizontal frequency 8 in a 64x64 window', () => {
    const width = 80;
    const height = 70;
    const data = Uint8Array.from(
      { length: width * height },
      (_, i) => 128 + 100 * Math.cos((2 * Math.PI * 8 * (i % width)) / 64),
    );
    const power = powerSpectrum({ data, width, height }, 10, 3, 64);
    let best = 0;
    for (let i = 1; i < power.length; i++) if (power[i]! > power[best]!) best = i;
    const [u, v] = [best % 64, Math.floor(best / 64)];
    expect(v).toBe(0);
    expect([8, 56]).toContain(u);
    expect(power[0]).toBeLessThan(power[best]! * 1e-3); // mean removed
  });

  it('rejects windows outside the image', () => {
    const gray = { data: new Uint8Array(100), width: 10, height: 10 };
    expect(() => powerSpectrum(gray, 4, 0, 8)).toThrow(RangeError);
  });
});
