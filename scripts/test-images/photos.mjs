// @ts-check
// Family "photos": good photos of a card or the passport page lying on a surface, and the
// grayscale, dark, overexposed and low-resolution versions derived from them.

import { describeLay, renderDocument } from './document.mjs';
import { addEntry } from './labels.mjs';
import { round1 } from './numbers.mjs';
import { applyLighting } from './optics.mjs';
import { flatCorners } from './perspective.mjs';
import { Rng } from './random.mjs';
import { addNoise, adjustLevels, clampScene, cloneScene, downscale, toGray, writeJpeg } from './scene.mjs';
import { PHOTO_SIZE, SENSOR_NOISE } from './settings.mjs';
import { drawSprite, placeSprite } from './sprites.mjs';
import { makeBackground } from './textures.mjs';

/** @import { DocumentDesign } from './document.mjs' */
/** @import { LightingOptions } from './optics.mjs' */
/** @import { Scene } from './scene.mjs' */
/** @import { BackgroundKind } from './textures.mjs' */

/**
 * A version of a good photo: 'gray' (R = G = B, or a single-channel JPEG when `channels` is 1),
 * 'dark' (light times `factor`), 'over' (blown out: levels times `gain` plus `offset`, clipped) or
 * 'lowres' (downscaled to a shorter side of `short` px).
 * @typedef {{ type: 'gray', file: string, channels?: 1 }
 *   | { type: 'dark', file: string, factor: number }
 *   | { type: 'over', file: string, gain: number, offset: number }
 *   | { type: 'lowres', file: string, short: number }} Derived
 */

/**
 * A good photo: `design` at `frac` of the frame's width on `bg`, turned by `angle` degrees, lit
 * by `light`; `n` numbers its file. `size` defaults to PHOTO_SIZE.
 * @typedef {object} PhotoCase
 * @property {string} n
 * @property {DocumentDesign} design
 * @property {BackgroundKind} bg
 * @property {number} frac
 * @property {number} angle
 * @property {{ width: number, height: number }} [size]
 * @property {LightingOptions} light
 * @property {Derived[]} derived
 */

/** @type {PhotoCase[]} */
const PHOTOS = [
  {
    n: '01',
    design: 'A',
    bg: 'wood',
    frac: 0.58,
    angle: 7,
    light: { gain: 0.98, gx: 0.12, gy: -0.06 },
    derived: [
      { type: 'gray', file: 'doc_gray_wood_card_01.jpg' },
      { type: 'over', file: 'doc_overexposed_wood_card_01.jpg', gain: 2.4, offset: 45 },
    ],
  },
  {
    n: '02',
    design: 'B',
    bg: 'table',
    frac: 0.52,
    angle: -5,
    light: { gain: 1.0, gx: -0.1, gy: 0.08 },
    derived: [
      { type: 'dark', file: 'doc_dark_table_card_01.jpg', factor: 0.18 },
      { type: 'lowres', file: 'doc_lowres_table_card_01.jpg', short: 120 },
    ],
  },
  {
    n: '03',
    design: 'C',
    bg: 'keyboard',
    frac: 0.62,
    angle: 11,
    light: { gain: 1.02, gx: 0.08, gy: 0.1 },
    derived: [
      { type: 'gray', file: 'doc_gray_keyboard_card_02.jpg', channels: 1 },
      { type: 'lowres', file: 'doc_lowres_keyboard_card_02.jpg', short: 105 },
    ],
  },
  {
    n: '04',
    design: 'D',
    bg: 'lightdesk',
    frac: 0.48,
    angle: -9,
    light: { gain: 0.97, gx: 0.05, gy: -0.12 },
    derived: [{ type: 'over', file: 'doc_overexposed_lightdesk_card_02.jpg', gain: 2.2, offset: 35 }],
  },
  {
    n: '05',
    design: 'P',
    bg: 'wood',
    frac: 0.66,
    angle: -3,
    light: { gain: 1.0, gx: -0.08, gy: -0.05 },
    derived: [
      { type: 'gray', file: 'doc_gray_wood_passport_03.jpg' },
      { type: 'dark', file: 'doc_dark_wood_passport_02.jpg', factor: 0.12 },
    ],
  },
  {
    n: '06',
    design: 'A',
    bg: 'lightdesk',
    frac: 0.68,
    angle: 2,
    light: { gain: 0.96, gx: 0.1, gy: 0.05 },
    derived: [{ type: 'dark', file: 'doc_dark_lightdesk_card_03.jpg', factor: 0.25 }],
  },
  {
    n: '07',
    design: 'C',
    bg: 'table',
    frac: 0.62,
    angle: -12,
    size: { width: 1200, height: 1600 },
    light: { gain: 1.0, gx: 0.06, gy: -0.1 },
    derived: [],
  },
  {
    n: '08',
    design: 'P',
    bg: 'keyboard',
    frac: 0.6,
    angle: 9,
    light: { gain: 0.97, gx: -0.12, gy: 0.04 },
    derived: [
      // The dark keyboard keeps the frame's exposure statistics normal; only the page is blown out,
      // so this needs exposure measured inside the document's outline.
      { type: 'over', file: 'doc_overexposed_keyboard_passport_03.jpg', gain: 2.8, offset: 25 },
    ],
  },
];

/**
 * What a derived version starts from: the good photo before (`lit`) and after (`good`) sensor
 * noise, its file, the document's corners and the photo's description.
 * @typedef {{ lit: Scene, good: Scene, goodFile: string, corners: number[], description: string }} GoodPhoto
 */

/**
 * Writes one derived version of a good photo.
 * @param {Derived} variant
 * @param {GoodPhoto} photo
 */
async function makeDerived(variant, { lit, good, goodFile, corners, description }) {
  const { file } = variant;
  const entry = { file, kind: /** @type {const} */ ('document'), corners };
  if (variant.type === 'gray') {
    await writeJpeg(toGray(cloneScene(good)), file, variant.channels ?? 3);
    const how = variant.channels === 1 ? 'single-channel grayscale JPEG' : '3-channel JPEG with R=G=B';
    addEntry({ ...entry, label: 'doc_gray', notes: `grayscale version of ${goodFile} (${how}); ${description}` });
  } else if (variant.type === 'dark') {
    const { factor } = variant;
    await writeJpeg(addNoise(adjustLevels(cloneScene(lit), factor, 0), 3, new Rng('derived-' + file)), file);
    const notes = `${goodFile} darkened x${factor} (dark room) + noise sigma 3; ${description}`;
    addEntry({ ...entry, label: 'doc_dark', notes });
  } else if (variant.type === 'over') {
    const { gain, offset } = variant;
    // the sensor clips first; noise only survives where it did not clip
    const blownOut = clampScene(adjustLevels(cloneScene(lit), gain, offset));
    await writeJpeg(addNoise(blownOut, 2, new Rng('derived-' + file)), file);
    const notes = `${goodFile} blown out: gain ${gain}, offset +${offset}, clipped, noise sigma 2; ${description}`;
    addEntry({ ...entry, label: 'doc_overexposed', notes });
  } else {
    const small = await downscale(good, variant.short);
    await writeJpeg(small, file);
    const scaled = corners.map((v, i) => round1(v * (i % 2 === 0 ? small.sx : small.sy)));
    const notes = `${goodFile} downscaled to ${small.w}x${small.h}; ${description}`;
    addEntry({ ...entry, label: 'doc_lowres', corners: scaled, notes });
  }
}

/**
 * Writes one good photo and its derived versions.
 * @param {PhotoCase} photo
 */
async function makePhoto(photo) {
  const { width, height } = photo.size ?? PHOTO_SIZE;
  const rng = new Rng('photo-' + photo.n);
  const scene = await makeBackground({ kind: photo.bg, width, height, seed: photo.n });
  const sprite = await renderDocument(photo.design, Math.round(photo.frac * width));
  const [cx, cy] = placeSprite(rng, { scene, sprite, angleDeg: photo.angle });
  const corners = flatCorners(drawSprite(scene, sprite, { cx, cy, angleDeg: photo.angle }));
  const lit = applyLighting(scene, photo.light);
  const description = describeLay(photo);

  const good = addNoise(cloneScene(lit), SENSOR_NOISE, rng);
  const goodFile = `doc_good_${photo.bg}_${photo.design === 'P' ? 'passport' : 'card'}_${photo.n}.jpg`;
  await writeJpeg(good, goodFile);
  addEntry({ file: goodFile, label: 'doc_good', kind: 'document', corners, notes: description });

  for (const variant of photo.derived) await makeDerived(variant, { lit, good, goodFile, corners, description });
}

/** The good photos, each followed by its derived versions. */
export async function makePhotos() {
  for (const photo of PHOTOS) await makePhoto(photo);
}
