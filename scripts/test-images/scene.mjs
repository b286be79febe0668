// @ts-check
// Raster scenes: float RGB buffers (levels 0..255, not clamped until written) that the photo
// simulation works on, the RGBA sprites drawn into them, per-pixel level operations and output.

import path from 'node:path';
import sharp from 'sharp';
import { clamp255 } from './numbers.mjs';
import { JPEG_QUALITY, OUT_DIR } from './settings.mjs';

/** @import { Rng } from './random.mjs' */
/** @import { SvgImage } from './svg.mjs' */

/**
 * A float RGB picture, 3 values per pixel, row by row.
 * @typedef {object} Scene
 * @property {number} w
 * @property {number} h
 * @property {Float32Array} data
 */

/**
 * An 8-bit RGBA picture (not premultiplied), 4 values per pixel, row by row.
 * @typedef {object} Sprite
 * @property {number} w
 * @property {number} h
 * @property {Uint8Array} data
 */

/**
 * Renders an SVG document with librsvg (through sharp).
 * @param {SvgImage} image
 * @returns {Promise<Sprite>}
 */
export async function rasterize({ svg, w, h }) {
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  if (info.width !== w || info.height !== h || info.channels !== 4) {
    throw new Error(`unexpected SVG raster size ${info.width}x${info.height}x${info.channels}, wanted ${w}x${h}x4`);
  }
  return { w, h, data };
}

/**
 * A black scene.
 * @param {number} w
 * @param {number} h
 * @returns {Scene}
 */
export function newScene(w, h) {
  return { w, h, data: new Float32Array(w * h * 3) };
}

/**
 * @param {Scene} scene
 * @returns {Scene}
 */
export function cloneScene(scene) {
  return { w: scene.w, h: scene.h, data: new Float32Array(scene.data) };
}

/**
 * The pixels of `box` as a scene of their own.
 * @param {Scene} scene
 * @param {{ left: number, top: number, width: number, height: number }} box
 */
export function cropScene(scene, { left, top, width, height }) {
  const out = newScene(width, height);
  for (let y = 0; y < height; y++) {
    const from = ((top + y) * scene.w + left) * 3;
    out.data.set(scene.data.subarray(from, from + width * 3), y * width * 3);
  }
  return out;
}

/**
 * Flattens an RGBA sprite over a solid colour into a float scene.
 * @param {Sprite} sprite
 * @param {number[]} background [r, g, b]
 */
export function spriteToScene(sprite, background) {
  const scene = newScene(sprite.w, sprite.h);
  for (let p = 0; p < sprite.w * sprite.h; p++) {
    const a = sprite.data[p * 4 + 3] / 255;
    for (let c = 0; c < 3; c++) scene.data[p * 3 + c] = sprite.data[p * 4 + c] * a + background[c] * (1 - a);
  }
  return scene;
}

/**
 * Axis-aligned paste of an RGBA sprite into another RGBA sprite (alpha over), its top-left at (left, top).
 * @param {Sprite} target
 * @param {Sprite} source
 * @param {{ left: number, top: number }} at
 */
export function pasteSprite(target, source, { left, top }) {
  for (let y = 0; y < source.h; y++) {
    const ty = y + top;
    if (ty < 0 || ty >= target.h) continue;
    for (let x = 0; x < source.w; x++) {
      const tx = x + left;
      if (tx < 0 || tx >= target.w) continue;
      const j = (y * source.w + x) * 4;
      const i = (ty * target.w + tx) * 4;
      const a = source.data[j + 3] / 255;
      for (let c = 0; c < 3; c++)
        target.data[i + c] = Math.round(target.data[i + c] * (1 - a) + source.data[j + c] * a);
      target.data[i + 3] = Math.max(target.data[i + 3], source.data[j + 3]);
    }
  }
}

/**
 * Clips every level to 0..255 (a sensor saturating).
 * @param {Scene} scene
 */
export function clampScene(scene) {
  const d = scene.data;
  for (let i = 0; i < d.length; i++) d[i] = clamp255(d[i]);
  return scene;
}

/**
 * level * gain + offset, on every channel.
 * @param {Scene} scene
 * @param {number} gain
 * @param {number} offset
 */
export function adjustLevels(scene, gain, offset) {
  const d = scene.data;
  for (let i = 0; i < d.length; i++) d[i] = d[i] * gain + offset;
  return scene;
}

/**
 * Multiplies each channel by its own factor (a white-balance cast).
 * @param {Scene} scene
 * @param {number[]} factors [r, g, b]
 */
export function mulChannels(scene, [r, g, b]) {
  const d = scene.data;
  for (let i = 0; i < d.length; i += 3) {
    d[i] *= r;
    d[i + 1] *= g;
    d[i + 2] *= b;
  }
  return scene;
}

/**
 * Gaussian noise of `sigma` levels, independent per channel.
 * @param {Scene} scene
 * @param {number} sigma
 * @param {Rng} rng
 */
export function addNoise(scene, sigma, rng) {
  const d = scene.data;
  for (let i = 0; i < d.length; i++) d[i] += sigma * rng.gauss();
  return scene;
}

/**
 * R = G = B = Rec.601 luma of the input.
 * @param {Scene} scene
 */
export function toGray(scene) {
  const d = scene.data;
  for (let i = 0; i < d.length; i += 3) {
    const y = 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
    d[i] = y;
    d[i + 1] = y;
    d[i + 2] = y;
  }
  return scene;
}

/**
 * Grayscale mapped onto a two-colour ramp (sepia, cyanotype...).
 * @param {Scene} scene
 * @param {number[]} dark [r, g, b] of black
 * @param {number[]} light [r, g, b] of white
 */
export function toneMap(scene, dark, light) {
  const d = scene.data;
  for (let i = 0; i < d.length; i += 3) {
    const t = clamp255(0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2]) / 255;
    for (let c = 0; c < 3; c++) d[i + c] = dark[c] + (light[c] - dark[c]) * t;
  }
  return scene;
}

/**
 * The scene as 8-bit RGB, or as 8-bit gray (its green channel) when `channels` is 1.
 * @param {Scene} scene
 * @param {1 | 3} [channels]
 */
export function toBytes(scene, channels = 3) {
  const { w, h, data } = scene;
  if (channels === 3) {
    const out = new Uint8Array(w * h * 3);
    for (let i = 0; i < out.length; i++) out[i] = Math.round(clamp255(data[i]));
    return out;
  }
  const out = new Uint8Array(w * h);
  for (let p = 0; p < w * h; p++) out[p] = Math.round(clamp255(data[p * 3 + 1]));
  return out;
}

/**
 * Writes the scene to OUT_DIR/`file` as a JPEG (single-channel when `channels` is 1).
 * @param {Scene} scene
 * @param {string} file
 * @param {1 | 3} [channels]
 */
export async function writeJpeg(scene, file, channels = 3) {
  const bytes = toBytes(scene, channels);
  let image = sharp(Buffer.from(bytes.buffer), { raw: { width: scene.w, height: scene.h, channels } });
  if (channels === 1) image = image.toColourspace('b-w'); // otherwise sharp writes 3 channels
  await image.jpeg({ quality: JPEG_QUALITY, mozjpeg: true }).toFile(path.join(OUT_DIR, file));
}

/**
 * The scene resized (lanczos3) so its shorter side is `shortSide` px, with the scale factors.
 * @param {Scene} scene
 * @param {number} shortSide
 * @returns {Promise<Scene & { sx: number, sy: number }>}
 */
export async function downscale(scene, shortSide) {
  const bytes = toBytes(scene, 3);
  const k = shortSide / Math.min(scene.w, scene.h);
  const w = Math.round(scene.w * k);
  const h = Math.round(scene.h * k);
  const { data } = await sharp(Buffer.from(bytes.buffer), { raw: { width: scene.w, height: scene.h, channels: 3 } })
    .resize(w, h, { kernel: 'lanczos3', fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { w, h, data: Float32Array.from(data), sx: w / scene.w, sy: h / scene.h };
}
