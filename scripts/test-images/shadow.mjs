// @ts-check
// Family "shadow": cast shadows over documents (a hand, a phone, a straight edge; over the text
// and over the portrait; several strengths), and good photos whose light is uneven without a
// shadow (evenly dim, strong vignetting, light falling off across the card) that must pass.

import { layDocument } from './document.mjs';
import { addEntry } from './labels.mjs';
import { applyLighting, blurScene } from './optics.mjs';
import { flatCorners } from './perspective.mjs';
import { addNoise, writeJpeg } from './scene.mjs';
import { SENSOR_NOISE } from './settings.mjs';

/** @import { FlatLay } from './document.mjs' */
/** @import { Scene } from './scene.mjs' */

/** Exposure of the shadowed photos before the shadow (card paper at luma ~190, as in the corpus' phone photos). */
const LIGHT = { gain: 0.85, gx: 0.04, gy: -0.05 };

/**
 * An occluder's shape in the document's unit square (u along its top edge, v down its left edge):
 * `inside(u, v)` says whether the point is shaded before the penumbra softens the edge, or how much
 * of the shadow's depth falls there (0-1: a shadow fading out along its length).
 * @typedef {{ name: string, inside: (u: number, v: number) => boolean | number }} Occluder
 */

/**
 * A hand reaching in from one side of the document: a palm (an ellipse past the edge) and four
 * fingers (capsules) pointing inwards, `reach` of the way across.
 * @param {'left' | 'right' | 'bottom'} from
 * @param {number} at where along that side (0-1)
 * @param {number} reach
 * @returns {Occluder}
 */
function hand(from, at, reach) {
  // Drawn as if reaching from the left at height `at`, then turned to the side it comes from.
  /** @type {(u: number, v: number) => [number, number]} */
  const toLeft = (u, v) => (from === 'left' ? [u, v] : from === 'right' ? [1 - u, v] : [1 - v, u]);
  /** @type {(px: number, py: number, ax: number, ay: number, bx: number, by: number) => number} */
  const segmentDistance = (px, py, ax, ay, bx, by) => {
    const [dx, dy] = [bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - ax - t * dx, py - ay - t * dy);
  };
  const palmEnd = reach * 0.45;
  return {
    name: `a hand reaching in from the ${from}, ${Math.round(reach * 100)} % of the way across`,
    inside(u, v) {
      const [x, y] = toLeft(u, v);
      if (((x - palmEnd * 0.4) / (palmEnd * 0.9)) ** 2 + ((y - at) / 0.22) ** 2 <= 1) return true;
      for (const [offset, length] of [
        [-0.15, 0.85],
        [-0.05, 1],
        [0.05, 0.95],
        [0.15, 0.75],
      ]) {
        const tipX = palmEnd + (reach - palmEnd) * length;
        if (segmentDistance(x, y, palmEnd * 0.8, at + offset, tipX, at + offset * 1.3) <= 0.035) return true;
      }
      return false;
    },
  };
}

/**
 * A straight-edged shadow (a phone, a book, the edge of a wall) over the part of the document
 * beyond a line through `at` with the given direction (degrees from the document's top edge).
 * @param {[number, number]} at
 * @param {number} angleDeg
 * @returns {Occluder}
 */
function straightEdge(at, angleDeg) {
  const [nx, ny] = [-Math.sin((angleDeg * Math.PI) / 180), Math.cos((angleDeg * Math.PI) / 180)];
  return {
    name: `a straight-edged shadow through (${at.join(', ')}) at ${angleDeg} deg`,
    inside: (u, v) => (u - at[0]) * nx + (v - at[1]) * ny > 0,
  };
}

/**
 * A straight-edged shadow (see {@link straightEdge}) whose depth fades along the document, from
 * all of it at the top edge to `bottomDepth` of it at the bottom: cast by an object that is
 * farther from the page at one end, like a book held at a slant.
 * @param {[number, number]} at
 * @param {number} angleDeg
 * @param {number} bottomDepth
 * @returns {Occluder}
 */
function fadingEdge(at, angleDeg, bottomDepth) {
  const edge = straightEdge(at, angleDeg);
  return {
    name: `${edge.name}, fading to ${Math.round(bottomDepth * 100)} % of its depth at the bottom`,
    inside: (u, v) => (edge.inside(u, v) ? 1 - (1 - bottomDepth) * Math.min(1, Math.max(0, v)) : 0),
  };
}

/**
 * Darkens the scene under the occluder by `factor` (0.5: half the light), with a soft edge: the
 * shadow's mask blurred by a gaussian of `penumbra` of the document's width. The shadow falls on
 * the document and the surface around it alike.
 * @param {Scene} scene
 * @param {import('./document.mjs').PlacedDocument} doc
 * @param {Occluder} occluder
 * @param {number} factor
 * @param {number} penumbra
 * @returns {number} the share of the document darkened by at least half the shadow's depth
 */
function castShadow(scene, doc, occluder, factor, penumbra) {
  const { w, h, data } = scene;
  const mask = { w, h, data: new Float32Array(w * h * 3) };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [u, v] = doc.mapping.toUnit(x + 0.5, y + 0.5);
      mask.data.fill(Number(occluder.inside(u, v)), (y * w + x) * 3, (y * w + x) * 3 + 3);
    }
  }
  blurScene(mask, penumbra * doc.width);
  let covered = 0;
  let inDocument = 0;
  for (let o = 0; o < w * h; o++) {
    const shade = mask.data[o * 3];
    const f = 1 - (1 - factor) * shade;
    data[o * 3] *= f;
    data[o * 3 + 1] *= f;
    data[o * 3 + 2] *= f;
    const [u, v] = doc.mapping.toUnit((o % w) + 0.5, Math.floor(o / w) + 0.5);
    if (u < 0 || u > 1 || v < 0 || v > 1) continue;
    inDocument++;
    if (shade >= 0.5) covered++;
  }
  return covered / Math.max(1, inDocument);
}

/**
 * Cast shadows: the occluder, how much light it leaves (`factor`), its penumbra (share of the
 * document's width), and what it covers, for the notes; `overPortrait` where the shadow plainly
 * covers the portrait's face or plainly misses it (left out where its edge crosses the photo).
 * @type {(FlatLay & { occluder: Occluder, factor: number, penumbra: number, over: string, overPortrait?: boolean, pending?: string, expect?: import('./labels.mjs').ExpectGroup })[]}
 */
const SHADOW_CASES = [
  {
    file: 'doc_shadow_edge_text_01.jpg',
    design: 'A',
    bg: 'wood',
    frac: 0.58,
    angle: -5,
    occluder: straightEdge([0.55, 0.5], 250),
    factor: 0.5,
    penumbra: 0.015,
    over: 'the data fields on the right',
    overPortrait: false,
  },
  {
    file: 'doc_shadow_hand_portrait_02.jpg',
    design: 'B',
    bg: 'table',
    frac: 0.6,
    angle: 6,
    occluder: hand('left', 0.5, 0.45),
    factor: 0.55,
    penumbra: 0.02,
    over: 'the portrait',
    overPortrait: true,
  },
  {
    file: 'doc_shadow_hand_light_03.jpg',
    design: 'P',
    bg: 'graytable',
    frac: 0.62,
    angle: -3,
    occluder: hand('bottom', 0.6, 0.6),
    factor: 0.68,
    penumbra: 0.03,
    over: 'the lower middle, text and machine-readable zone',
    overPortrait: false,
  },
  {
    file: 'doc_shadow_phone_04.jpg',
    design: 'D',
    bg: 'keyboard',
    frac: 0.56,
    angle: 4,
    occluder: straightEdge([0.5, 0.45], -30),
    factor: 0.6,
    penumbra: 0.01,
    over: 'the lower half',
    // The glare check reads the lit upper half's pale print beside the shadow as a veil (a warning).
    expect: 'doc_shadow_beside_veil',
  },
  {
    file: 'doc_shadow_hand_right_05.jpg',
    design: 'C',
    bg: 'darktable',
    frac: 0.55,
    angle: -8,
    occluder: hand('right', 0.45, 0.55),
    factor: 0.45,
    penumbra: 0.025,
    over: 'the data fields',
    overPortrait: false,
  },
  {
    file: 'doc_shadow_soft_06.jpg',
    design: 'A',
    bg: 'table',
    frac: 0.6,
    angle: 4,
    occluder: straightEdge([0.4, 0.5], 100),
    factor: 0.72,
    penumbra: 0.12,
    over: 'the left part, portrait and labels: a soft shadow (a book held high) whose edge rises over a third of the card',
    overPortrait: true,
  },
  {
    file: 'doc_shadow_soft_fading_07.jpg',
    design: 'P',
    bg: 'wood',
    frac: 0.64,
    angle: -5,
    occluder: fadingEdge([0.42, 0.5], 95, 0.2),
    factor: 0.72,
    penumbra: 0.12,
    over: 'the left part of the page, portrait and text: a soft shadow fading out downwards, so little of its border is a sharp edge',
    overPortrait: true,
  },
  {
    file: 'doc_shadow_faint_08.jpg',
    design: 'C',
    bg: 'graytable',
    frac: 0.58,
    angle: 2,
    occluder: straightEdge([0.5, 0.55], -10),
    factor: 0.74,
    penumbra: 0.04,
    over: 'the lower half: a faint shadow taking a quarter of the light',
  },
  {
    file: 'doc_shadow_most_09.jpg',
    design: 'B',
    bg: 'wood',
    frac: 0.6,
    angle: -4,
    occluder: straightEdge([0.84, 0.5], 92),
    factor: 0.62,
    penumbra: 0.03,
    over: 'all but a strip along the right edge (a phone held over the card): the lit paper is that strip',
    overPortrait: true,
    // The glare check reads the lit side's paler print beside the shadow as a veil (a warning).
    expect: 'doc_shadow_beside_veil',
  },
  {
    file: 'doc_shadow_corner_10.jpg',
    design: 'P',
    bg: 'graytable',
    frac: 0.62,
    angle: 3,
    occluder: straightEdge([0.3, 0.3], -45),
    factor: 0.66,
    penumbra: 0.04,
    over: 'all but the top left corner, portrait and MRZ: the lit paper is that corner',
    // The glare check reads the lit side's paler print beside the shadow as a veil (a warning).
    expect: 'doc_shadow_beside_veil',
  },
];

/**
 * Uneven light without a shadow: an evenly dim photo, strong vignetting, light falling off across
 * the card. `light` is passed to applyLighting.
 * @type {(FlatLay & { light: { gain: number, gx?: number, gy?: number, vignette?: number }, what: string })[]}
 */
const UNEVEN_LIGHT_CASES = [
  {
    file: 'doc_good_dim_14.jpg',
    design: 'A',
    bg: 'table',
    frac: 0.57,
    angle: 3,
    light: { gain: 0.6, vignette: 0 },
    what: 'evenly dim (exposure x0.6, no vignetting)',
  },
  {
    file: 'doc_good_vignette_15.jpg',
    design: 'P',
    bg: 'wood',
    frac: 0.7,
    angle: -4,
    light: { gain: 0.9, vignette: 0.45 },
    what: 'strong vignetting (corners of the frame at 55 % of its centre)',
  },
  {
    file: 'doc_good_falloff_16.jpg',
    design: 'D',
    bg: 'graytable',
    frac: 0.62,
    angle: 6,
    light: { gain: 0.85, gx: 0.7, vignette: 0 },
    what: 'light falling off from right to left (the left edge of the frame at 35 % less light than its centre)',
  },
  {
    file: 'doc_good_falloff_vignette_20.jpg',
    design: 'A',
    bg: 'wood',
    frac: 0.6,
    angle: -3,
    light: { gain: 0.9, gy: 0.6, vignette: 0.3 },
    what: 'light falling off from bottom to top (the top edge of the frame at 30 % less light than its centre) and vignetting (corners at 70 %)',
  },
];

/** The cast-shadow photos. */
export async function makeShadowVariants() {
  for (const { occluder, factor, penumbra, over, overPortrait, pending, expect, ...lay } of SHADOW_CASES) {
    const { scene, rng, doc, description } = await layDocument(lay);
    applyLighting(scene, LIGHT);
    const covered = castShadow(scene, doc, occluder, factor, penumbra);
    addNoise(scene, SENSOR_NOISE, rng);
    await writeJpeg(scene, lay.file);
    addEntry({
      file: lay.file,
      label: 'doc_shadow',
      kind: 'document',
      corners: flatCorners(doc.quad),
      notes:
        `${description}; cast shadow: ${occluder.name}, leaving ${Math.round(factor * 100)} % of the light, ` +
        `penumbra a gaussian of ${penumbra * 100} % of the card's width; over ${over} (${Math.round(covered * 100)} % of the document)`,
      extra: {
        coveredShare: Math.round(covered * 1000) / 1000,
        shadowFactor: factor,
        ...(overPortrait === undefined ? {} : { shadowOverPortrait: overPortrait }),
      },
      ...(pending ? { pending } : {}),
      ...(expect ? { expect } : {}),
    });
  }
}

/** Good photos with uneven light but no shadow. */
export async function makeUnevenLight() {
  for (const { light, what, ...lay } of UNEVEN_LIGHT_CASES) {
    const { scene, rng, doc, description } = await layDocument(lay);
    applyLighting(scene, light);
    addNoise(scene, SENSOR_NOISE, rng);
    await writeJpeg(scene, lay.file);
    addEntry({
      file: lay.file,
      label: 'doc_good',
      kind: 'document',
      corners: flatCorners(doc.quad),
      notes: `${description}; ${what}, no shadow: must not count as a shadow`,
    });
  }
}
