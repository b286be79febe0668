// @ts-check
// Family "blur": out-of-focus and shaken documents.

import { documentBoxInScene, layDocument, layDocumentQuad } from './document.mjs';
import { addEntry } from './labels.mjs';
import { oneDecimal } from './numbers.mjs';
import { applyLighting, blurScene, motionBlurScene, variableBlurScene } from './optics.mjs';
import { flatCorners } from './perspective.mjs';
import { addNoise, writeJpeg } from './scene.mjs';
import { PHOTO_SIZE, SENSOR_NOISE } from './settings.mjs';

/** @import { FlatLay, PerspectiveLay, PlacedDocument } from './document.mjs' */
/** @import { Scene } from './scene.mjs' */

/**
 * `amount` is the gaussian sigma (gaussian, partial) or the motion length (motion) as a fraction
 * of the document's width; for `defocus`, the gaussian sigma as a fraction of the photo's long
 * side (how a phone's focus error scales). Motion runs along `direction` degrees (0 = horizontal,
 * positive = rising to the right); partial blur grows towards the document's `side`.
 * @typedef {(FlatLay & { type: 'gaussian', amount: number })
 *   | (FlatLay & { type: 'defocus', amount: number })
 *   | (FlatLay & { type: 'motion', amount: number, direction: number })
 *   | (PerspectiveLay & { type: 'partial', amount: number, side: 'left' | 'bottom' })} BlurCase
 */

/** Sigma of mild defocus, as a share of the photo's long side: a phone focusing just behind the card (issue #27). */
const MILD_DEFOCUS = 0.0015;

/** @type {FlatLay[]} */
const MILD_DEFOCUS_LAYS = [
  { file: 'doc_blur_defocus_07.jpg', design: 'A', bg: 'wood', frac: 0.5, angle: -5 },
  { file: 'doc_blur_defocus_08.jpg', design: 'P', bg: 'table', frac: 0.65, angle: 3 },
  { file: 'doc_blur_defocus_09.jpg', design: 'W', bg: 'keyboard', frac: 0.55, angle: 8 },
  { file: 'doc_blur_defocus_10.jpg', design: 'D', bg: 'lightdesk', frac: 0.8, angle: -2 },
];

/**
 * Out-of-focus and shaken documents. The blur comes on top of the usual optics blur, and the
 * sensor noise after it, as in a camera.
 * @type {BlurCase[]}
 */
const BLUR_CASES = [
  { file: 'doc_blur_gaussian_01.jpg', design: 'B', bg: 'wood', frac: 0.56, angle: 6, type: 'gaussian', amount: 0.005 },
  { file: 'doc_blur_gaussian_02.jpg', design: 'P', bg: 'table', frac: 0.6, angle: -4, type: 'gaussian', amount: 0.01 },
  {
    file: 'doc_blur_motion_03.jpg',
    design: 'C',
    bg: 'keyboard',
    frac: 0.55,
    angle: -7,
    type: 'motion',
    amount: 0.02,
    direction: 0,
  },
  {
    file: 'doc_blur_motion_04.jpg',
    design: 'D',
    bg: 'lightdesk',
    frac: 0.5,
    angle: 5,
    type: 'motion',
    amount: 0.025,
    direction: 35,
  },
  // A card tilted away from the camera on one side (that side's edge is ~6 % shorter), shot with a
  // shallow depth of field focused on its middle.
  {
    file: 'doc_blur_partial_05.jpg',
    design: 'A',
    bg: 'wood',
    quad: [
      [360, 345],
      [1250, 315],
      [1262, 877],
      [372, 875],
    ],
    type: 'partial',
    amount: 0.012,
    side: 'left',
  },
  {
    file: 'doc_blur_partial_06.jpg',
    design: 'C',
    bg: 'table',
    quad: [
      [420, 290],
      [1250, 320],
      [1225, 830],
      [445, 805],
    ],
    type: 'partial',
    amount: 0.012,
    side: 'bottom',
  },
  // Mild defocus: a phone focusing just behind the card, sigma 0.15 % of the photo's long side
  // (2.4 px). Documents small and large in the frame (a large one is measured downscaled, its
  // blur shrinking with it), busy and plain (the nearly white card W).
  ...MILD_DEFOCUS_LAYS.map((lay) => ({ ...lay, type: /** @type {const} */ ('defocus'), amount: MILD_DEFOCUS })),
];

/**
 * Blurs the scene as `blur` says; returns what it did in words and any extra ground truth.
 * @param {Scene} scene
 * @param {PlacedDocument} doc
 * @param {BlurCase} blur
 * @returns {{ what: string, extra?: Record<string, unknown> }}
 */
function applyBlur(scene, doc, blur) {
  const size = blur.amount * doc.width;
  const share = `${blur.amount * 100} % of the document's ${Math.round(doc.width)} px width`;
  if (blur.type === 'gaussian') {
    blurScene(scene, size);
    return { what: `whole scene out of focus: gaussian sigma ${oneDecimal(size)} px (${share})` };
  }
  if (blur.type === 'defocus') {
    const sigma = blur.amount * Math.max(PHOTO_SIZE.width, PHOTO_SIZE.height);
    blurScene(scene, sigma);
    return {
      what: `mild defocus of the whole scene: gaussian sigma ${oneDecimal(sigma)} px (${blur.amount * 100} % of the photo's long side)`,
    };
  }
  if (blur.type === 'motion') {
    motionBlurScene(scene, size, blur.direction);
    const along = blur.direction === 0 ? 'horizontal' : `along a ${blur.direction} deg diagonal rising to the right`;
    return { what: `camera shake: box motion blur of ${oneDecimal(size)} px (${share}), ${along}` };
  }
  const { side } = blur;
  // Defocus grows linearly with the distance from the plane in focus, so sigma rises linearly
  // from 0 at the document's middle to `size` at its far side (and stays there beyond it).
  /** @type {(u: number, v: number) => number} */
  const outward = (u, v) => (side === 'left' ? 0.5 - u : v - 0.5) / 0.5;
  variableBlurScene(scene, {
    sigmaAt: (x, y) => size * Math.min(1, Math.max(0, outward(...doc.mapping.toUnit(x + 0.5, y + 0.5)))),
    maxSigma: size,
  });
  // the part of the document where sigma >= half the maximum: its outer quarter on that side
  const [x0, y0, x1, y1] = documentBoxInScene(scene, doc, side === 'left' ? [0, 0, 0.25, 1] : [0, 0.75, 1, 1]);
  return {
    what:
      `the ${side} side farther away and out of focus (shallow depth of field): gaussian sigma rising linearly from 0 at the document's middle to ` +
      `${oneDecimal(size)} px (${share}) at its ${side} edge, constant beyond it, ` +
      `the other half sharp; blurRegion = bounding box of the document's outer ${side} quarter, where sigma >= ${oneDecimal(size / 2)} px (0.6 %)`,
    extra: { blurRegion: { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 } },
  };
}

/**
 * Writes one blurred document.
 * @param {BlurCase} blur
 */
async function makeBlurred(blur) {
  const { scene, rng, doc, description } =
    blur.type === 'partial' ? await layDocumentQuad(blur) : await layDocument(blur);
  const { what, extra } = applyBlur(scene, doc, blur);
  applyLighting(scene, { gain: 0.97, gx: 0.08, gy: -0.05 });
  addNoise(scene, SENSOR_NOISE, rng);
  await writeJpeg(scene, blur.file);
  addEntry({
    file: blur.file,
    label: 'doc_blur',
    kind: 'document',
    corners: flatCorners(doc.quad),
    notes: `${description}; ${what}`,
    extra,
  });
}

/** The blurred documents. */
export async function makeBlurVariants() {
  for (const blur of BLUR_CASES) await makeBlurred(blur);
}
