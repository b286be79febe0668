// @ts-check
// Family "screen photos": phone photos of a screen saved as JPEG, made the way a camera makes them,
// and camera photos of printed moiré-prone patterns that must pass. A screen is a grid of pixels,
// each three vertical red, green and blue stripes with dark gaps between them; the camera sees it
// in perspective through a slightly soft lens and samples it with its own pixel grid, a few camera
// pixels per screen pixel, so the two grids beat into moiré. Some go through a phone's colour
// filter grid as well (bayer.mjs), which turns the beat into green and magenta bands. The controls
// (print-patterns.mjs) go through the same cameras: a card printed with dense guilloche lines and
// a woven fabric, both continuous surfaces (no emitter grid) with detail of a few camera pixels.

import path from 'node:path';
import sharp from 'sharp';
import { bayerDemosaic } from './bayer.mjs';
import { renderDocument } from './document.mjs';
import { addEntry } from './labels.mjs';
import { PRINT_CASES } from './print-patterns.mjs';
import { blurScene } from './optics.mjs';
import { flatCorners, quadMapping } from './perspective.mjs';
import { Rng } from './random.mjs';
import { addNoise, newScene, toBytes } from './scene.mjs';
import { JPEG_QUALITY, OUT_DIR, SENSOR_NOISE } from './settings.mjs';

/** @import { Quad } from './perspective.mjs' */
/** @import { Sprite } from './scene.mjs' */

/** The photo's size: a phone camera's 4:3 frame, px. */
const CAMERA = { width: 1600, height: 1200 };

/** Point samples per camera pixel along each axis: the sensor pixel's area, integrated. */
const SAMPLES = 3;

/** A phone's EXIF, as a camera app writes it. */
const PHONE_EXIF = { IFD0: { Make: 'samsung', Model: 'SM-S911B' } };

/** Of each screen pixel, the lit part: sub-pixel stripes fill 75 % of their width, rows 85 % of their height. */
const SUBPIXEL_FILL = 0.75;
const ROW_FILL = 0.85;

/** The glass and frame around a screen, and the dim room behind it (levels). */
const BEZEL = 18;
const ROOM = [70, 66, 60];

/**
 * A photo of a screen showing card A: the screen's resolution (its pixels across the quad) sets
 * the pitch in camera pixels; `defocus` is the lens blur in camera px.
 * `bayer`: through a phone's colour filter grid, demosaiced (green and magenta moiré);
 * `pending` says why the check misses it still.
 * @typedef {{ file: string, screen: [number, number], quad: Quad, defocus: number, dark?: boolean, bayer?: boolean, pending?: string }} ScreenCase
 */

/** @type {ScreenCase[]} */
const SCREEN_CASES = [
  {
    file: 'screen_photo_laptop_05.jpg',
    screen: [1280, 800],
    quad: [
      [90, 130],
      [1530, 100],
      [1510, 1010],
      [110, 1060],
    ],
    defocus: 0.6,
  },
  {
    file: 'screen_photo_monitor_06.jpg',
    screen: [960, 600],
    quad: [
      [160, 180],
      [1450, 210],
      [1430, 1020],
      [180, 1000],
    ],
    defocus: 0.8,
  },
  {
    file: 'screen_photo_tilted_07.jpg',
    screen: [1100, 700],
    quad: [
      [60, 260],
      [1480, 120],
      [1560, 1110],
      [120, 990],
    ],
    defocus: 0.7,
  },
  {
    file: 'screen_photo_dark_08.jpg',
    screen: [800, 500],
    quad: [
      [240, 230],
      [1380, 240],
      [1370, 960],
      [250, 950],
    ],
    defocus: 0.9,
    dark: true,
  },
  {
    file: 'screen_photo_close_09.jpg',
    screen: [640, 400],
    quad: [
      [40, 80],
      [1580, 60],
      [1570, 1140],
      [30, 1120],
    ],
    defocus: 1.1,
  },
  {
    file: 'screen_photo_bayer_12.jpg',
    screen: [990, 619],
    quad: [
      [100, 140],
      [1500, 120],
      [1490, 1040],
      [110, 1060],
    ],
    defocus: 0.8,
    bayer: true,
  },
  {
    file: 'screen_photo_bayer_tilted_13.jpg',
    screen: [1024, 640],
    quad: [
      [60, 260],
      [1480, 120],
      [1560, 1110],
      [120, 990],
    ],
    defocus: 0.7,
    bayer: true,
  },
];

/**
 * Renders the camera's view: for every camera pixel, SAMPLES² points mapped into the quad's unit
 * square and coloured by `surface` (or the room outside it), then lens blur and sensor noise.
 * @param {{ quad: Quad, defocus: number, seed: string }} view
 * @param {(u: number, v: number, out: number[]) => void} surface
 */
function photograph({ quad, defocus, seed }, surface) {
  const { width, height } = CAMERA;
  const scene = newScene(width, height);
  const mapping = quadMapping(quad);
  const colour = [0, 0, 0];
  const sum = [0, 0, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      sum[0] = sum[1] = sum[2] = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [u, v] = mapping.toUnit(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
          if (u >= 0 && u < 1 && v >= 0 && v < 1) surface(u, v, colour);
          else for (let c = 0; c < 3; c++) colour[c] = ROOM[c];
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
        }
      }
      for (let c = 0; c < 3; c++) scene.data[(y * width + x) * 3 + c] = sum[c] / (SAMPLES * SAMPLES);
    }
  }
  blurScene(scene, defocus);
  return addNoise(scene, SENSOR_NOISE, new Rng(seed));
}

/**
 * A screen of `columns` x `rows` pixels showing `picture` (scaled to fill it): at (u, v), the
 * light of the one sub-pixel stripe there, or the dark gaps between them. A sub-pixel emits only
 * its own primary, at three times the pixel's level so that a pixel's mean is its colour.
 * @param {Sprite} picture
 * @param {[number, number]} screen
 */
function screenSurface(picture, [columns, rows]) {
  return (/** @type {number} */ u, /** @type {number} */ v, /** @type {number[]} */ out) => {
    const sx = u * columns;
    const sy = v * rows;
    const px = Math.floor(sx);
    const py = Math.floor(sy);
    const stripe = (sx - px) * 3;
    const channel = Math.floor(stripe);
    out[0] = out[1] = out[2] = BEZEL / 3;
    if (stripe - channel > SUBPIXEL_FILL || sy - py > ROW_FILL) return;
    const i = (Math.floor((py / rows) * picture.h) * picture.w + Math.floor((px / columns) * picture.w)) * 4;
    out[channel] = (3 * picture.data[i + channel]) / (SUBPIXEL_FILL * ROW_FILL);
  };
}

/**
 * The picture a screen shows: card A on a light (or dark) app background, `width` x `height`.
 * @param {number} width
 * @param {number} height
 * @param {boolean} dark
 */
async function screenPicture(width, height, dark) {
  const cardWidth = Math.round(width * 0.7);
  const card = await renderDocument('A', cardWidth);
  const background = dark ? '#1e1e22' : '#eef0f4';
  const { data, info } = await sharp({ create: { width, height, channels: 4, background } })
    .composite([
      { input: Buffer.from(card.data), raw: { width: card.w, height: card.h, channels: 4 }, gravity: 'centre' },
    ])
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { w: info.width, h: info.height, data: new Uint8Array(data) };
}

/**
 * Writes the scene as a phone's JPEG.
 * @param {import('./scene.mjs').Scene} scene
 * @param {string} file
 */
async function writePhonePhoto(scene, file) {
  await sharp(Buffer.from(toBytes(scene, 3).buffer), { raw: { width: scene.w, height: scene.h, channels: 3 } })
    .withExif(PHONE_EXIF)
    .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
    .toFile(path.join(OUT_DIR, file));
}

/** The photos of screens, then the printed controls. */
export async function makeScreenPhotos() {
  for (const { file, screen, quad, defocus, dark = false, bayer = false, pending } of SCREEN_CASES) {
    // The picture at 4 texels per screen pixel: the card's detail is finer than the screen's.
    const picture = await screenPicture(screen[0] * 2, screen[1] * 2, dark);
    const scene = photograph({ quad, defocus, seed: file }, screenSurface(picture, screen));
    await writePhonePhoto(bayer ? bayerDemosaic(scene) : scene, file);
    const pitch = (quad[1][0] - quad[0][0]) / screen[0];
    addEntry({
      file,
      label: 'screen_capture',
      kind: 'document',
      corners: null,
      notes: `phone photo${bayer ? ' (colour filter grid, demosaiced)' : ''} of a ${screen[0]}x${screen[1]} RGB-stripe screen showing card A on a ${dark ? 'dark' : 'light'} app, about ${pitch.toFixed(2)} camera px per screen pixel, lens blur ${defocus} px, ${CAMERA.width}x${CAMERA.height} JPEG with phone EXIF; screen quad ${flatCorners(quad).join(' ')}`,
      expect: 'screen_moire',
      ...(pending ? { pending } : {}),
    });
  }
  for (const { file, quad, defocus, notes, pattern, bayer = false } of PRINT_CASES) {
    const scene = photograph({ quad, defocus, seed: file }, pattern);
    await writePhonePhoto(bayer ? bayerDemosaic(scene) : scene, file);
    addEntry({
      file,
      label: 'doc_pattern',
      kind: 'document',
      corners: null,
      notes: `${notes}, lens blur ${defocus} px, ${CAMERA.width}x${CAMERA.height} JPEG with phone EXIF`,
      expect: 'screen_control',
    });
  }
}
