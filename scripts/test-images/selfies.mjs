// @ts-check
// Family "selfies": a drawn person on a plain wall, and the same picture dark, blurred, cut off or
// far away; two people; nobody.

import { peopleSVG } from './face.mjs';
import { addEntry } from './labels.mjs';
import { applyLighting, blurScene } from './optics.mjs';
import { Rng } from './random.mjs';
import { addNoise, adjustLevels, cloneScene, cropScene, rasterize, spriteToScene, writeJpeg } from './scene.mjs';
import { SENSOR_NOISE } from './settings.mjs';

/** @import { Person } from './face.mjs' */
/** @import { ExpectGroup } from './labels.mjs' */

/**
 * The selfie of person `person` (an index of SELFIE_LOOKS) in 1200x1600, head centred at
 * (headX, 700), lit with a left-right gradient `gx`, and its versions: the light cut to
 * `lightCut`, a gaussian blur of `blurSigma` px, cropped to `cut.box`, and the person far away at
 * (farHeadX, 900).
 * @typedef {object} SelfieCase
 * @property {string} n numbers the files
 * @property {number} person
 * @property {number} headX
 * @property {number} gx
 * @property {number} lightCut
 * @property {number} blurSigma
 * @property {{ box: { left: number, top: number, width: number, height: number }, what: string }} cut
 * @property {number} farHeadX
 */

/** @type {SelfieCase[]} */
const SELFIES = [
  {
    n: '01',
    person: 0,
    headX: 585,
    gx: 0.1,
    lightCut: 0.27,
    blurSigma: 18,
    cut: { box: { left: 0, top: 610, width: 1200, height: 990 }, what: 'cropped at y 610: the forehead is outside' },
    farHeadX: 760,
  },
  {
    n: '02',
    person: 1,
    headX: 625,
    gx: -0.1,
    lightCut: 0.2,
    blurSigma: 24,
    cut: {
      box: { left: 520, top: 0, width: 680, height: 1600 },
      what: 'cropped at x 520: the left ear and half the left cheek are outside',
    },
    farHeadX: 380,
  },
];

/**
 * A picture that is not a one-person selfie: two people side by side, or only the wall.
 * @typedef {object} GroupCase
 * @property {string} file
 * @property {ExpectGroup} label
 * @property {{ width: number, height: number, wall: number, people: Person[] }} picture
 * @property {string} notes
 */

/** @type {GroupCase[]} */
const GROUPS = [
  {
    file: 'selfie_two_01.jpg',
    label: 'face_many',
    picture: {
      width: 1600,
      height: 1200,
      wall: 0,
      people: [
        { look: 0, cx: 520, cy: 560, scale: 2.9 },
        { look: 1, cx: 1090, cy: 590, scale: 2.7 },
      ],
    },
    notes: 'both synthetic people side by side, 1600x1200',
  },
  {
    file: 'selfie_none_01.jpg',
    label: 'face_none',
    picture: { width: 1200, height: 1600, wall: 1, people: [] },
    notes: 'the plain wall of the selfies, nobody in front of it',
  },
];

/**
 * Writes a selfie and its versions, all noised by one generator in this order.
 * @param {SelfieCase} selfie
 */
async function makeSelfie({ n, person, headX, gx, lightCut, blurSigma, cut, farHeadX }) {
  const rng = new Rng('selfie-' + person);
  const portrait = await rasterize(
    peopleSVG({ width: 1200, height: 1600, wall: person, people: [{ look: person, cx: headX, cy: 700, scale: 4.5 }] }),
  );
  const lit = applyLighting(spriteToScene(portrait, [0, 0, 0]), { gain: 1.0, gx, gy: -0.05, vignette: 0.22 });
  /** @type {(file: string, label: ExpectGroup, notes: string) => void} */
  const add = (file, label, notes) => addEntry({ file, label, kind: 'selfie', corners: null, notes });

  const base = `selfie_like_${n}.jpg`;
  await writeJpeg(addNoise(cloneScene(lit), SENSOR_NOISE, rng), base);
  add(base, 'face_one', `synthetic head-and-shoulders portrait ${person + 1} on a plain wall, 1200x1600`);

  // The same selfie in a dim room (and more sensor noise, as a phone would show).
  const dark = `selfie_dark_${n}.jpg`;
  await writeJpeg(addNoise(adjustLevels(cloneScene(lit), lightCut, 0), SENSOR_NOISE * 1.5, rng), dark);
  add(dark, 'selfie_dark', `${base} with the light cut to ${Math.round(lightCut * 100)} %`);

  // Out of focus / shaken: Gaussian blur of sigma 1.5-2 % of the width.
  const blurry = `selfie_blur_${n}.jpg`;
  await writeJpeg(addNoise(blurScene(cloneScene(lit), blurSigma), SENSOR_NOISE, rng), blurry);
  add(blurry, 'selfie_blur', `${base} blurred (Gaussian sigma ${blurSigma} px)`);

  // The camera held too high (forehead cut) or too far to one side (cheek cut).
  const cutOff = `selfie_cut_off_${n}.jpg`;
  await writeJpeg(addNoise(cropScene(lit, cut.box), SENSOR_NOISE, rng), cutOff);
  add(cutOff, 'face_cut_off', `${base} ${cut.what}`);

  // Held at arm's length across a room: the same person at a fifth of the scale.
  const small = `selfie_small_${n}.jpg`;
  const far = await rasterize(
    peopleSVG({
      width: 1200,
      height: 1600,
      wall: person,
      people: [{ look: person, cx: farHeadX, cy: 900, scale: 0.95 }],
    }),
  );
  await writeJpeg(addNoise(applyLighting(spriteToScene(far, [0, 0, 0]), { vignette: 0.22 }), SENSOR_NOISE, rng), small);
  add(small, 'face_small', `person ${person + 1} far away: the face is about 90 px of a 1200x1600 frame`);
}

/** The selfies, then the pictures of two people and of nobody (noised by one shared generator). */
export async function makeSelfies() {
  for (const selfie of SELFIES) await makeSelfie(selfie);
  const rng = new Rng('selfie-group');
  for (const { file, label, picture, notes } of GROUPS) {
    const image = await rasterize(peopleSVG(picture));
    await writeJpeg(
      addNoise(applyLighting(spriteToScene(image, [0, 0, 0]), { vignette: 0.22 }), SENSOR_NOISE, rng),
      file,
    );
    addEntry({ file, label, kind: 'selfie', corners: null, notes });
  }
}
