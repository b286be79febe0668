// @ts-check
// Family "framing": documents with known corners seen in perspective, running off the frame, with
// a thumb or a phone over a corner, a thumb over the middle of an edge and onto the card, held by a
// thumb resting on an edge's rim (every edge visible), far away.

import { documentName, renderDocument } from './document.mjs';
import { addEntry } from './labels.mjs';
import { applyLighting } from './optics.mjs';
import { flatCorners } from './perspective.mjs';
import { Rng } from './random.mjs';
import { addNoise, writeJpeg } from './scene.mjs';
import { PHOTO_SIZE, SENSOR_NOISE } from './settings.mjs';
import { drawBlock, drawSpriteQuad, drawThumb } from './sprites.mjs';
import { BACKGROUND_NAMES, makeBackground } from './textures.mjs';

/** @import { DocumentDesign } from './document.mjs' */
/** @import { Quad } from './perspective.mjs' */
/** @import { BackgroundKind } from './textures.mjs' */

/** The label of each framing group. */
const LABELS = {
  doc_frame_perspective: 'doc_good',
  doc_frame_held: 'doc_good',
  doc_frame_cut: 'doc_cropped',
  doc_frame_thumb: 'doc_cropped',
  doc_frame_covered: 'doc_cropped',
  doc_frame_far: 'doc_far',
};

/**
 * `design` drawn onto `quad` (which may run off the 1600x1200 frame) on `bg`, with a thumb or a
 * dark block (a phone) over it; `what` says how it is framed.
 * @typedef {object} FramingCase
 * @property {string} n numbers the file
 * @property {DocumentDesign} design
 * @property {BackgroundKind} bg
 * @property {Quad} quad
 * @property {keyof typeof LABELS} group
 * @property {string} what
 * @property {{ cx: number, cy: number, rx: number, ry: number, angleDeg: number }} [thumb]
 * @property {{ cx: number, cy: number, width: number, height: number, angleDeg: number, colour: number[] }} [block]
 */

/** @type {FramingCase[]} */
const FRAMING_CASES = [
  {
    n: '01',
    design: 'A',
    bg: 'wood',
    quad: [
      [430, 310],
      [1180, 350],
      [1250, 860],
      [360, 820],
    ],
    group: 'doc_frame_perspective',
    what: 'seen in perspective (top edge 8% shorter)',
  },
  {
    n: '02',
    design: 'C',
    bg: 'lightdesk',
    quad: [
      [520, 260],
      [1130, 300],
      [1200, 690],
      [430, 700],
    ],
    group: 'doc_frame_perspective',
    what: 'seen in perspective, tilted towards the viewer',
  },
  {
    n: '03',
    design: 'B',
    bg: 'table',
    quad: [
      [900, 330],
      [1820, 390],
      [1780, 960],
      [860, 900],
    ],
    group: 'doc_frame_cut',
    what: 'right third outside the frame',
  },
  {
    n: '04',
    design: 'P',
    bg: 'keyboard',
    quad: [
      [380, -180],
      [1220, -140],
      [1190, 470],
      [350, 430],
    ],
    group: 'doc_frame_cut',
    what: 'top quarter outside the frame',
  },
  {
    n: '05',
    design: 'A',
    bg: 'graytable',
    quad: [
      [420, 330],
      [1180, 300],
      [1210, 790],
      [450, 820],
    ],
    group: 'doc_frame_thumb',
    what: 'a thumb over the bottom-left corner',
    thumb: { cx: 470, cy: 800, rx: 120, ry: 75, angleDeg: -35 },
  },
  {
    n: '06',
    design: 'C',
    bg: 'wood',
    quad: [
      [650, 500],
      [950, 515],
      [943, 705],
      [643, 690],
    ],
    group: 'doc_frame_far',
    what: 'far away (3% of the frame)',
  },
  {
    n: '07',
    design: 'B',
    bg: 'wood',
    quad: [
      [380, 300],
      [1150, 330],
      [1130, 820],
      [360, 790],
    ],
    group: 'doc_frame_thumb',
    what: 'a thumb over the bottom-right corner',
    thumb: { cx: 1125, cy: 812, rx: 125, ry: 80, angleDeg: -40 },
  },
  {
    n: '08',
    design: 'C',
    bg: 'table',
    quad: [
      [400, 320],
      [1180, 300],
      [1200, 800],
      [420, 820],
    ],
    group: 'doc_frame_thumb',
    what: 'a thumb over the middle of the bottom edge, onto the machine-readable zone (all four corners visible)',
    thumb: { cx: 810, cy: 835, rx: 120, ry: 70, angleDeg: 80 },
  },
  {
    n: '09',
    design: 'P',
    bg: 'lightdesk',
    quad: [
      [420, 280],
      [1160, 320],
      [1130, 850],
      [390, 810],
    ],
    group: 'doc_frame_covered',
    what: 'a phone lying over the top-left corner',
    block: { cx: 330, cy: 230, width: 420, height: 230, angleDeg: 25, colour: [38, 40, 46] },
  },
  {
    n: '10',
    design: 'A',
    bg: 'wood',
    quad: [
      [400, 320],
      [1180, 300],
      [1200, 800],
      [420, 820],
    ],
    group: 'doc_frame_held',
    what: 'held by a thumb resting on the rim of the bottom edge (2.5 % of the card onto it), every edge visible',
    thumb: { cx: 810, cy: 916, rx: 120, ry: 70, angleDeg: 80 },
  },
];

/**
 * Writes one framing case; the document is rendered as wide as the quad's top edge.
 * @param {FramingCase} framing
 */
async function makeFraming({ n, design, bg, quad, group, what, thumb, block }) {
  const rng = new Rng('frame-' + n);
  const scene = await makeBackground({ kind: bg, ...PHOTO_SIZE, seed: 'frame-' + n });
  const width = Math.round(Math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]));
  drawSpriteQuad(scene, await renderDocument(design, width), quad);
  if (thumb) drawThumb(scene, thumb);
  if (block) drawBlock(scene, block);
  applyLighting(scene, { gain: 0.97, gx: 0.08, gy: -0.05 });
  addNoise(scene, SENSOR_NOISE, rng);
  const file = `${group}_${n}.jpg`;
  await writeJpeg(scene, file);
  addEntry({
    file,
    label: LABELS[group],
    kind: 'document',
    corners: flatCorners(quad),
    notes: `${documentName(design)} on ${BACKGROUND_NAMES[bg]}, ${what}`,
    expect: group,
  });
}

/** The framing cases, 1600x1200 (a 4:3 phone photo). */
export async function makeFramingVariants() {
  for (const framing of FRAMING_CASES) await makeFraming(framing);
}
