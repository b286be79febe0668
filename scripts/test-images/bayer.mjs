// @ts-check
// A phone camera's colour filter grid (Bayer, RGGB): each sensor pixel records one primary, green
// on a chequerboard, red and blue each on every other row and column, and the camera interpolates
// the two missing primaries from the neighbours (bilinear demosaicing). Detail near the red and
// blue grids' sampling rate is read as false colour: the green and magenta moiré of a phone
// photo of a screen.

/** @import { Scene } from './scene.mjs' */

/**
 * The primary a sensor pixel at (x, y) records in an RGGB grid: 0 red, 1 green, 2 blue.
 * @param {number} x
 * @param {number} y
 */
function filterAt(x, y) {
  if (y % 2 === 0) return x % 2 === 0 ? 0 : 1;
  return x % 2 === 0 ? 1 : 2;
}

/**
 * The scene as the camera records it: one primary per pixel through the filter grid, the other
 * two the mean of the nearest pixels that recorded them (4 for green, 2 or 4 for red and blue).
 * @param {Scene} scene
 * @returns {Scene}
 */
export function bayerDemosaic(scene) {
  const { w, h, data } = scene;
  const out = new Float32Array(data.length);
  const recorded = (/** @type {number} */ x, /** @type {number} */ y) => {
    const cx = Math.min(w - 1, Math.max(0, x));
    const cy = Math.min(h - 1, Math.max(0, y));
    return { channel: filterAt(cx, cy), value: data[(cy * w + cx) * 3 + filterAt(cx, cy)] };
  };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const sums = [0, 0, 0];
      const counts = [0, 0, 0];
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const { channel, value } = recorded(x + dx, y + dy);
          // Green is read from the 4 edge neighbours only, never the diagonals (they are green too at a green pixel).
          if (channel === 1 && dx !== 0 && dy !== 0) continue;
          sums[channel] += value;
          counts[channel]++;
        }
      }
      const own = filterAt(x, y);
      for (let c = 0; c < 3; c++) {
        out[(y * w + x) * 3 + c] = c === own ? data[(y * w + x) * 3 + c] : sums[c] / counts[c];
      }
    }
  }
  return { w, h, data: out };
}
