// @ts-check
// Family "hands": cards held in a hand, as phone photos of them are: fingers reaching in from the
// frame's border over a corner or along an edge near it (several sizes, five skin tones), or a
// thumb over the middle of an edge reaching onto the card past its rim, which `cropped` must flag;
// hands holding a card with every edge in view (a fingertip resting on the rim, fingers touching
// an edge or seen past it from behind the card), which must pass; and a card whose corner is just
// past the frame (1 % and 3 % of the frame) or just inside it.

import { documentName, renderDocument } from './document.mjs';
import { addEntry } from './labels.mjs';
import { applyLighting } from './optics.mjs';
import { flatCorners } from './perspective.mjs';
import { Rng } from './random.mjs';
import { addNoise, writeJpeg } from './scene.mjs';
import { PHOTO_SIZE, SENSOR_NOISE } from './settings.mjs';
import { drawSpriteQuad } from './sprites.mjs';
import { BACKGROUND_NAMES, makeBackground } from './textures.mjs';

/** @import { DocumentDesign } from './document.mjs' */
/** @import { Quad } from './perspective.mjs' */
/** @import { Scene } from './scene.mjs' */
/** @import { BackgroundKind } from './textures.mjs' */

/** Skin under indoor light (sRGB, the lit middle of a finger), light to dark. */
const SKIN_TONES = {
  light: [232, 188, 160],
  medium: [205, 146, 110],
  tan: [168, 112, 78],
  brown: [122, 78, 54],
  dark: [82, 54, 40],
};

/**
 * A finger: a capsule from `base` (usually outside the frame) to `tip`, `width` px across.
 * @typedef {{ base: [number, number], tip: [number, number], width: number }} Finger
 */

/**
 * Draws a finger: skin shaded as a cylinder (darker towards its sides), a paler nail near the tip
 * when seen from the back, a soft contact shadow around it on what it lies over, and a little
 * texture.
 * @param {Scene} scene
 * @param {Finger} finger
 * @param {number[]} tone
 * @param {boolean} nail
 * @param {Rng} rng
 */
function drawFinger(scene, { base, tip, width }, tone, nail, rng) {
  const r = width / 2;
  const [bx, by] = base;
  const [dx, dy] = [tip[0] - bx, tip[1] - by];
  const length = Math.hypot(dx, dy);
  const [ux, uy] = [dx / length, dy / length];
  const reach = r * 1.4;
  const [x0, x1] = [Math.min(bx, tip[0]) - reach, Math.max(bx, tip[0]) + reach];
  const [y0, y1] = [Math.min(by, tip[1]) - reach, Math.max(by, tip[1]) + reach];
  for (let y = Math.max(0, Math.floor(y0)); y <= Math.min(scene.h - 1, Math.ceil(y1)); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x <= Math.min(scene.w - 1, Math.ceil(x1)); x++) {
      const along = Math.max(0, Math.min(length, (x - bx) * ux + (y - by) * uy));
      const d = Math.hypot(x - bx - along * ux, y - by - along * uy);
      if (d > reach) continue;
      const i = (y * scene.w + x) * 3;
      if (d > r) {
        // Contact shadow: up to 25 % of the light at the finger's side, gone 0.4 r away.
        const f = 1 - 0.25 * (1 - (d - r) / (reach - r));
        for (let c = 0; c < 3; c++) scene.data[i + c] *= f;
        continue;
      }
      const alpha = Math.min(1, r - d + 0.5);
      const across = d / r;
      const shade = (0.72 + 0.28 * Math.sqrt(1 - across * across)) * (1 + (rng.float() - 0.5) * 0.05);
      const onNail = nail && length - along < 0.9 * width && length - along > 0.15 * width && across < 0.6;
      for (let c = 0; c < 3; c++) {
        const skin = onNail ? tone[c] + (255 - tone[c]) * 0.35 : tone[c];
        scene.data[i + c] = scene.data[i + c] * (1 - alpha) + skin * shade * alpha;
      }
    }
  }
}

/** The label of each hand group. */
const LABELS = {
  doc_hand_corner: 'doc_cropped',
  doc_hand_edge: 'doc_cropped',
  doc_hand_middle: 'doc_cropped',
  doc_hand_held: 'doc_good',
  doc_edge_past: 'doc_cropped',
  doc_edge_inside: 'doc_good',
};

/**
 * A card on `bg` drawn onto `quad` with fingers over it; `what` says where.
 * @typedef {object} HandCase
 * @property {string} n numbers the file
 * @property {DocumentDesign} design
 * @property {BackgroundKind} bg
 * @property {Quad} quad
 * @property {keyof typeof LABELS} group
 * @property {string} what
 * @property {keyof typeof SKIN_TONES} [tone]
 * @property {Finger[]} [fingers]
 * @property {boolean} [nails] the back of the hand is seen (nails on the fingertips)
 * @property {boolean} [behind] the fingers are behind the card (drawn before it: seen only past its edge)
 * @property {string} [pending] why it is not judged as labelled yet (see labels.mjs)
 */

/**
 * A card `w` px wide (ID-1: 900 x 568 by default) turned a little, its top-left corner at (x, y).
 * @type {(x: number, y: number, tilt: number, w?: number) => Quad}
 */
function card(x, y, tilt, w = 900) {
  const h = Math.round((w * 568) / 900);
  const [c, s] = [Math.cos((tilt * Math.PI) / 180), Math.sin((tilt * Math.PI) / 180)];
  /** @type {(u: number, v: number) => [number, number]} */
  const at = (u, v) => [Math.round(x + u * c - v * s), Math.round(y + u * s + v * c)];
  return [at(0, 0), at(w, 0), at(w, h), at(0, h)];
}

/**
 * The point of `quad` at (u, v) of the way along its top and left edges (0-1; outside the card
 * beyond them).
 * @type {(quad: Quad, u: number, v: number) => [number, number]}
 */
function onCard([[x0, y0], [x1, y1], , [x3, y3]], u, v) {
  return [Math.round(x0 + u * (x1 - x0) + v * (x3 - x0)), Math.round(y0 + u * (y1 - y0) + v * (y3 - y0))];
}

/**
 * A finger reaching from `base` to the point (u, v) of the card (see {@link onCard}).
 * @type {(quad: Quad, base: [number, number], u: number, v: number, width: number) => Finger}
 */
const fingerTo = (quad, base, u, v, width) => ({ base, tip: onCard(quad, u, v), width });

/**
 * A thumb from `base` straight over one edge of the card, at `at` of the way along it (0-1), its
 * rounded end reaching `depth` of the card's shorter side onto the card (past the edge).
 * @type {(quad: Quad, side: 'top' | 'right' | 'bottom' | 'left', at: number, depth: number, width: number, base: [number, number]) => Finger}
 */
function thumbOver(quad, side, at, depth, width, base) {
  const [w, h] = [
    Math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]),
    Math.hypot(quad[3][0] - quad[0][0], quad[3][1] - quad[0][1]),
  ];
  // The finger's axis ends its radius short of its rounded end.
  const inside = depth * Math.min(w, h) - width / 2;
  const [u, v] = {
    top: [at, inside / h],
    bottom: [at, 1 - inside / h],
    left: [inside / w, at],
    right: [1 - inside / w, at],
  }[side];
  return fingerTo(quad, base, u, v, width);
}

const QUADS = {
  '01': card(340, 300, 3),
  '02': card(330, 280, -4),
  '03': card(360, 330, 2),
  '04': card(350, 320, -2),
  '05': card(380, 300, 4),
  '06': card(400, 290, 1),
  '07': card(320, 300, -3),
  '08': card(350, 330, 2),
  '09': card(380, 250, -2),
  10: card(330, 310, 3),
  11: card(360, 300, 2),
  12: card(340, 320, -2),
  13: card(370, 260, 1),
  17: card(360, 330, 2),
  18: card(330, 250, -3),
  19: card(470, 360, 2, 700),
  20: card(390, 300, 1),
  21: card(350, 290, -2),
  22: card(420, 300, 3),
  23: card(480, 380, -1, 700),
};

/** @type {HandCase[]} */
const HAND_CASES = [
  // Over a corner: the fingertip past the corner by a share of the card's sides.
  {
    n: '01',
    design: 'A',
    bg: 'wood',
    quad: QUADS['01'],
    group: 'doc_hand_corner',
    tone: 'light',
    fingers: [fingerTo(QUADS['01'], [150, 1300], 0.1, 0.85, 180)],
    what: 'a thumb from below over the bottom-left corner',
  },
  {
    n: '02',
    design: 'B',
    bg: 'table',
    quad: QUADS['02'],
    group: 'doc_hand_corner',
    tone: 'medium',
    nails: true,
    fingers: [fingerTo(QUADS['02'], [1750, 650], 0.88, 0.72, 130), fingerTo(QUADS['02'], [1750, 860], 0.9, 0.98, 125)],
    what: 'two fingers from the right over the bottom-right corner',
  },
  {
    n: '03',
    design: 'C',
    bg: 'lightdesk',
    quad: QUADS['03'],
    group: 'doc_hand_corner',
    tone: 'tan',
    fingers: [fingerTo(QUADS['03'], [100, -150], 0.04, 0.07, 120)],
    what: 'a fingertip from the top-left over the top-left corner (just its tip)',
  },
  {
    n: '04',
    design: 'A',
    bg: 'darktable',
    quad: QUADS['04'],
    group: 'doc_hand_corner',
    tone: 'brown',
    fingers: [fingerTo(QUADS['04'], [1550, 1350], 0.86, 0.8, 190)],
    what: 'a thumb from below over the bottom-right corner, a fifth of the card in',
  },
  {
    n: '05',
    design: 'P',
    bg: 'graytable',
    quad: QUADS['05'],
    group: 'doc_hand_corner',
    tone: 'dark',
    nails: true,
    fingers: [fingerTo(QUADS['05'], [1700, 80], 0.9, 0.14, 130)],
    what: 'a finger from the right over the top-right corner',
  },
  // Along an edge near a corner.
  {
    n: '06',
    design: 'B',
    bg: 'wood',
    quad: QUADS['06'],
    group: 'doc_hand_edge',
    tone: 'medium',
    fingers: [fingerTo(QUADS['06'], [-200, 760], 0.12, 0.75, 180)],
    what: 'a thumb from the left over the left edge near the bottom-left corner',
  },
  {
    n: '07',
    design: 'C',
    bg: 'table',
    quad: QUADS['07'],
    group: 'doc_hand_edge',
    tone: 'dark',
    nails: true,
    fingers: [
      fingerTo(QUADS['07'], [1750, 250], 0.9, 0.1, 125),
      fingerTo(QUADS['07'], [1750, 400], 0.89, 0.33, 130),
      fingerTo(QUADS['07'], [1750, 560], 0.9, 0.55, 125),
    ],
    what: 'three fingers from the right along the top half of the right edge',
    pending: 'the fingers break the right edge into pieces: the outline found is a small part of the card (too_far)',
  },
  {
    n: '08',
    design: 'A',
    bg: 'lightdesk',
    quad: QUADS['08'],
    group: 'doc_hand_edge',
    tone: 'light',
    fingers: [fingerTo(QUADS['08'], [300, 1350], 0.2, 0.85, 175)],
    what: 'a thumb from below over the bottom edge near the bottom-left corner',
  },
  {
    n: '09',
    design: 'P',
    bg: 'keyboard',
    quad: QUADS['09'],
    group: 'doc_hand_edge',
    tone: 'tan',
    fingers: [
      fingerTo(QUADS['09'], [-250, 250], 0.07, 0.1, 120),
      fingerTo(QUADS['09'], [-250, 420], 0.08, 0.36, 125),
      fingerTo(QUADS['09'], [-250, 590], 0.08, 0.62, 125),
      fingerTo(QUADS['09'], [-250, 760], 0.07, 0.88, 115),
    ],
    what: 'four fingers from the left along the whole left edge',
  },
  {
    n: '10',
    design: 'B',
    bg: 'graytable',
    quad: QUADS['10'],
    group: 'doc_hand_edge',
    tone: 'brown',
    fingers: [fingerTo(QUADS['10'], [520, -250], 0.22, 0.17, 170)],
    what: 'a thumb from above over the top edge near the top-left corner',
  },
  // A thumb over the middle of an edge, reaching onto the card past its rim: the document is not
  // all in view (corpus: a thumb over the middle of a card's left edge, 8 % of its height onto it).
  {
    n: '11',
    design: 'C',
    bg: 'wood',
    quad: QUADS['11'],
    group: 'doc_hand_middle',
    tone: 'medium',
    fingers: [fingerTo(QUADS['11'], [820, 1350], 0.5, 1.08, 175)],
    what: 'a thumb from below over the middle of the bottom edge, 7 % of the card onto it',
  },
  {
    n: '12',
    design: 'A',
    bg: 'table',
    quad: QUADS['12'],
    group: 'doc_hand_middle',
    tone: 'dark',
    fingers: [fingerTo(QUADS['12'], [-250, 620], -0.02, 0.5, 170)],
    what: 'a thumb from the left over the middle of the left edge, 12 % of the card onto it (over the portrait)',
  },
  {
    n: '17',
    design: 'B',
    bg: 'lightdesk',
    quad: QUADS['17'],
    group: 'doc_hand_middle',
    tone: 'tan',
    fingers: [thumbOver(QUADS['17'], 'top', 0.55, 0.09, 150, [900, -250])],
    what: 'a thumb from above over the middle of the top edge, 9 % of the card onto it',
  },
  {
    n: '18',
    design: 'P',
    bg: 'graytable',
    quad: QUADS['18'],
    group: 'doc_hand_middle',
    tone: 'brown',
    fingers: [thumbOver(QUADS['18'], 'bottom', 0.4, 0.12, 200, [640, 1400])],
    what: 'a broad thumb from below over the middle of the bottom edge, 12 % of the card onto it',
  },
  {
    n: '19',
    design: 'A',
    bg: 'wood',
    quad: QUADS['19'],
    group: 'doc_hand_middle',
    tone: 'light',
    fingers: [thumbOver(QUADS['19'], 'right', 0.45, 0.1, 110, [1800, 560])],
    what: 'a smaller card (700 px), a thumb from the right over the middle of the right edge, 10 % of the card onto it',
  },
  {
    n: '20',
    design: 'C',
    bg: 'darktable',
    quad: QUADS['20'],
    group: 'doc_hand_middle',
    tone: 'dark',
    fingers: [thumbOver(QUADS['20'], 'bottom', 0.62, 0.08, 165, [980, 1400])],
    what: 'a thumb from below over the middle of the bottom edge, 8 % of the card onto it',
  },
  // Held, every edge in view: must pass.
  {
    n: '13',
    design: 'P',
    bg: 'lightdesk',
    quad: QUADS['13'],
    group: 'doc_hand_held',
    tone: 'light',
    fingers: [
      fingerTo(QUADS['13'], [520, 1350], 0.3, 1.1, 130),
      fingerTo(QUADS['13'], [820, 1350], 0.5, 1.12, 135),
      fingerTo(QUADS['13'], [1120, 1350], 0.7, 1.1, 130),
    ],
    what: 'fingers from below touching the bottom edge (the card held from behind), every corner visible',
  },
  {
    n: '21',
    design: 'A',
    bg: 'table',
    quad: QUADS['21'],
    group: 'doc_hand_held',
    tone: 'medium',
    fingers: [thumbOver(QUADS['21'], 'bottom', 0.5, 0.025, 170, [800, 1400])],
    what: 'a thumb from below resting on the rim of the bottom edge (2.5 % of the card onto it)',
  },
  {
    n: '22',
    design: 'B',
    bg: 'graytable',
    quad: QUADS['22'],
    group: 'doc_hand_held',
    tone: 'dark',
    behind: true,
    fingers: [
      fingerTo(QUADS['22'], [-250, 330], 0.2, 0.2, 130),
      fingerTo(QUADS['22'], [-250, 500], 0.2, 0.45, 135),
      fingerTo(QUADS['22'], [-250, 670], 0.2, 0.7, 130),
    ],
    what: 'held from behind: three fingers under the card, seen past its left edge',
  },
  {
    n: '23',
    design: 'C',
    bg: 'wood',
    quad: QUADS['23'],
    group: 'doc_hand_held',
    tone: 'tan',
    fingers: [thumbOver(QUADS['23'], 'top', 0.4, 0.02, 110, [700, -250])],
    what: 'a smaller card (700 px), a thumb from above resting on the rim of the top edge (2 % of the card onto it)',
  },
  // A corner just past the frame, and a card just inside it.
  {
    n: '14',
    design: 'B',
    bg: 'wood',
    quad: card(724, 380, 2),
    group: 'doc_edge_past',
    what: 'its top-right corner 1.5 % of the frame past the right edge (its rounded tip 1.1 %)',
  },
  {
    n: '15',
    design: 'C',
    bg: 'table',
    quad: card(-48, 400, -1),
    group: 'doc_edge_past',
    what: 'its top-left corner 3 % of the frame past the left edge',
    pending: 'the outline found is a panel of the card, not the card cut by the frame',
  },
  {
    n: '16',
    design: 'A',
    bg: 'lightdesk',
    quad: card(680, 360, 1),
    group: 'doc_edge_inside',
    what: 'its right corners 1.3 % of the frame inside the right edge',
  },
];

/**
 * Writes one hand case; the document is rendered as wide as the quad's top edge.
 * @param {HandCase} hand
 */
async function makeHand({ n, design, bg, quad, group, what, tone, fingers, nails, behind, pending }) {
  const rng = new Rng('hand-' + n);
  const scene = await makeBackground({ kind: bg, ...PHOTO_SIZE, seed: 'hand-' + n });
  const width = Math.round(Math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]));
  const drawFingers = () => {
    for (const finger of fingers ?? []) drawFinger(scene, finger, SKIN_TONES[tone ?? 'medium'], nails === true, rng);
  };
  if (behind === true) drawFingers();
  drawSpriteQuad(scene, await renderDocument(design, width), quad);
  if (behind !== true) drawFingers();
  applyLighting(scene, { gain: 0.95, gx: 0.06, gy: -0.04 });
  addNoise(scene, SENSOR_NOISE, rng);
  const file = `${group}_${n}.jpg`;
  await writeJpeg(scene, file);
  const skin = tone === undefined ? '' : `, ${tone} skin`;
  addEntry({
    file,
    label: LABELS[group],
    kind: 'document',
    corners: flatCorners(quad),
    notes: `${documentName(design)} on ${BACKGROUND_NAMES[bg]}, ${what}${skin}`,
    expect: group,
    pending,
  });
}

/** The hand cases, 1600x1200 (a 4:3 phone photo). */
export async function makeHandVariants() {
  for (const hand of HAND_CASES) await makeHand(hand);
}
