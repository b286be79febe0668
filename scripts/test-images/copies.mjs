// @ts-check
// Family "scans and copies" (`scan_or_copy`): cards on a flatbed scanner's glass, a mono scan, a
// photocopy, a scanning app's page, a scan naming its scanner; and camera photos that share one
// trait of a scan each (square to the frame, filling it, a plain table), which must pass.

import path from 'node:path';
import sharp from 'sharp';
import { documentName, renderDocument } from './document.mjs';
import { addEntry } from './labels.mjs';
import { letterSVG } from './letter.mjs';
import { applyLighting } from './optics.mjs';
import { flatCorners } from './perspective.mjs';
import { Rng } from './random.mjs';
import {
  addNoise,
  adjustLevels,
  cropScene,
  newScene,
  rasterize,
  spriteToScene,
  toBytes,
  toGray,
  writeJpeg,
} from './scene.mjs';
import { JPEG_QUALITY, OUT_DIR, PHOTO_SIZE, SENSOR_NOISE } from './settings.mjs';
import { drawSprite } from './sprites.mjs';
import { makeBackground } from './textures.mjs';

/** @import { Exif } from 'sharp' */
/** @import { DocumentDesign } from './document.mjs' */
/** @import { Point, Quad } from './perspective.mjs' */
/** @import { Scene } from './scene.mjs' */

/** An A4 page at 150 dpi, landscape: what a flatbed scan of a card returns. */
const A4_150DPI = { width: 1754, height: 1240 };
/** The thin, sharp shadow along a card's edge on the glass, from the scanner's lamp. */
const GLASS_SHADOW = { opacity: 0.12, blur: 2, offset: /** @type {Point} */ ([1, 2]) };
/** The lid left around a card by the scanner software's selection, in pixels at 150 dpi. */
const SELECTION_MARGIN = 36;
/** A scanner's CCD noise: less than a phone's (`SENSOR_NOISE`). */
const SCANNER_NOISE = 1.2;
/** The grain of toner on paper, as noise sigma: a copy is grainier than the scanner's noise. */
const TONER_GRAIN = 2.5;
/** A phone's camera EXIF, for the controls that must pass. */
const PHONE_EXIF = /** @type {Exif} */ ({ IFD0: { Make: 'Apple', Model: 'iPhone 15', Software: '17.4' } });

/**
 * A scene of one colour.
 * @param {number} width
 * @param {number} height
 * @param {number[]} colour
 */
function plainScene(width, height, colour) {
  const scene = newScene(width, height);
  for (let i = 0; i < scene.data.length; i += 3) scene.data.set(colour, i);
  return scene;
}

/**
 * Writes `scene` as a JPEG with `exif`.
 * @param {Scene} scene
 * @param {string} file
 * @param {Exif} exif
 */
async function writeJpegWithExif(scene, file, exif) {
  const bytes = toBytes(scene, 3);
  await sharp(Buffer.from(bytes.buffer), { raw: { width: scene.w, height: scene.h, channels: 3 } })
    .withExif(exif)
    .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
    .toFile(path.join(OUT_DIR, file));
}

/**
 * What the scanner software keeps of the glass: the document's bounding box (`quad`) and
 * {@link SELECTION_MARGIN} around it; with the document's corners in the kept part.
 * @param {Scene} glass
 * @param {Quad} quad
 */
function selection(glass, quad) {
  const left = Math.round(Math.min(...quad.map(([x]) => x)) - SELECTION_MARGIN);
  const top = Math.round(Math.min(...quad.map(([, y]) => y)) - SELECTION_MARGIN);
  const right = Math.round(Math.max(...quad.map(([x]) => x)) + SELECTION_MARGIN);
  const bottom = Math.round(Math.max(...quad.map(([, y]) => y)) + SELECTION_MARGIN);
  const scan = cropScene(glass, { left, top, width: right - left, height: bottom - top });
  return { scan, corners: flatCorners(/** @type {Quad} */ (quad.map(([x, y]) => [x - left, y - top]))) };
}

/**
 * A card on a flatbed's glass: placed near the top-left corner where the scanner's guides put it,
 * turned by `angle` degrees, under a lid of `lid` colour (white, or black when scanned with the
 * lid open), evenly lit, with the scanner's softness and noise.
 * @param {{ file: string, design: DocumentDesign, lid: number[], angle: number, lidName: string }} scan
 */
async function makeFlatbedScan({ file, design, lid, angle, lidName }) {
  const rng = new Rng('flatbed-' + file);
  const glass = plainScene(A4_150DPI.width, A4_150DPI.height, lid);
  const sprite = await renderDocument(design, design === 'P' ? 740 : 506); // 125 mm and 85.6 mm at 150 dpi
  const cx = 60 + sprite.w / 2;
  const cy = 60 + sprite.h / 2;
  const quad = drawSprite(glass, sprite, { cx, cy, angleDeg: angle, shadow: GLASS_SHADOW });
  applyLighting(glass, { gain: 0.98, vignette: 0, blur: 0.6 });
  addNoise(glass, SCANNER_NOISE, rng);
  const { scan, corners } = selection(glass, quad);
  await writeJpeg(scan, file);
  addEntry({
    file,
    label: 'doc_copy',
    kind: 'document',
    corners,
    notes: `flatbed scan (150 dpi) of ${documentName(design)}, turned ${angle} deg, ${lidName}, the selection ${SELECTION_MARGIN} px of lid around it; even light, scanner noise sigma ${SCANNER_NOISE}; no metadata`,
  });
}

/** A card scanned in mono mode (R = G = B), the scan cropped to the card. */
async function makeMonoScan() {
  const file = 'doc_copy_mono_scan_03.jpg';
  const rng = new Rng('mono-' + file);
  const scene = spriteToScene(await renderDocument('C', 1200), [242, 242, 242]);
  applyLighting(scene, { gain: 0.98, vignette: 0, blur: 0.6 });
  toGray(scene);
  addNoise(scene, SCANNER_NOISE, rng);
  await writeJpeg(scene, file, 1);
  addEntry({
    file,
    label: 'doc_copy',
    kind: 'document',
    corners: null,
    notes: `${documentName('C')} scanned in mono mode (one-channel JPEG), cropped to the card, even light`,
    expect: 'doc_copy_gray',
  });
}

/**
 * A photocopy of the passport page on an A4 sheet, scanned: toner gray (the copier's contrast
 * pushed up, whites blown out, blacks never full black), toner specks, the page filling the image.
 */
async function makePhotocopy() {
  const file = 'doc_copy_photocopy_04.jpg';
  const rng = new Rng('copy-' + file);
  const sheet = plainScene(A4_150DPI.width, A4_150DPI.height, [250, 250, 250]);
  const sprite = await renderDocument('P', 740);
  const quad = drawSprite(sheet, sprite, { cx: 877, cy: 560, angleDeg: 0.4, shadow: GLASS_SHADOW });
  toGray(sheet);
  adjustLevels(sheet, 1.35, -70);
  for (let i = 0; i < sheet.data.length; i += 3) {
    // Toner: the darkest it lays is a charcoal gray; specks where the drum was dirty.
    const speck = rng.float() < 0.0015 ? 120 : 0;
    const v = Math.min(250, Math.max(38, sheet.data[i]) - speck);
    sheet.data[i] = v;
    sheet.data[i + 1] = v;
    sheet.data[i + 2] = v;
  }
  // Toner lies grainy: more noise than the scanner's own (flat areas would be a screenshot's).
  addNoise(sheet, TONER_GRAIN, rng);
  const { scan, corners } = selection(sheet, quad);
  await writeJpeg(scan, file);
  addEntry({
    file,
    label: 'doc_copy',
    kind: 'document',
    corners,
    notes: `photocopy of the ${documentName('P')}, scanned with ${SELECTION_MARGIN} px of the sheet around it: gray, contrast x1.35 - 70 (whites blown out, toner black at 38), toner specks and grain (noise sigma ${TONER_GRAIN}), turned 0.4 deg`,
    expect: 'doc_copy_gray',
  });
}

/**
 * A utility bill as a phone scanning app returns it: the page found, flattened and cropped, its
 * light evened out and its whites pushed to paper white; in colour.
 */
async function makeScanAppPage() {
  const file = 'doc_copy_scan_app_05.jpg';
  const rng = new Rng('app-' + file);
  const scene = spriteToScene(await rasterize(letterSVG('bill', 1100)), [255, 255, 255]);
  applyLighting(scene, { gain: 1.0, gx: 0.01, vignette: 0, blur: 0.7 });
  adjustLevels(scene, 1.06, 0);
  // The phone camera's noise, left in by the app (areas of one exact colour are a screenshot's).
  addNoise(scene, SENSOR_NOISE, rng);
  await writeJpeg(scene, file);
  addEntry({
    file,
    label: 'doc_copy',
    kind: 'document',
    corners: null,
    notes: `utility bill as a scanning app outputs it: page cropped to the frame, even light (1 % slope), whites lifted x1.06, the camera's noise (sigma ${SENSOR_NOISE})`,
  });
}

/** A flatbed scan of card B cropped to the card, its EXIF naming the scanner and its software. */
async function makeScannerExif() {
  const file = 'doc_copy_scanner_exif_06.jpg';
  const rng = new Rng('exif-' + file);
  const scene = spriteToScene(await renderDocument('B', 1100), [244, 244, 242]);
  applyLighting(scene, { gain: 0.96, gx: 0.02, vignette: 0, blur: 0.6 });
  addNoise(scene, SCANNER_NOISE, rng);
  await writeJpegWithExif(scene, file, {
    IFD0: { Make: 'Canon', Model: 'CanoScan LiDE 400', Software: 'IJ Scan Utility' },
  });
  addEntry({
    file,
    label: 'doc_copy',
    kind: 'document',
    corners: null,
    notes: `flatbed scan of ${documentName('B')} cropped to the card; EXIF Make Canon, Model CanoScan LiDE 400, Software IJ Scan Utility`,
  });
}

/**
 * Camera photos with one trait of a scan each: must not be `scan_or_copy`.
 * @typedef {object} ControlCase
 * @property {string} file
 * @property {DocumentDesign} design
 * @property {'lightdesk' | 'graytable'} bg
 * @property {number} angle degrees
 * @property {boolean} crop cut to the card (a gallery crop), so it fills the frame
 * @property {boolean} exif the phone's camera EXIF
 * @property {string} what
 */

/** @type {ControlCase[]} */
const CONTROLS = [
  {
    file: 'doc_good_square_exif_17.jpg',
    design: 'A',
    bg: 'lightdesk',
    angle: 0.3,
    crop: false,
    exif: true,
    what: 'square to the frame on a light desk, camera EXIF',
  },
  {
    file: 'doc_good_square_table_18.jpg',
    design: 'B',
    bg: 'graytable',
    angle: -0.5,
    crop: false,
    exif: false,
    what: 'square to the frame on a gray table, no EXIF (a live capture)',
  },
  {
    file: 'doc_good_tight_crop_19.jpg',
    design: 'D',
    bg: 'lightdesk',
    angle: 0,
    crop: true,
    exif: false,
    what: 'cropped to the card in the gallery (fills the frame), no EXIF',
  },
];

/**
 * One camera-photo control: the card photographed under a room's light (a slope across it and
 * vignetting), sensor noise.
 * @param {ControlCase} control
 */
async function makeControl({ file, design, bg, angle, crop, exif, what }) {
  const rng = new Rng('control-' + file);
  const scene = await makeBackground({ kind: bg, ...PHOTO_SIZE, seed: file });
  const sprite = await renderDocument(design, 900);
  const cx = PHOTO_SIZE.width / 2 + 40;
  const cy = PHOTO_SIZE.height / 2 - 30;
  const quad = drawSprite(scene, sprite, { cx, cy, angleDeg: angle });
  applyLighting(scene, { gain: 0.97, gx: 0.14, gy: -0.08, vignette: 0.2 });
  addNoise(scene, SENSOR_NOISE, rng);
  let photo = scene;
  if (crop) {
    photo = cropScene(scene, {
      left: Math.round(cx - sprite.w / 2) + 4,
      top: Math.round(cy - sprite.h / 2) + 4,
      width: sprite.w - 8,
      height: sprite.h - 8,
    });
  }
  if (exif) await writeJpegWithExif(photo, file, PHONE_EXIF);
  else await writeJpeg(photo, file);
  addEntry({
    file,
    label: 'doc_good',
    kind: 'document',
    corners: crop ? null : flatCorners(quad),
    notes: `camera photo of ${documentName(design)}: ${what}; light slope 14 % across, 8 % down, vignette 0.2`,
    expect: 'doc_camera_control',
  });
}

/** The scans and copies, and their camera-photo controls. */
export async function makeCopies() {
  await makeFlatbedScan({
    file: 'doc_copy_flatbed_card_01.jpg',
    design: 'A',
    lid: [246, 246, 244],
    angle: 0,
    lidName: 'white lid',
  });
  await makeFlatbedScan({
    file: 'doc_copy_flatbed_passport_02.jpg',
    design: 'P',
    lid: [14, 14, 16],
    angle: 0.6,
    lidName: 'lid open (black)',
  });
  await makeMonoScan();
  await makePhotocopy();
  await makeScanAppPage();
  await makeScannerExif();
  for (const control of CONTROLS) await makeControl(control);
}
