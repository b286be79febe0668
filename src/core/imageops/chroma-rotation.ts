import { boxBandPass } from './box-blur.js';
import type { ChromaPlanes } from './chroma.js';

/** How {@link rotatingChromaShare} looks at the chroma planes. */
export interface ChromaRotationOptions {
  /** Side of the square blocks judged one by one, in pixels. */
  blockSize: number;
  /** Band-pass: box radius of the fine blur (removes pixel noise). */
  innerRadius: number;
  /** Band-pass: box radius of the coarse blur that is subtracted (removes colour areas). */
  outerRadius: number;
  /** Band-passed chroma energy (Cb² + Cr², 0-255 units) a block needs to count at all. */
  minEnergy: number;
  /** Rotation coherence (0-1, see below) a block needs to count. */
  minRotation: number;
}

/**
 * Share of blocks whose band-passed colour *rotates*: along the image, the chroma vector (Cb, Cr)
 * turns steadily through the hues, red → green → blue → red, the rainbow fringes of colour moiré.
 * A photo of a screen gets them because the screen's red, green and blue sub-pixel stripes beat
 * against the camera's colour filter grid. Printed colour patterns swing between two inks (the
 * chroma moves back and forth along one line), noise turns both ways at random; neither rotates
 * coherently.
 *
 * Per block, rotation coherence is |Σ z × ∂z| / Σ |z|·|∂z| over its pixels, z = (Cb, Cr)
 * band-passed, × the 2-D cross product, summed separately along x and y: 1 for a pure rainbow
 * sweep, 0 for two-ink or random colour. (In the frequency domain: the complex spectrum of
 * Cb + i·Cr is one-sided.)
 */
export function rotatingChromaShare(
  planes: ChromaPlanes,
  width: number,
  height: number,
  options: ChromaRotationOptions,
): number {
  const { blockSize, innerRadius, outerRadius, minEnergy, minRotation } = options;
  const cb = boxBandPass(planes.cb, width, height, innerRadius, outerRadius);
  const cr = boxBandPass(planes.cr, width, height, innerRadius, outerRadius);
  let blocks = 0;
  let rotating = 0;
  for (let top = 1; top + blockSize <= height; top += blockSize) {
    for (let left = 1; left + blockSize <= width; left += blockSize) {
      blocks++;
      let energy = 0;
      for (let y = top; y < top + blockSize; y++) {
        for (let i = y * width + left, end = i + blockSize; i < end; i++) energy += cb[i]! * cb[i]! + cr[i]! * cr[i]!;
      }
      // Faint colour cannot be moiré worth reporting; most blocks of a document stop here.
      if (energy / (blockSize * blockSize) <= minEnergy) continue;
      let turnX = 0;
      let turnY = 0;
      let norm = 0;
      for (let y = top; y < top + blockSize; y++) {
        for (let x = left, i = y * width + left; x < left + blockSize; x++, i++) {
          const b = cb[i]!;
          const r = cr[i]!;
          const dxB = b - cb[i - 1]!;
          const dxR = r - cr[i - 1]!;
          const dyB = b - cb[i - width]!;
          const dyR = r - cr[i - width]!;
          turnX += b * dxR - r * dxB;
          turnY += b * dyR - r * dyB;
          norm += Math.sqrt(b * b + r * r) * (Math.sqrt(dxB * dxB + dxR * dxR) + Math.sqrt(dyB * dyB + dyR * dyR));
        }
      }
      const rotation = norm === 0 ? 0 : (Math.abs(turnX) + Math.abs(turnY)) / norm;
      if (rotation > minRotation) rotating++;
    }
  }
  return blocks === 0 ? 0 : rotating / blocks;
}
