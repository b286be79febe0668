import type { Box } from './types.js';

/**
 * Side of the detail sample: the square at the picture's centre that hosts decode at the file's
 * own resolution besides the analysis-size raster (see `DecodeLimits.detailSide`). A screen's
 * pixel grid, photographed, leaves stripes 2 to 4 pixels apart in the file, which shrinking a 12 MP
 * photo to the analysis size averages away. 512 pixels hold 64 blocks of 64 (`moireNative`) in
 * 1 MB of RGBA.
 */
export const DETAIL_SIDE = 512;

/**
 * The centred square of at most `side` pixels in an upright image of `width` × `height`, in whole
 * pixels; the whole of a side shorter than `side`.
 */
export function detailBox(width: number, height: number, side: number = DETAIL_SIDE): Box {
  const boxWidth = Math.min(side, width);
  const boxHeight = Math.min(side, height);
  return {
    x: Math.floor((width - boxWidth) / 2),
    y: Math.floor((height - boxHeight) / 2),
    width: boxWidth,
    height: boxHeight,
  };
}
