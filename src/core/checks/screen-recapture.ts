import { ISSUE_CODES } from '../codes.js';
import { chromaPlanes } from '../imageops/chroma.js';
import { rotatingChromaShare, type ChromaRotationOptions } from '../imageops/chroma-rotation.js';
import { toLuma } from '../imageops/luma.js';
import { resizeToMaxSide } from '../imageops/resize.js';
import type { GrayImage, Raster } from '../types.js';
import type { Check } from './check.js';

/** Band-pass and gates of the colour-moiré measure (see `rotatingChromaShare`), at either scale. */
const MOIRE: Omit<ChromaRotationOptions, 'blockSize'> = {
  innerRadius: 1,
  outerRadius: 4,
  minEnergy: 0.5,
  minRotation: 0.5,
};

/**
 * `screen_recapture`: a camera photo of a screen. The screen's red, green and blue sub-pixels beat
 * against the camera's colour filter grid and leave colour moiré: rainbow fringes whose hue turns
 * steadily across the image. The check measures the share of blocks with such rotating colour at
 * the analysis size (fine fringes, 32-pixel blocks) and at a quarter of it (broad bands, 8-pixel
 * blocks there). Printed rainbow security inks and colourful textures reach up to 0.4 and 0.7 of
 * the thresholds (corpus and generated cards); a recapture whose moiré is too fine or too faint to
 * survive the analysis size is not seen: this check catches strong moiré only.
 */
export const screenRecaptureCheck: Check = {
  name: 'screen_recapture',
  kinds: ['document'],
  codes: [ISSUE_CODES.screen_recapture],
  measure(context) {
    const coarseRaster = resizeToMaxSide(context.raster, Math.ceil(context.options.analysisSize / 4));
    return {
      scores: {
        moireFine: moireShare(context.raster, context.luma, 32),
        moireCoarse: moireShare(coarseRaster, toLuma(coarseRaster), 8),
      },
    };
  },
  judge({ scores }, { options }) {
    const { fineMoireShare, coarseMoireShare } = options.recapture;
    const { moireFine, moireCoarse } = scores as { moireFine: number; moireCoarse: number };
    const fine = moireFine / fineMoireShare;
    const coarse = moireCoarse / coarseMoireShare;
    if (fine < 1 && coarse < 1) return { issues: [] };
    const [score, threshold] = fine >= coarse ? [moireFine, fineMoireShare] : [moireCoarse, coarseMoireShare];
    return { issues: [{ code: ISSUE_CODES.screen_recapture, severity: 'fail', score, threshold }] };
  },
};

function moireShare(raster: Raster, luma: GrayImage, blockSize: number): number {
  return rotatingChromaShare(chromaPlanes(raster, luma), raster.width, raster.height, { ...MOIRE, blockSize });
}
