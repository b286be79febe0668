// @ts-check
// A document as it lies in a photo: rendering a card or the passport page, laying it on a
// background, and where its outline is afterwards.

import { cardSVG } from './card.mjs';
import { clamp255 } from './numbers.mjs';
import { passportSVG } from './passport.mjs';
import { quadMapping } from './perspective.mjs';
import { Rng } from './random.mjs';
import { rasterize } from './scene.mjs';
import { PHOTO_SIZE } from './settings.mjs';
import { drawSprite, drawSpriteQuad, placeSprite } from './sprites.mjs';
import { BACKGROUND_NAMES, makeBackground } from './textures.mjs';

/** @import { Quad, QuadMapping } from './perspective.mjs' */
/** @import { Scene } from './scene.mjs' */
/** @import { BackgroundKind } from './textures.mjs' */

/** @typedef {'A' | 'B' | 'C' | 'D' | 'W' | 'P'} DocumentDesign a card design of CARD_DESIGNS, or 'P' for the passport page */

/**
 * A document as laid on a scene.
 * @typedef {object} PlacedDocument
 * @property {DocumentDesign} design
 * @property {Quad} quad its corners in the image
 * @property {number} width px along its top edge
 * @property {number} height px along its left edge
 * @property {QuadMapping} mapping between image px and its unit square
 * @property {number} radius of its rounded corners, px
 */

/**
 * The document's rotation in words.
 * @param {number} angleDeg
 */
export const rotationText = (angleDeg) =>
  angleDeg === 0
    ? 'not rotated'
    : `rotated ${Math.abs(angleDeg)} deg ${angleDeg > 0 ? 'clockwise' : 'counter-clockwise'}`;

/**
 * The document's name in the notes.
 * @param {DocumentDesign} design
 */
export const documentName = (design) => (design === 'P' ? 'passport data page' : `card ${design}`);

/**
 * The card or passport page of `design`, rendered `widthPx` wide.
 * @param {DocumentDesign} design
 * @param {number} widthPx
 */
export async function renderDocument(design, widthPx) {
  return rasterize(design === 'P' ? passportSVG(widthPx) : cardSVG(design, widthPx));
}

/**
 * Radius of a rendered document's rounded corners in px, at `widthPx` px wide (as in its SVG).
 * @param {DocumentDesign} design
 * @param {number} widthPx
 */
const cornerRadius = (design, widthPx) => widthPx * (design === 'P' ? 18 / 1250 : 32 / 856);

/**
 * @param {{ design: DocumentDesign, quad: Quad, width: number, height: number }} laid
 * @returns {PlacedDocument}
 */
function describeDocument({ design, quad, width, height }) {
  return { design, quad, width, height, mapping: quadMapping(quad), radius: cornerRadius(design, width) };
}

/**
 * How much of pixel (x, y) the document's rounded rectangle covers, 0-1 (a 1 px soft edge).
 * @param {PlacedDocument} doc
 * @param {number} x
 * @param {number} y
 */
export function documentCoverage(doc, x, y) {
  const [u, v] = doc.mapping.toUnit(x + 0.5, y + 0.5);
  const qx = Math.abs(u - 0.5) * doc.width - (doc.width / 2 - doc.radius);
  const qy = Math.abs(v - 0.5) * doc.height - (doc.height / 2 - doc.radius);
  const dist = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - doc.radius;
  return Math.min(1, Math.max(0, 0.5 - dist));
}

/**
 * The image-px box [x0, y0, x1, y1] (inclusive, inside the scene) around the unit-square box
 * [u0, v0, u1, v1] of `doc`.
 * @param {Scene} scene
 * @param {PlacedDocument} doc
 * @param {number[]} unitBox
 */
export function documentBoxInScene(scene, doc, [u0, v0, u1, v1]) {
  const points = [
    [u0, v0],
    [u1, v0],
    [u1, v1],
    [u0, v1],
  ].map(([u, v]) => doc.mapping.toImage(u, v));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [
    Math.max(0, Math.floor(Math.min(...xs))),
    Math.max(0, Math.floor(Math.min(...ys))),
    Math.min(scene.w - 1, Math.ceil(Math.max(...xs))),
    Math.min(scene.h - 1, Math.ceil(Math.max(...ys))),
  ];
}

/**
 * How bright the document is as written (rounded, clipped): the median, 99th percentile and
 * maximum over the pixels fully on it of each pixel's brightest channel.
 * @param {Scene} scene
 * @param {PlacedDocument} doc
 */
export function documentBrightness(scene, doc) {
  const [x0, y0, x1, y1] = documentBoxInScene(scene, doc, [0, 0, 1, 1]);
  const levels = [];
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      if (documentCoverage(doc, x, y) < 1) continue;
      const i = (y * scene.w + x) * 3;
      levels.push(Math.round(clamp255(Math.max(scene.data[i], scene.data[i + 1], scene.data[i + 2]))));
    }
  }
  const sorted = Uint8Array.from(levels).sort();
  /** @param {number} q */
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}

/**
 * A document lying flat: `design` rendered at `frac` of the frame's width, on `bg`, turned by `angle` degrees.
 * @typedef {object} FlatLay
 * @property {string} file the image's file name; seeds its randomness
 * @property {DocumentDesign} design
 * @property {BackgroundKind} bg
 * @property {number} frac
 * @property {number} angle
 */

/**
 * A document seen in perspective: `design` drawn onto `quad` on `bg`.
 * @typedef {object} PerspectiveLay
 * @property {string} file the image's file name; seeds its randomness
 * @property {DocumentDesign} design
 * @property {BackgroundKind} bg
 * @property {Quad} quad
 */

/**
 * A flat lay in words, for the notes.
 * @param {Omit<FlatLay, 'file'>} lay
 */
export const describeLay = ({ design, bg, frac, angle }) =>
  `${documentName(design)} on ${BACKGROUND_NAMES[bg]}, ${rotationText(angle)}, ${Math.round(frac * 100)}% of frame width`;

/**
 * The start of a new 1600x1200 photo: the document laid at a random position fully inside the
 * frame. The RNG is seeded by `file` alone and goes on to the sensor noise, so no other image's
 * randomness depends on it.
 * @param {FlatLay} lay
 */
export async function layDocument({ file, design, bg, frac, angle }) {
  const rng = new Rng('scene-' + file);
  const scene = await makeBackground({ kind: bg, width: PHOTO_SIZE.width, height: PHOTO_SIZE.height, seed: file });
  const sprite = await renderDocument(design, Math.round(frac * scene.w));
  const [cx, cy] = placeSprite(rng, { scene, sprite, angleDeg: angle });
  const quad = drawSprite(scene, sprite, { cx, cy, angleDeg: angle });
  const doc = describeDocument({ design, quad, width: sprite.w, height: sprite.h });
  return { scene, rng, doc, description: describeLay({ design, bg, frac, angle }) };
}

/**
 * The start of a new 1600x1200 photo of a document seen in perspective. Its width is the mean of
 * its top and bottom edges, its height that of its sides.
 * @param {PerspectiveLay} lay
 */
export async function layDocumentQuad({ file, design, bg, quad }) {
  const rng = new Rng('scene-' + file);
  const scene = await makeBackground({ kind: bg, width: PHOTO_SIZE.width, height: PHOTO_SIZE.height, seed: file });
  /** @type {(a: number, b: number) => number} */
  const edge = (a, b) => Math.hypot(quad[b][0] - quad[a][0], quad[b][1] - quad[a][1]);
  const sprite = await renderDocument(design, Math.round(Math.max(edge(0, 1), edge(3, 2))));
  drawSpriteQuad(scene, sprite, quad);
  const doc = describeDocument({
    design,
    quad,
    width: (edge(0, 1) + edge(3, 2)) / 2,
    height: (edge(0, 3) + edge(1, 2)) / 2,
  });
  return { scene, rng, doc, description: `${documentName(design)} on ${BACKGROUND_NAMES[bg]}, seen in perspective` };
}
