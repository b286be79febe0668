// @ts-check
// Family "documents on paper": flatbed scans, a photo of a black-and-white printout, and letters
// that are mostly white paper with small coloured elements.

import { documentName, renderDocument, rotationText } from './document.mjs';
import { addEntry } from './labels.mjs';
import { letterSVG } from './letter.mjs';
import { applyLighting } from './optics.mjs';
import { flatCorners } from './perspective.mjs';
import { Rng } from './random.mjs';
import {
  addNoise,
  adjustLevels,
  mulChannels,
  pasteSprite,
  rasterize,
  spriteToScene,
  toneMap,
  writeJpeg,
} from './scene.mjs';
import { PHOTO_SIZE, SENSOR_NOISE } from './settings.mjs';
import { drawSprite, placeSprite } from './sprites.mjs';
import { BACKGROUND_NAMES, makeBackground } from './textures.mjs';
import { textLinePath } from './svg.mjs';

/** @import { DocumentDesign } from './document.mjs' */
/** @import { LetterKind } from './letter.mjs' */
/** @import { Point } from './perspective.mjs' */
/** @import { Sprite } from './scene.mjs' */
/** @import { BackgroundKind } from './textures.mjs' */

/** The shadow of a sheet of paper: thinner than a card, so lighter and closer. */
const PAPER_SHADOW = { opacity: 0.25, blur: 10, offset: /** @type {Point} */ ([5, 8]) };

/**
 * A flatbed scan of `design`, optionally toned: grayscale mapped onto the ramp from `dark` to
 * `light`, which `what` describes.
 * @typedef {object} ScanCase
 * @property {string} file
 * @property {DocumentDesign} design
 * @property {'doc_good' | 'doc_gray'} label
 * @property {{ dark: number[], light: number[], what: string }} [tone]
 */

/** @type {ScanCase[]} */
const SCANS = [
  { file: 'doc_good_scan_card_09.jpg', design: 'B', label: 'doc_good' },
  { file: 'doc_good_scan_passport_10.jpg', design: 'P', label: 'doc_good' },
  {
    file: 'doc_gray_sepia_scan_04.jpg',
    design: 'C',
    label: 'doc_gray',
    tone: { dark: [52, 38, 24], light: [242, 230, 204], what: 'sepia-toned (old brown/yellow scan)' },
  },
  {
    file: 'doc_gray_cold_scan_05.jpg',
    design: 'D',
    label: 'doc_gray',
    tone: {
      dark: [18, 30, 52],
      light: [226, 236, 252],
      what: 'blue-tinted monochrome (cyanotype / cold white balance)',
    },
  },
];

/**
 * Flatbed-scan style: the document fills the whole image.
 * @param {ScanCase} scan
 */
async function makeScan({ file, design, label, tone }) {
  const rng = new Rng('scan-' + file);
  const sprite = await renderDocument(design, 1600);
  let image = spriteToScene(sprite, [244, 244, 242]);
  if (tone) {
    // scanners flatten contrast a little before toning
    image = toneMap(adjustLevels(image, 0.94, 8), tone.dark, tone.light);
  }
  applyLighting(image, { gain: 0.96, gx: 0.02, gy: 0, vignette: 0, blur: 0.6 });
  addNoise(image, 1.5, rng);
  await writeJpeg(image, file);
  const base = `flatbed scan of ${documentName(design)}, tight crop (document fills the frame)`;
  const notes = tone ? `${base}, ${tone.what}` : base;
  addEntry({
    file,
    label,
    kind: 'document',
    corners: null,
    notes,
    ...(label === 'doc_good' ? { expect: 'doc_good_scan' } : {}),
  });
}

/** The flatbed scans. */
export async function makeScans() {
  for (const scan of SCANS) await makeScan(scan);
}

/**
 * A white A4 sheet (landscape, 1230 px wide) with a few lines of text and card A printed on it in
 * grayscale: toner never reaches full black, and the paper is the white.
 * @param {Rng} rng
 * @returns {Promise<Sprite>}
 */
async function printedSheet(rng) {
  const w = 1230;
  const h = Math.round(w / Math.SQRT2);
  const sheet = { w, h, data: new Uint8Array(w * h * 4) };
  for (let i = 0; i < sheet.data.length; i += 4) {
    sheet.data[i] = 245;
    sheet.data[i + 1] = 245;
    sheet.data[i + 2] = 245;
    sheet.data[i + 3] = 255;
  }
  // lines of printed text above the card
  const text = [
    textLinePath(rng, { x: 90, y: 60, maxWidth: 420, height: 12 }),
    textLinePath(rng, { x: 90, y: 86, maxWidth: 300, height: 12 }),
    textLinePath(rng, { x: w - 330, y: 60, maxWidth: 240, height: 10 }),
  ];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><path d="${text.map((line) => line.path).join('')}" fill="#262626"/></svg>`;
  pasteSprite(sheet, await rasterize({ svg, w, h }), { left: 0, top: 0 });
  const card = await renderDocument('A', 800);
  for (let i = 0; i < card.data.length; i += 4) {
    const y = 0.299 * card.data[i] + 0.587 * card.data[i + 1] + 0.114 * card.data[i + 2];
    const v = Math.round(22 + (y / 255) * 221);
    card.data[i] = v;
    card.data[i + 1] = v;
    card.data[i + 2] = v;
  }
  pasteSprite(sheet, card, { left: Math.round((w - card.w) / 2), top: Math.round((h - card.h) / 2) + 25 });
  return sheet;
}

/** Colour photo of a black-and-white printout of card A lying on a neutral gray table. */
export async function makePrintoutPhoto() {
  const file = 'doc_gray_bw_printout_photo_06.jpg';
  const angle = -4;
  const rng = new Rng('printout');
  const sheet = await printedSheet(rng);
  const scene = await makeBackground({ kind: 'graytable', ...PHOTO_SIZE, seed: 'printout' });
  const [cx, cy] = placeSprite(rng, { scene, sprite: sheet, angleDeg: angle, margin: 30 });
  const corners = flatCorners(drawSprite(scene, sheet, { cx, cy, angleDeg: angle, shadow: PAPER_SHADOW }));
  applyLighting(scene, { gain: 0.95, gx: 0.16, gy: 0.1, vignette: 0.2 });
  mulChannels(scene, [1.06, 1.0, 0.9]); // warm white balance
  addNoise(scene, 3, rng);
  await writeJpeg(scene, file);
  addEntry({
    file,
    label: 'doc_gray',
    kind: 'document',
    corners,
    notes: `colour photo of a black-and-white printout: grayscale render of card A on a white A4 sheet (corners = the sheet), on a neutral gray table, ${rotationText(angle)}, warm cast (R x1.06, B x0.9), luminance gradient, per-channel noise sigma 3`,
  });
}

/**
 * An A4 letter of `kind` (which `what` describes) lying on `bg`, turned by `angle` degrees.
 * @typedef {{ file: string, kind: LetterKind, bg: BackgroundKind, angle: number, what: string }} LetterCase
 */

/** @type {LetterCase[]} */
const LETTERS = [
  {
    file: 'doc_color_on_white_bill_01.jpg',
    kind: 'bill',
    bg: 'graytable',
    angle: 3,
    what: 'utility bill: black pseudo-text and table, small orange/blue logo, blue signature',
  },
  {
    file: 'doc_color_on_white_stamp_02.jpg',
    kind: 'stamp',
    bg: 'graytable2',
    angle: -5,
    what: 'letter: black pseudo-text, black logo, red round stamp, blue signature',
  },
  {
    file: 'doc_color_on_white_letter_03.jpg',
    kind: 'letter',
    bg: 'graytable',
    angle: -2,
    what: 'letter: black pseudo-text, small green/yellow logo, blue signature',
  },
];

/**
 * A portrait photo of a letter, with a slight warm cast.
 * @param {LetterCase} letter
 */
async function makeLetterPhoto({ file, kind, bg, angle, what }) {
  const rng = new Rng('cow-' + file);
  const sprite = await rasterize(letterSVG(kind, 960));
  const scene = await makeBackground({ kind: bg, width: 1200, height: 1600, seed: file });
  const [cx, cy] = placeSprite(rng, { scene, sprite, angleDeg: angle, margin: 25 });
  const corners = flatCorners(drawSprite(scene, sprite, { cx, cy, angleDeg: angle, shadow: PAPER_SHADOW }));
  applyLighting(scene, { gain: 0.93, gx: -0.1, gy: 0.12, vignette: 0.18 });
  mulChannels(scene, [1.03, 1.0, 0.95]);
  addNoise(scene, SENSOR_NOISE, rng);
  await writeJpeg(scene, file);
  addEntry({
    file,
    label: 'doc_good',
    kind: 'document',
    corners,
    notes: `A4 ${what}; on ${BACKGROUND_NAMES[bg]}, ${rotationText(angle)}, slight warm cast (R x1.03, B x0.95)`,
    expect: 'doc_color_on_white',
  });
}

/** Mostly black-and-white paper documents with small coloured elements. */
export async function makeColorOnWhite() {
  for (const letter of LETTERS) await makeLetterPhoto(letter);
}
