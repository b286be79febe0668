// @ts-check
// Family "glare": lamp glare and veiling glare on documents, and good photos that look a little
// like glare and must pass (a hologram, a nearly white card, a soft pool of light).

import { GLARE_RIM, GLARE_VEIL_WEIGHT, addGlare, addHologram, addSoftLight, addVeil } from './document-light.mjs';
import { documentBrightness, layDocument } from './document.mjs';
import { addEntry } from './labels.mjs';
import { oneDecimal, round1 } from './numbers.mjs';
import { applyLighting } from './optics.mjs';
import { flatCorners } from './perspective.mjs';
import { addNoise, writeJpeg } from './scene.mjs';
import { SENSOR_NOISE } from './settings.mjs';

/** @import { GlareOptions, HologramOptions, VeilOptions } from './document-light.mjs' */
/** @import { FlatLay } from './document.mjs' */
/** @import { Point } from './perspective.mjs' */

/**
 * Specular hotspots; `glare` is passed to addGlare, `where` says where it is for the notes.
 * @type {(FlatLay & { glare: GlareOptions, where: string })[]}
 */
const GLARE_CASES = [
  {
    file: 'doc_glare_small_01.jpg',
    design: 'B',
    bg: 'table',
    frac: 0.55,
    angle: -6,
    glare: { at: [0.84, 0.22], coreShare: 0.02, aspect: 1.7, angleDeg: 30, halo: 1 },
    where: 'near its top-right corner',
  },
  {
    file: 'doc_glare_medium_02.jpg',
    design: 'D',
    bg: 'wood',
    frac: 0.58,
    angle: 8,
    glare: { at: [0.33, 0.62], coreShare: 0.06, aspect: 1.5, angleDeg: -20, halo: 0.9 },
    where: 'left of and below its centre',
  },
  {
    file: 'doc_glare_large_03.jpg',
    design: 'P',
    bg: 'keyboard',
    frac: 0.62,
    angle: 4,
    glare: { at: [0.6, 0.45], coreShare: 0.15, aspect: 1.35, angleDeg: 15, halo: 0.6 },
    where: 'right of its centre',
  },
];

/**
 * Veiling glare (see addVeil): no clipped core, print still faintly visible through it.
 * @type {(FlatLay & { veil: VeilOptions, where: string })[]}
 */
const VEIL_CASES = [
  {
    file: 'doc_glare_veil_04.jpg',
    design: 'A',
    bg: 'keyboard',
    frac: 0.6,
    angle: -5,
    veil: { at: [0.55, 0.55], peak: 0.7, across: 0.09, along: 0.3, angleDeg: -8 },
    where: 'a broad band across the middle of the card',
  },
];

/** The exposure of the good look-alikes. */
const LOOKALIKE_LIGHT = { gain: 0.97, gx: 0.06, gy: -0.08 };

/**
 * A card with a holographic overlay (see addHologram); no sparkle may cover 0.05 % of it.
 * @type {{ lay: FlatLay, hologram: HologramOptions }}
 */
const HOLOGRAM_CASE = {
  lay: { file: 'doc_good_hologram_11.jpg', design: 'C', bg: 'table', frac: 0.56, angle: -4 },
  hologram: {
    sheenBox: [0.38, 0.35, 0.97, 0.97],
    sheenOpacity: 0.12,
    sparkleBox: [0.03, 0.08, 0.62, 0.72],
    count: 180,
  },
};

/**
 * The nearly white card W on a dark table, well exposed.
 * @type {FlatLay}
 */
const WHITE_CARD_CASE = { file: 'doc_good_white_card_12.jpg', design: 'W', bg: 'darktable', frac: 0.55, angle: 5 };

/**
 * A card exposed at `gain` with a soft pool of light over its right half: `peak` levels at `at`
 * (unit square), gaussian sigma `sigma` of the card's width; no card pixel may reach 250.
 * @type {{ lay: FlatLay, gain: number, at: Point, sigma: number, peak: number }}
 */
const SOFT_LIGHT_CASE = {
  lay: { file: 'doc_good_soft_light_13.jpg', design: 'D', bg: 'graytable', frac: 0.54, angle: -7 },
  gain: 0.86,
  at: [0.8, 0.5],
  sigma: 0.25,
  peak: 25,
};

/** The lamp-glare photos. */
export async function makeGlareVariants() {
  for (const { glare, where, ...lay } of GLARE_CASES) {
    const { scene, rng, doc, description } = await layDocument(lay);
    // Exposed like the phone photos in the corpus (card paper at luma 160-190): the camera meters
    // for the scene, so a lamp's reflection clips well above the paper.
    applyLighting(scene, { gain: 0.8, gx: -0.06, gy: 0.07 });
    addNoise(scene, SENSOR_NOISE, rng);
    const { center, longRadius, shortRadius } = addGlare(scene, doc, glare);
    await writeJpeg(scene, lay.file);
    addEntry({
      file: lay.file,
      label: 'doc_glare',
      kind: 'document',
      corners: flatCorners(doc.quad),
      notes:
        `${description}; lamp glare ${where}: elliptical core clipped to 255 (radii ${oneDecimal(longRadius)} x ${oneDecimal(shortRadius)} px, long axis at ${glare.angleDeg} deg, ` +
        `${glare.coreShare * 100} % of the document), halo past the rim: ${GLARE_RIM.weight} x gaussian of sigma ${GLARE_RIM.sigma} ` +
        `and ${GLARE_VEIL_WEIGHT} x gaussian of sigma ${glare.halo} core radii, stopping at the document's outline`,
      extra: { glareCenter: center.map(round1), glareCoreShare: glare.coreShare },
    });
  }
}

/** The veiling-glare photos. */
export async function makeVeilVariants() {
  for (const { veil, where, ...lay } of VEIL_CASES) {
    const { scene, rng, doc, description } = await layDocument(lay);
    // Exposed for a dim room, like the corpus photo of a veiled card on a keyboard (card paper at luma ~150).
    applyLighting(scene, { gain: 0.68, gx: 0.05, gy: -0.04 });
    addNoise(scene, SENSOR_NOISE, rng);
    const center = addVeil(scene, doc, veil);
    await writeJpeg(scene, lay.file);
    addEntry({
      file: lay.file,
      label: 'doc_glare',
      kind: 'document',
      corners: flatCorners(doc.quad),
      notes:
        `${description}; veiling glare, ${where}: paper and print pulled towards white by up to ${veil.peak} ` +
        `(gaussian of sigma ${veil.across} across and ${veil.along} along the band, in document units), nothing clipped`,
      extra: { glareCenter: center.map(round1) },
    });
  }
}

/** The card with a holographic overlay; its sparkles are checked to stay tiny. */
async function makeHologramCard() {
  const { lay, hologram } = HOLOGRAM_CASE;
  const { scene, rng, doc, description } = await layDocument(lay);
  const footprint = addHologram(scene, doc, rng, hologram);
  const docArea = doc.width * doc.height;
  if (footprint >= 0.0005 * docArea) throw new RangeError(`a hologram sparkle covers ${footprint} px`);
  applyLighting(scene, LOOKALIKE_LIGHT);
  addNoise(scene, SENSOR_NOISE, rng);
  await writeJpeg(scene, lay.file);
  addEntry({
    file: lay.file,
    label: 'doc_good',
    kind: 'document',
    corners: flatCorners(doc.quad),
    notes:
      `${description}; holographic overlay: ${hologram.count} tiny rainbow sparkles (largest ${footprint} px = ` +
      `${((footprint / docArea) * 100).toFixed(3)} % of the document, a few almost white) over the portrait, the header and the text ` +
      `left of the middle, and a faint iridescent sheen (rainbow bands, opacity <= ${hologram.sheenOpacity}) over the lower right; must not count as glare`,
  });
}

/** The nearly white card; its measured brightness goes into the notes. */
async function makeWhiteCard() {
  const lay = WHITE_CARD_CASE;
  const { scene, rng, doc, description } = await layDocument(lay);
  applyLighting(scene, LOOKALIKE_LIGHT);
  addNoise(scene, SENSOR_NOISE, rng);
  const levels = documentBrightness(scene, doc);
  await writeJpeg(scene, lay.file);
  addEntry({
    file: lay.file,
    label: 'doc_good',
    kind: 'document',
    corners: flatCorners(doc.quad),
    notes:
      `${description}; card W is nearly white (#f4f4f2) with light grey guilloche, well exposed ` +
      `(brightest channel over the card: median ${levels.median}, 99th percentile ${levels.p99}, max ${levels.max}); ` +
      `must not count as glare or overexposed`,
  });
}

/** The card under a soft pool of light; checked not to clip. */
async function makeSoftLightCard() {
  const { lay, gain, at, sigma, peak } = SOFT_LIGHT_CASE;
  const { scene, rng, doc, description } = await layDocument(lay);
  applyLighting(scene, { ...LOOKALIKE_LIGHT, gain });
  addSoftLight(scene, { center: doc.mapping.toImage(at[0], at[1]), sigma: sigma * doc.width, peak });
  addNoise(scene, SENSOR_NOISE, rng);
  const brightest = documentBrightness(scene, doc).max;
  if (brightest >= 250) throw new RangeError(`the soft light reaches ${brightest}`);
  await writeJpeg(scene, lay.file);
  addEntry({
    file: lay.file,
    label: 'doc_good',
    kind: 'document',
    corners: flatCorners(doc.quad),
    notes:
      `${description}, exposure x${gain}; a soft pool of light over the card's right half ` +
      `(+${peak} levels at its centre, gaussian sigma ${sigma * 100} % of the card's width), not clipped (brightest card pixel ${brightest}); ` +
      `must not count as glare`,
  });
}

/** Good photos that look a little like glare or blur and must pass: hologram, white card, soft light. */
export async function makeGoodLookalikes() {
  await makeHologramCard();
  await makeWhiteCard();
  await makeSoftLightCard();
}
