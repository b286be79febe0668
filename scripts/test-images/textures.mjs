// @ts-check
// Procedural backgrounds the documents lie on: a wooden desk, a keyboard and flat tables.

import { oneDecimal } from './numbers.mjs';
import { Rng } from './random.mjs';
import { newScene, rasterize } from './scene.mjs';
import { textLinePath } from './svg.mjs';

/** @import { Scene } from './scene.mjs' */

/** @typedef {'wood' | 'table' | 'keyboard' | 'lightdesk' | 'graytable' | 'graytable2' | 'darktable'} BackgroundKind */

/** How the notes in labels.json name each background. */
export const BACKGROUND_NAMES = {
  wood: 'wooden desk',
  table: 'gray-blue table',
  keyboard: 'dark keyboard',
  lightdesk: 'light office desk',
  graytable: 'neutral gray table',
  graytable2: 'dark neutral gray table',
  darktable: 'dark table',
};

/**
 * A flat surface: its colour, the strength (levels) of large soft blotches and of fine speckle,
 * and whether it is neutral gray (no colour tint).
 * @typedef {{ base: number[], blotch: number, speckle: number, neutral?: boolean }} FlatSurface
 */

/** @type {Record<Exclude<BackgroundKind, 'wood' | 'keyboard'>, FlatSurface>} */
const FLAT_SURFACES = {
  table: { base: [118, 131, 148], blotch: 9, speckle: 2.5 },
  lightdesk: { base: [222, 218, 209], blotch: 6, speckle: 1.5 },
  graytable: { base: [126, 126, 126], blotch: 8, speckle: 2, neutral: true },
  graytable2: { base: [104, 104, 104], blotch: 7, speckle: 2, neutral: true },
  darktable: { base: [58, 54, 52], blotch: 6, speckle: 2 },
};

/** Side of the value-noise grid (a power of two: coordinates wrap with a mask). */
const NOISE_SIZE = 512;

/**
 * Smooth value noise on a wrapped grid, 0-1.
 * @param {Rng} rng
 * @returns {(x: number, y: number) => number}
 */
function makeNoise(rng) {
  const size = NOISE_SIZE;
  const grid = new Float32Array(size * size);
  for (let i = 0; i < grid.length; i++) grid[i] = rng.float();
  const mask = size - 1;
  return (x, y) => {
    const xi = Math.floor(x);
    const yi = Math.floor(y);
    let fx = x - xi;
    let fy = y - yi;
    fx = fx * fx * (3 - 2 * fx);
    fy = fy * fy * (3 - 2 * fy);
    const x0 = xi & mask;
    const y0 = yi & mask;
    const x1 = (x0 + 1) & mask;
    const y1 = (y0 + 1) & mask;
    const a = grid[y0 * size + x0];
    const b = grid[y0 * size + x1];
    const c = grid[y1 * size + x0];
    const d = grid[y1 * size + x1];
    return a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy;
  };
}

/**
 * Fractal (fBm) noise: `octaves` layers of `noise`, each at twice the frequency and half the weight.
 * @param {(x: number, y: number) => number} noise
 * @param {number} octaves
 * @returns {(x: number, y: number) => number}
 */
function fractal(noise, octaves) {
  return (x, y) => {
    let amplitude = 0.5;
    let frequency = 1;
    let sum = 0;
    let total = 0;
    for (let i = 0; i < octaves; i++) {
      sum += amplitude * noise(x * frequency + i * 17.31, y * frequency + i * 41.7);
      total += amplitude;
      amplitude *= 0.5;
      frequency *= 2;
    }
    return sum / total;
  };
}

/** @typedef {{ width: number, height: number }} Size */

/**
 * Planks of wood: warped grain stripes, a tone per plank, dark seams between them.
 * @param {Rng} rng
 * @param {Size} size
 */
function woodTexture(rng, { width: w, height: h }) {
  const scene = newScene(w, h);
  const noise = makeNoise(rng);
  const warpNoise = fractal(noise, 4);
  const broadNoise = fractal(noise, 2);
  const plankHeight = rng.range(280, 380);
  const offset = rng.range(0, plankHeight);
  const light = [176, 122, 76];
  const dark = [110, 66, 37];
  const tones = [];
  for (let i = 0; i < 16; i++) tones.push(rng.range(0.9, 1.08));
  const d = scene.data;
  for (let y = 0; y < h; y++) {
    const plank = Math.floor((y + offset) / plankHeight);
    const py = y + offset - plank * plankHeight;
    const tone = tones[plank % tones.length];
    const seam = py < 3 ? 0.55 + 0.15 * py : py > plankHeight - 1 ? 0.75 : 1;
    for (let x = 0; x < w; x++) {
      const warp = warpNoise(x / 420 + plank * 13.1, y / 48 + plank * 7.7);
      const t = (y + plank * 37) / 7 + warp * 9;
      let stripe = 0.5 + 0.5 * Math.sin(t);
      stripe = stripe * stripe * stripe;
      const fine = noise(x / 60 + plank * 5.3, y / 4 + plank * 91);
      const m = 0.55 * stripe + 0.2 * fine + 0.25 * broadNoise(x / 260 + 100, y / 180 + plank * 3);
      const i = (y * w + x) * 3;
      const k = tone * seam;
      for (let c = 0; c < 3; c++) d[i + c] = (light[c] + (dark[c] - light[c]) * m) * k;
    }
  }
  return scene;
}

/**
 * A flat surface with soft blotches, fine speckle and (unless neutral) a faint warm/cold tint.
 * @param {Rng} rng
 * @param {Size} size
 * @param {FlatSurface} surface
 */
function flatTexture(rng, { width: w, height: h }, { base, blotch, speckle, neutral = false }) {
  const scene = newScene(w, h);
  const noise = makeNoise(rng);
  const blotchNoise = fractal(noise, 4);
  const d = scene.data;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const m = (blotchNoise(x / 320, y / 320) - 0.5) * 2 * blotch;
      const sp = (noise(x / 5 + 211, y / 5 + 97) - 0.5) * 2 * speckle;
      const i = (y * w + x) * 3;
      if (neutral) {
        const v = base[0] + m + sp;
        d[i] = v;
        d[i + 1] = v;
        d[i + 2] = v;
      } else {
        const tint = (noise(x / 500 + 300, y / 500 + 300) - 0.5) * 6;
        d[i] = base[0] + m + sp - tint;
        d[i + 1] = base[1] + m + sp;
        d[i + 2] = base[2] + m + sp + tint;
      }
    }
  }
  return scene;
}

/**
 * A dark keyboard seen from above, slightly turned: rows of keys with grey legends, under soft
 * uneven light.
 * @param {Rng} rng
 * @param {Size} size
 */
async function keyboardTexture(rng, { width: w, height: h }) {
  const pitch = rng.range(96, 112);
  const key = pitch - 13;
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`;
  svg += `<defs><linearGradient id="k" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#4a4c52"/><stop offset="1" stop-color="#393b40"/></linearGradient></defs>`;
  svg += `<rect x="0" y="0" width="${w}" height="${h}" fill="#1d1e21"/>`;
  svg += `<g transform="rotate(${oneDecimal(rng.range(-4, 4))} ${w / 2} ${h / 2})">`;
  let legends = '';
  const rows = Math.ceil((h * 1.3) / pitch) + 2;
  for (let row = 0; row < rows; row++) {
    const y = -h * 0.15 + row * pitch;
    let x = -w * 0.1 - ((row * 0.27) % 1) * pitch;
    while (x < w * 1.1) {
      const span = rng.chance(0.12) ? rng.pick([1.5, 1.75, 2.25]) : row % 6 === 5 && rng.chance(0.3) ? 6 : 1;
      const keyWidth = key + (span - 1) * pitch;
      svg += `<rect x="${oneDecimal(x)}" y="${oneDecimal(y)}" width="${oneDecimal(keyWidth)}" height="${oneDecimal(key)}" rx="9" fill="url(#k)"/>`;
      legends += textLinePath(rng, {
        x: x + 14,
        y: y + 16,
        maxWidth: Math.min(keyWidth - 28, span > 1 ? 60 : 18),
        height: 12,
        capitals: true,
        letters: [1, span > 1 ? 5 : 1],
      }).path;
      x += keyWidth + (pitch - key);
    }
  }
  svg += `<path d="${legends}" fill="#a4a6ab" opacity="0.75"/>`;
  svg += '</g></svg>';
  const rgba = await rasterize({ svg, w, h });
  const scene = newScene(w, h);
  const lightNoise = fractal(makeNoise(rng), 3);
  for (let p = 0, q = 0; p < w * h; p++, q += 4) {
    const x = p % w;
    const y = (p / w) | 0;
    const m = (lightNoise(x / 300, y / 300) - 0.5) * 10;
    for (let c = 0; c < 3; c++) scene.data[p * 3 + c] = rgba.data[q + c] + m;
  }
  return scene;
}

/**
 * A `width` x `height` background of `kind`, its randomness seeded by `kind` and `seed`.
 * @param {{ kind: BackgroundKind, width: number, height: number, seed: string }} background
 * @returns {Promise<Scene>}
 */
export async function makeBackground({ kind, width, height, seed }) {
  const rng = new Rng('bg-' + kind + '-' + seed);
  const size = { width, height };
  if (kind === 'wood') return woodTexture(rng, size);
  if (kind === 'keyboard') return keyboardTexture(rng, size);
  return flatTexture(rng, size, FLAT_SURFACES[kind]);
}
