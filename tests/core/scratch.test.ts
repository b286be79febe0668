import { describe, expect, it } from 'vitest';
import { colourGradient } from '../../src/core/document/gradient.js';
import { Float32Scratch } from '../../src/core/imageops/scratch.js';
import { makeRaster } from '../helpers.js';

describe('Float32Scratch', () => {
  it('hands out the same memory again, per slot, and new memory when more is asked', () => {
    const scratch = new Float32Scratch();
    const first = scratch.get(0, 8);
    first[3] = 7;
    const again = scratch.get(0, 6);
    expect(again.buffer).toBe(first.buffer);
    expect(again[3]).toBe(7); // stale: the caller writes before reading
    expect(scratch.zeroed(0, 8)[3]).toBe(0);
    expect(scratch.get(1, 8).buffer).not.toBe(first.buffer);
    const larger = scratch.get(0, 16);
    expect(larger.buffer).not.toBe(first.buffer);
    expect(larger).toHaveLength(16);
  });

  it('leaves results unchanged from image to image (the gradient field of two pictures in turn)', () => {
    const stripes = makeRaster(64, 48, (x) => (x % 16 < 8 ? [240, 240, 240] : [20, 60, 200]));
    const square = makeRaster(64, 48, (x, y) =>
      x > 20 && x < 44 && y > 12 && y < 36 ? [200, 30, 30] : [250, 250, 250],
    );
    const copy = (field: ReturnType<typeof colourGradient>) => ({ gx: [...field.gx], magnitude: [...field.magnitude] });
    const squareFirst = copy(colourGradient(square, 64));
    colourGradient(stripes, 64);
    expect(copy(colourGradient(square, 64))).toEqual(squareFirst);
  });
});
