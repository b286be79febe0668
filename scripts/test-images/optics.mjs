// @ts-check
// What the camera does to the light: lens blur, defocus, shake, lighting falloff.

import { cloneScene } from './scene.mjs';
import { OPTICS_BLUR } from './settings.mjs';

/** @import { Scene } from './scene.mjs' */

/**
 * Separable gaussian blur (camera optics / scanner softness), edges extended.
 * @param {Scene} scene
 * @param {number} sigma px
 */
export function blurScene(scene, sigma) {
  const { w, h, data } = scene;
  const radius = Math.ceil(sigma * 3);
  /** @type {number[]} */
  const kernel = [];
  let sum = 0;
  for (let i = -radius; i <= radius; i++) {
    const v = Math.exp(-(i * i) / (2 * sigma * sigma));
    kernel.push(v);
    sum += v;
  }
  for (let i = 0; i < kernel.length; i++) kernel[i] /= sum;
  const tmp = new Float32Array(data.length);
  /**
   * 1-D convolution along rows (`alongRows`) or columns.
   * @param {Float32Array} src
   * @param {Float32Array} dst
   * @param {boolean} alongRows
   */
  const pass = (src, dst, alongRows) => {
    const lines = alongRows ? h : w;
    const length = alongRows ? w : h;
    for (let line = 0; line < lines; line++) {
      for (let t = 0; t < length; t++) {
        let r = 0;
        let g = 0;
        let b = 0;
        for (let i = -radius; i <= radius; i++) {
          const tt = t + i < 0 ? 0 : t + i >= length ? length - 1 : t + i;
          const j = alongRows ? (line * w + tt) * 3 : (tt * w + line) * 3;
          const weight = kernel[i + radius];
          r += weight * src[j];
          g += weight * src[j + 1];
          b += weight * src[j + 2];
        }
        const o = alongRows ? (line * w + t) * 3 : (t * w + line) * 3;
        dst[o] = r;
        dst[o + 1] = g;
        dst[o + 2] = b;
      }
    }
  };
  pass(data, tmp, true);
  pass(tmp, data, false);
  return scene;
}

/**
 * Linear motion blur (the camera moving during the exposure): each pixel becomes the mean of the
 * scene along a `length` px segment centred on it at `angleDeg` (0 = horizontal, positive = rising
 * to the right), a box kernel sampled bilinearly at steps of at most 1 px.
 * @param {Scene} scene
 * @param {number} length
 * @param {number} angleDeg
 */
export function motionBlurScene(scene, length, angleDeg) {
  const { w, h, data } = scene;
  const src = new Float32Array(data);
  const steps = Math.max(2, Math.ceil(length));
  const th = (angleDeg * Math.PI) / 180;
  // per step: integer offset and bilinear weights, the same for every pixel
  const taps = [];
  for (let k = 0; k < steps; k++) {
    const t = -length / 2 + ((k + 0.5) * length) / steps;
    const ox = t * Math.cos(th);
    const oy = -t * Math.sin(th); // image y grows downwards
    const ix = Math.floor(ox);
    const iy = Math.floor(oy);
    const fx = ox - ix;
    const fy = oy - iy;
    taps.push({ ix, iy, w00: (1 - fx) * (1 - fy), w10: fx * (1 - fy), w01: (1 - fx) * fy, w11: fx * fy });
  }
  /** @param {number} x */
  const clampX = (x) => (x < 0 ? 0 : x >= w ? w - 1 : x);
  /** @param {number} y */
  const clampY = (y) => (y < 0 ? 0 : y >= h ? h - 1 : y);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const { ix, iy, w00, w10, w01, w11 } of taps) {
        const x0 = clampX(x + ix);
        const x1 = clampX(x + ix + 1);
        const y0 = clampY(y + iy) * w;
        const y1 = clampY(y + iy + 1) * w;
        const j00 = (y0 + x0) * 3;
        const j10 = (y0 + x1) * 3;
        const j01 = (y1 + x0) * 3;
        const j11 = (y1 + x1) * 3;
        r += src[j00] * w00 + src[j10] * w10 + src[j01] * w01 + src[j11] * w11;
        g += src[j00 + 1] * w00 + src[j10 + 1] * w10 + src[j01 + 1] * w01 + src[j11 + 1] * w11;
        b += src[j00 + 2] * w00 + src[j10 + 2] * w10 + src[j01 + 2] * w01 + src[j11 + 2] * w11;
      }
      const i = (y * w + x) * 3;
      data[i] = r / steps;
      data[i + 1] = g / steps;
      data[i + 2] = b / steps;
    }
  }
  return scene;
}

/** How many evenly spaced blur levels variableBlurScene blends between. */
const BLUR_LEVELS = 5;

/**
 * Gaussian blur whose sigma changes over the image (shallow depth of field): `sigmaAt(x, y)` gives
 * it in px, 0..`maxSigma`. Each pixel blends the two nearest of BLUR_LEVELS copies blurred at
 * evenly spaced sigmas (the first is the scene as it is), which is close to a true
 * position-dependent kernel while the sigma changes slowly, and far cheaper.
 * @param {Scene} scene
 * @param {{ sigmaAt: (x: number, y: number) => number, maxSigma: number }} options
 */
export function variableBlurScene(scene, { sigmaAt, maxSigma }) {
  const levels = BLUR_LEVELS;
  const step = maxSigma / (levels - 1);
  /** @type {Float32Array[]} */
  const copies = [new Float32Array(scene.data)];
  for (let k = 1; k < levels; k++) copies.push(blurScene(cloneScene(scene), k * step).data);
  const { w, h, data } = scene;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const level = Math.min(levels - 1, Math.max(0, sigmaAt(x, y) / step));
      const lo = Math.min(levels - 2, Math.floor(level));
      const t = level - lo;
      const i = (y * w + x) * 3;
      for (let c = 0; c < 3; c++) data[i + c] = copies[lo][i + c] * (1 - t) + copies[lo + 1][i + c] * t;
    }
  }
  return scene;
}

/**
 * @typedef {object} LightingOptions
 * @property {number} [gain=1] global exposure factor
 * @property {number} [gx=0] brightness change from the left edge to the right, as a fraction
 * @property {number} [gy=0] brightness change from the top edge to the bottom, as a fraction
 * @property {number} [vignette=0.18] darkening in the corners, as a fraction
 * @property {number} [blur=OPTICS_BLUR] optics blur sigma (px) applied first
 */

/**
 * Smooth illumination (after optics blur): linear gradient + vignette, plus a global gain.
 * @param {Scene} scene
 * @param {LightingOptions} [options]
 */
export function applyLighting(scene, { gain = 1, gx = 0, gy = 0, vignette = 0.18, blur = OPTICS_BLUR } = {}) {
  if (blur > 0) blurScene(scene, blur);
  const { w, h, data } = scene;
  for (let y = 0; y < h; y++) {
    const ny = y / h - 0.5;
    for (let x = 0; x < w; x++) {
      const nx = x / w - 0.5;
      const f = gain * (1 + gx * nx + gy * ny) * (1 - vignette * ((nx * nx + ny * ny) / 0.5));
      const i = (y * w + x) * 3;
      data[i] *= f;
      data[i + 1] *= f;
      data[i + 2] *= f;
    }
  }
  return scene;
}
