import { ISSUE_CODES } from '../codes.js';
import { chromaPlanes } from '../imageops/chroma.js';
import { rotatingChromaShare, type ChromaRotationOptions } from '../imageops/chroma-rotation.js';
import { greenMagentaStripes, type GreenMagentaOptions } from '../imageops/green-magenta.js';
import { toLuma } from '../imageops/luma.js';
import { resizeToMaxSide } from '../imageops/resize.js';
import { periodicStripeShares, type StripeOptions } from '../imageops/stripes.js';
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
 * How the luma moiré is looked for (see `periodicStripeShare`). 64-pixel blocks hold 8 to 32
 * cycles of stripes 2 to 8 pixels apart, enough for one sharp spectral peak; coarser periods are
 * left out, since text lines and print layout repeat at 10 pixels and more at the analysis size.
 * Over half of the fine detail in one peak, at a contrast of 2 levels (sensor noise in a JPEG is
 * about 1), holding a quarter of the block's variation (the fine edges of larger marks do not:
 * rows of printed bars on a generated card, blurred, hold a tenth), and the same peak within 1.5
 * bins in a neighbouring block: on the corpus, a chance texture (wood, skin, a video frame's
 * noise) makes such a pair in at most 1.4 % of blocks.
 */
export const LUMA_MOIRE: StripeOptions = {
  blockSize: 64,
  longestPeriod: 8,
  minPeakShare: 0.6,
  minContrast: 2,
  minFineShare: 0.25,
  maxPeakShift: 1.5,
};

/**
 * The luma moiré at the file's own resolution (`context.detail`): only the periods the analysis
 * size cannot hold, the screen's pixel grid and its finest beats, 2 to 5 pixels apart in the file
 * (corpus and generated photos of screens: 2.3 to 4). Coarser stripes are seen at the analysis
 * size; in the file they are also rows of print (a shadowed page's small type, 7 pixels apart).
 * Finer than 2 pixels is a 1-pixel checkerboard, which a camera's lens and demosaicing do not
 * leave but a screenshot's dithered wallpaper does (3 of the corpus screenshots, up to 0.27).
 */
const NATIVE_MOIRE: StripeOptions = { ...LUMA_MOIRE, longestPeriod: 5, shortestPeriod: 2 };

/**
 * Green and magenta bands at the analysis size (see `greenMagentaStripeShare`): a phone's colour
 * filter grid demosaics a screen's pixel grid into bands 6 to 12 pixels apart there (corpus photos
 * of screens: 8 to 10), coarser than the luma moiré, so periods 4 to 16 count: text lines are no
 * risk here, black print has no green–magenta colour. The bands are faint and broken by the
 * picture: a contrast of 1 level, 45 % of the fine detail in one peak, a tenth of the block's
 * variation. What keeps print out is the phase gate: green against red and blue (cosine at most
 * −0.5), red with blue (at least 0.5); printed passport lines in magenta, red or blue ink keep all
 * three in phase (+0.9 to +1).
 */
export const GREEN_MAGENTA_MOIRE: GreenMagentaOptions = {
  blockSize: 64,
  shortestPeriod: 4,
  longestPeriod: 16,
  minPeakShare: 0.45,
  minContrast: 1,
  minFineShare: 0.1,
  maxPeakShift: 1.5,
  minOpposition: 0.5,
  minRedBlueAgreement: 0.5,
};

/**
 * Green and magenta stripes at the file's own resolution (`context.detail`), 2 to 5 pixels apart
 * as for `moireNative`, with its settings: there the screen's own pixel grid, not yet a beat, is
 * what the colour filter grid turns into colour, and a screen's red, green and blue sub-pixels sit
 * side by side, a third of a pixel apart, so red and blue need not agree (they are a third of a
 * turn apart): only green against red and blue together is asked. In the file a screen's pixel
 * grid is often a lattice of columns and rows, two spectral peaks in luma; the rows (dark gaps
 * between pixel rows) darken every colour alike and leave the green–magenta plane, where the
 * columns are one peak.
 */
const NATIVE_GREEN_MAGENTA_MOIRE: GreenMagentaOptions = {
  ...NATIVE_MOIRE,
  minOpposition: GREEN_MAGENTA_MOIRE.minOpposition,
  minRedBlueAgreement: -1,
};

/**
 * `screen_recapture`: a camera photo of a screen. The screen's red, green and blue sub-pixels beat
 * against the camera's colour filter grid and leave colour moiré: rainbow fringes whose hue turns
 * steadily across the image. The check measures the share of blocks with such rotating colour at
 * the analysis size (fine fringes, 32-pixel blocks) and at a quarter of it (broad bands, 8-pixel
 * blocks there). Printed rainbow security inks and colourful textures reach up to 0.4 and 0.7 of
 * the thresholds (corpus and generated cards). The same beat leaves luma moiré: regular stripes a
 * few pixels apart running on through the picture shown, measured as the share of 64-pixel blocks
 * whose fine detail is one spectral peak that a neighbouring block shares (`moireLuma`), inside
 * the document's outline when one is found (a desk's wood grain around it is stripes too). Shrinking
 * a large photo to the analysis size averages away the finest of these stripes, the screen's pixel
 * grid itself: the same measure on the picture's centre at the file's own resolution
 * (`context.detail`) is `moireNative`. A phone's colour filter grid turns the beat into green and
 * magenta bands, green against red and blue where a printed line keeps them in phase: the same
 * stripe measure on G − (R + B) / 2 with that phase test, at the analysis size inside the outline
 * (`moireGreenMagenta`) and on the detail sample (`moireNativeColour`).
 */
export const screenRecaptureCheck: Check = {
  name: 'screen_recapture',
  kinds: ['document'],
  codes: [ISSUE_CODES.screen_recapture],
  measure(context) {
    const coarseRaster = resizeToMaxSide(context.raster, Math.ceil(context.options.analysisSize / 4));
    const outline = context.document?.corners ?? undefined;
    const { detail } = context;
    // Luma and green–magenta stripes in the same blocks: each block's two spectra in one transform.
    const [moireLuma, moireGreenMagenta] = periodicStripeShares(
      [{ plane: context.luma, options: LUMA_MOIRE }, greenMagentaStripes(context.raster, GREEN_MAGENTA_MOIRE)],
      outline,
    );
    const [moireNative, moireNativeColour] =
      detail === undefined
        ? [0, 0]
        : periodicStripeShares([
            { plane: toLuma(detail), options: NATIVE_MOIRE },
            greenMagentaStripes(detail, NATIVE_GREEN_MAGENTA_MOIRE),
          ]);
    return {
      scores: {
        moireFine: moireShare(context.raster, context.luma, 32),
        moireCoarse: moireShare(coarseRaster, toLuma(coarseRaster), 8),
        moireGreenMagenta: moireGreenMagenta!,
        moireLuma: moireLuma!,
        moireNative: moireNative!,
        moireNativeColour: moireNativeColour!,
      },
    };
  },
  judge({ scores }, { options }) {
    const recapture = options.recapture;
    const { moireFine, moireCoarse, moireGreenMagenta, moireLuma, moireNative, moireNativeColour } = scores as Record<
      'moireFine' | 'moireCoarse' | 'moireGreenMagenta' | 'moireLuma' | 'moireNative' | 'moireNativeColour',
      number
    >;
    // The measure furthest past its threshold is the one reported.
    const [score, threshold] = [
      [moireFine, recapture.fineMoireShare],
      [moireCoarse, recapture.coarseMoireShare],
      [moireGreenMagenta, recapture.greenMagentaMoireShare],
      [moireLuma, recapture.lumaMoireShare],
      [moireNative, recapture.nativeMoireShare],
      [moireNativeColour, recapture.nativeColourMoireShare],
    ].reduce((most, next) => (next[0]! / next[1]! > most[0]! / most[1]! ? next : most)) as [number, number];
    if (score < threshold) return { issues: [] };
    return { issues: [{ code: ISSUE_CODES.screen_recapture, severity: 'fail', score, threshold }] };
  },
};

function moireShare(raster: Raster, luma: GrayImage, blockSize: number): number {
  return rotatingChromaShare(chromaPlanes(raster, luma), raster.width, raster.height, { ...MOIRE, blockSize });
}
