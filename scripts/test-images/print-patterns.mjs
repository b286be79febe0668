// @ts-check
// Printed and woven surfaces with detail a few camera pixels fine, which beat against a camera's
// pixel grid as a screen does: the controls of the screen photos (screen-photos.mjs), which must
// pass. Each gives its colour at (u, v) in the unit square of the surface.

/** @import { Quad } from './perspective.mjs' */

/** @typedef {(u: number, v: number, out: number[]) => void} SurfacePattern */

/**
 * Dense guilloche: two families of wavy lines 3.5 camera px apart, pale inks on white.
 * @type {SurfacePattern}
 */
export function guillochePattern(u, v, out) {
  const lines = 300;
  const a = Math.sin(Math.PI * lines * (v + 0.02 * Math.sin(9 * u) + 0.01 * Math.sin(23 * u + 2 * v)));
  const b = Math.sin(Math.PI * lines * 0.8 * (u * 0.7 + v * 0.3 + 0.015 * Math.sin(11 * v)));
  const inkA = Math.max(0, a) ** 6;
  const inkB = Math.max(0, b) ** 6;
  out[0] = 238 - 120 * inkA - 30 * inkB;
  out[1] = 236 - 60 * inkA - 100 * inkB;
  out[2] = 232 - 20 * inkA - 70 * inkB;
}

/**
 * Plain-woven fabric: warp and weft threads about 4 camera px apart, each thread shaded across its
 * width and going over and under its neighbours, with uneven thickness.
 * @type {SurfacePattern}
 */
export function fabricPattern(u, v, out) {
  const threads = 380;
  const x = u * threads;
  const y = v * threads * 0.75;
  const column = Math.floor(x);
  const row = Math.floor(y);
  const over = (column + row) % 2 === 0;
  const across = over ? x - column : y - row;
  const thickness = 0.8 + 0.2 * Math.sin(column * 12.9898 + row * 78.233);
  const shade = Math.max(0, Math.sin(Math.PI * across)) ** 0.7 * thickness;
  const base = over ? [150, 70, 60] : [130, 60, 55];
  for (let c = 0; c < 3; c++) out[c] = base[c] * (0.45 + 0.55 * shade);
}

/**
 * A camera photo of a printed, moiré-prone surface filling the quad: `pattern` gives its colour
 * at (u, v) in the quad's unit square, its detail a few camera pixels fine; `bayer` as for a screen.
 * @typedef {{ file: string, quad: Quad, defocus: number, notes: string, pattern: SurfacePattern, bayer?: boolean }} PrintCase
 */

/** @type {PrintCase[]} */
export const PRINT_CASES = [
  {
    file: 'screen_control_guilloche_10.jpg',
    quad: [
      [110, 150],
      [1500, 120],
      [1520, 1060],
      [90, 1080],
    ],
    defocus: 0.7,
    notes: 'camera photo of a card printed with dense guilloche (two families of wavy lines, 3.5 px apart)',
    pattern: guillochePattern,
  },
  {
    file: 'screen_control_fabric_11.jpg',
    quad: [
      [0, 0],
      [1600, 0],
      [1600, 1200],
      [0, 1200],
    ],
    defocus: 0.7,
    notes: 'camera photo of plain-woven fabric filling the frame (threads about 4 px apart)',
    pattern: fabricPattern,
  },
  {
    file: 'screen_control_guilloche_bayer_14.jpg',
    quad: [
      [110, 150],
      [1500, 120],
      [1520, 1060],
      [90, 1080],
    ],
    defocus: 0.7,
    notes: 'the guilloche card through a colour filter grid, demosaiced',
    pattern: guillochePattern,
    bayer: true,
  },
  {
    file: 'screen_control_fabric_bayer_15.jpg',
    quad: [
      [0, 0],
      [1600, 0],
      [1600, 1200],
      [0, 1200],
    ],
    defocus: 0.7,
    notes: 'the woven fabric through a colour filter grid, demosaiced',
    pattern: fabricPattern,
    bayer: true,
  },
];
