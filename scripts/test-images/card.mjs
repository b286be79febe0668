// @ts-check
// ID-1 cards (85.6 x 54 mm) as SVG, in five designs.

import { shade } from './colour.mjs';
import { faceSVG } from './face.mjs';
import { oneDecimal } from './numbers.mjs';
import { Rng } from './random.mjs';
import { INK, guilloche, mrzRow, rosette, signaturePath, starPoints, textLinePath } from './svg.mjs';

/** @import { Look } from './face.mjs' */
/** @import { SvgImage } from './svg.mjs' */

/**
 * @typedef {object} CardDesign
 * @property {[string, string, string]} bg the background gradient, top-left to bottom-right
 * @property {string} header colour of the header band
 * @property {string} accent colour of the line under the header
 * @property {string[]} guilloche one colour per family of wavy lines; the first also draws the rosette
 * @property {string} portraitBg
 * @property {'flagV' | 'flagH' | 'seal'} emblem a flag with vertical or horizontal stripes, or a seal
 * @property {[string, string, string]} [flag] the flag's stripes
 * @property {Look} look the holder
 * @property {boolean} ghost a small faded second portrait
 * @property {boolean} hologram
 * @property {number} rows rows of data fields
 */

/** @type {Record<string, CardDesign>} */
export const CARD_DESIGNS = {
  A: {
    bg: ['#cfe5fb', '#e6dcf6', '#f9d3e2'],
    header: '#1f4e8c',
    accent: '#c23b6b',
    guilloche: ['#5b8fd1', '#d47aa8', '#7fbf9f'],
    portraitBg: '#e8f0f8',
    emblem: 'flagV',
    flag: ['#1f4e8c', '#f5f5f5', '#c8102e'],
    look: { skin: '#e8b896', hair: '#4a2f1e', shirt: '#3a6ea5', iris: '#3d6b8a' },
    ghost: true,
    hologram: true,
    rows: 5,
  },
  B: {
    bg: ['#d3f1e2', '#f1f5cf', '#fde6c4'],
    header: '#1e7a55',
    accent: '#d08a1c',
    guilloche: ['#3fa77a', '#e0a040', '#6a8fd0'],
    portraitBg: '#eef5ec',
    emblem: 'seal',
    look: { skin: '#c98e67', hair: '#1d1410', shirt: '#8c3b3b', longHair: true },
    ghost: false,
    hologram: true,
    rows: 4,
  },
  C: {
    bg: ['#e2d9f7', '#f6e0ee', '#ffe3cc'],
    header: '#7a1f3d',
    accent: '#2f7f9a',
    guilloche: ['#9b6fcf', '#e08a6a', '#5fb0c0'],
    portraitBg: '#f3eef6',
    emblem: 'flagH',
    flag: ['#111111', '#d6001c', '#f2c400'],
    look: { skin: '#f0c8a8', hair: '#a8682f', shirt: '#2f6b4f', iris: '#4f7a3a' },
    ghost: true,
    hologram: false,
    rows: 5,
  },
  D: {
    bg: ['#cfeaf5', '#e6f2d8', '#f6edcc'],
    header: '#0f6f7a',
    accent: '#b8453a',
    guilloche: ['#3796a8', '#b38b3a', '#c06090'],
    portraitBg: '#eaf3f4',
    emblem: 'seal',
    look: { skin: '#8d5a3c', hair: '#151010', shirt: '#d9a030', lip: '#8e4a48' },
    ghost: false,
    hologram: true,
    rows: 4,
  },
  // nearly white, as some national ID cards are: a glare or overexposure check must not mistake it
  W: {
    bg: ['#f4f4f2', '#f5f5f3', '#f2f2f0'],
    header: '#34495e',
    accent: '#8c96a3',
    guilloche: ['#9c9ca0', '#a8a8a8', '#b0b0ae'],
    portraitBg: '#ebebea',
    emblem: 'seal',
    look: { skin: '#dcae8c', hair: '#5a4030', shirt: '#5b5f6a', iris: '#4a5a6a' },
    ghost: true,
    hologram: false,
    rows: 5,
  },
};

/** The card's drawing units: 0.1 mm. */
const W = 856;
const H = 540;

/** The colours of a ghost portrait: the holder's shape, printed faded grey. */
const GHOST_GREYS = { skin: '#9a9aa6', hair: '#55556a', shirt: '#77778a', lip: '#888895', iris: '#666677' };

/**
 * One card being drawn: its design, the prefix of its SVG ids, and its header's height (random per design).
 * @typedef {{ design: CardDesign, id: string, headerHeight: number }} CardLayout
 */

/**
 * The gradients and clip paths of the card.
 * @param {CardLayout} card
 */
function cardDefs({ design, id, headerHeight }) {
  return `<defs>
<linearGradient id="${id}bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${design.bg[0]}"/><stop offset="0.5" stop-color="${design.bg[1]}"/><stop offset="1" stop-color="${design.bg[2]}"/></linearGradient>
<linearGradient id="${id}hd" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${design.header}"/><stop offset="1" stop-color="${shade(design.header, 1.25)}"/></linearGradient>
<radialGradient id="${id}holo" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#ffffff" stop-opacity="0.5"/><stop offset="0.35" stop-color="#9ee6ff" stop-opacity="0.35"/><stop offset="0.6" stop-color="#ffb3f0" stop-opacity="0.3"/><stop offset="0.85" stop-color="#fff59e" stop-opacity="0.25"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>
<clipPath id="${id}clip"><rect x="0" y="0" width="${W}" height="${H}" rx="32" ry="32"/></clipPath>
<clipPath id="${id}pclip"><rect x="32" y="${headerHeight + 24}" width="220" height="280" rx="10"/></clipPath>
<clipPath id="${id}gclip"><rect x="742" y="${headerHeight + 232}" width="76" height="96" rx="6"/></clipPath>
</defs>`;
}

/**
 * The flag or seal at the left of the header, and where the title starts right of it.
 * @param {CardDesign} design
 * @param {number} headerHeight
 */
function cardEmblem(design, headerHeight) {
  if (design.emblem === 'flagV' || design.emblem === 'flagH') {
    const flag = design.flag ?? [];
    const flagWidth = 66;
    const flagHeight = 44;
    const flagX = 28;
    const flagY = (headerHeight - flagHeight) / 2;
    let svg = '';
    for (let i = 0; i < 3; i++) {
      if (design.emblem === 'flagV')
        svg += `<rect x="${oneDecimal(flagX + (i * flagWidth) / 3)}" y="${oneDecimal(flagY)}" width="${oneDecimal(flagWidth / 3 + 0.5)}" height="${flagHeight}" fill="${flag[i]}"/>`;
      else
        svg += `<rect x="${flagX}" y="${oneDecimal(flagY + (i * flagHeight) / 3)}" width="${flagWidth}" height="${oneDecimal(flagHeight / 3 + 0.5)}" fill="${flag[i]}"/>`;
    }
    svg += `<rect x="${flagX}" y="${oneDecimal(flagY)}" width="${flagWidth}" height="${flagHeight}" fill="none" stroke="#ffffff" stroke-width="1.5" opacity="0.7"/>`;
    return { svg, titleX: flagX + flagWidth + 22 };
  }
  const sealRadius = headerHeight * 0.34;
  const sealX = 28 + sealRadius;
  const sealY = headerHeight / 2;
  let svg = `<circle cx="${oneDecimal(sealX)}" cy="${oneDecimal(sealY)}" r="${oneDecimal(sealRadius)}" fill="#d9a521" stroke="#fff4c8" stroke-width="2.5"/>`;
  svg += `<circle cx="${oneDecimal(sealX)}" cy="${oneDecimal(sealY)}" r="${oneDecimal(sealRadius * 0.78)}" fill="none" stroke="#8a6410" stroke-width="1.2"/>`;
  svg += `<polygon points="${starPoints({ cx: sealX, cy: sealY, outer: sealRadius * 0.62, inner: sealRadius * 0.26 })}" fill="#fffbe8"/>`;
  return { svg, titleX: sealX + sealRadius + 22 };
}

/**
 * The header band: emblem, title and subtitle (white glyph bars), country code box.
 * @param {Rng} rng
 * @param {CardLayout} card
 */
function cardHeader(rng, { design, id, headerHeight }) {
  let svg = `<rect x="0" y="0" width="${W}" height="${headerHeight}" fill="url(#${id}hd)"/>`;
  svg += `<rect x="0" y="${headerHeight}" width="${W}" height="5" fill="${design.accent}"/>`;
  const emblem = cardEmblem(design, headerHeight);
  svg += emblem.svg;
  const x = emblem.titleX;
  const title = textLinePath(rng, {
    x,
    y: headerHeight * 0.24,
    maxWidth: 430,
    height: headerHeight * 0.24,
    capitals: true,
    letters: [3, 8],
  });
  const sub = textLinePath(rng, {
    x,
    y: headerHeight * 0.66,
    maxWidth: 380,
    height: headerHeight * 0.12,
    capitals: true,
    letters: [2, 7],
  });
  svg += `<path d="${title.path}" fill="#ffffff"/><path d="${sub.path}" fill="#ffffff" opacity="0.8"/>`;
  // country code box at the right of the header
  svg += `<rect x="${W - 120}" y="${oneDecimal(headerHeight * 0.22)}" width="88" height="${oneDecimal(headerHeight * 0.56)}" rx="8" fill="#ffffff" opacity="0.9"/>`;
  const code = textLinePath(rng, {
    x: W - 104,
    y: headerHeight * 0.38,
    maxWidth: 60,
    height: headerHeight * 0.24,
    capitals: true,
    letters: [3, 3],
  });
  svg += `<path d="${code.path}" fill="${design.header}"/>`;
  return svg;
}

/**
 * The data fields right of the portrait (labels over values, some rows in two columns) and the
 * signature under them.
 * @param {Rng} rng
 * @param {CardLayout} card
 */
function cardFields(rng, { design, headerHeight }) {
  const left = 285;
  const right = 825;
  let y = headerHeight + 34;
  let labels = '';
  let values = '';
  for (let row = 0; row < design.rows; row++) {
    const twoColumns = row >= 2 && rng.chance(0.6);
    const columns = twoColumns
      ? [
          [left, 240],
          [left + 280, 250],
        ]
      : [[left, right - left]];
    for (const [x, width] of columns) {
      labels += textLinePath(rng, {
        x,
        y,
        maxWidth: width * rng.range(0.3, 0.6),
        height: 7,
        letters: [1, 6],
        capitalChance: 0.5,
      }).path;
      values += textLinePath(rng, {
        x,
        y: y + 17,
        maxWidth: width * rng.range(0.45, 0.9),
        height: 15,
        capitals: true,
        letters: [2, 9],
      }).path;
    }
    y += 46;
  }
  let svg = `<path d="${labels}" fill="${shade(design.header, 0.95)}" opacity="0.85"/><path d="${values}" fill="${INK}"/>`;
  const signature = signaturePath(rng, { x: 300, y: y + 6, width: 170, height: 34 });
  svg += `<path d="${signature}" fill="none" stroke="#1b2f7a" stroke-width="2.4" stroke-linecap="round"/>`;
  return svg;
}

/**
 * ID-1 card of design `key` (85.6 x 54 mm), drawn in 0.1 mm units and rendered at `widthPx` px wide.
 * @param {string} key a key of CARD_DESIGNS
 * @param {number} widthPx
 * @returns {SvgImage}
 */
export function cardSVG(key, widthPx) {
  const design = CARD_DESIGNS[key];
  const rng = new Rng('card-design-' + key);
  const heightPx = Math.round((widthPx * H) / W);
  const headerHeight = rng.int(72, 92);
  const id = 'c' + key;
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none">`;
  const card = { design, id, headerHeight };
  svg += cardDefs(card);
  svg += `<g clip-path="url(#${id}clip)">`;
  svg += `<rect x="0" y="0" width="${W}" height="${H}" fill="url(#${id}bg)"/>`;
  svg += guilloche(rng, { width: W, height: H, colours: design.guilloche, opacity: 0.24, strokeWidth: 1.0 });
  const [cx, cy, radius] = [rng.range(560, 680), rng.range(260, 330), rng.range(95, 130)];
  svg += rosette(rng, { cx, cy, radius, colour: design.guilloche[0], opacity: 0.28, strokeWidth: 1 });
  svg += cardHeader(rng, card);
  // portrait
  svg += `<rect x="32" y="${headerHeight + 24}" width="220" height="280" rx="10" fill="${design.portraitBg}"/>`;
  svg += `<g clip-path="url(#${id}pclip)">${faceSVG({ cx: 142, cy: headerHeight + 24 + 122, scale: 1.18, look: design.look, id: id + 'f' })}</g>`;
  svg += `<rect x="32" y="${headerHeight + 24}" width="220" height="280" rx="10" fill="none" stroke="${shade(design.header, 1.4)}" stroke-width="1.5"/>`;
  svg += cardFields(rng, card);
  if (design.ghost) {
    const look = { ...design.look, ...GHOST_GREYS };
    svg += `<g clip-path="url(#${id}gclip)" opacity="0.28">${faceSVG({ cx: 780, cy: headerHeight + 272, scale: 0.4, look, id: id + 'g' })}</g>`;
  }
  if (design.hologram) {
    svg += `<ellipse cx="232" cy="${headerHeight + 270}" rx="62" ry="48" fill="url(#${id}holo)"/>`;
  }
  // MRZ zone
  svg += `<rect x="0" y="428" width="${W}" height="${H - 428}" fill="#ffffff" opacity="0.45"/>`;
  svg += mrzRow(rng, { x: 32, y: 443, pitch: 22, height: 24, length: 36, colour: '#1c1c22' });
  svg += mrzRow(rng, { x: 32, y: 484, pitch: 22, height: 24, length: 36, colour: '#1c1c22' });
  svg += '</g>';
  // border
  svg += `<rect x="1.5" y="1.5" width="${W - 3}" height="${H - 3}" rx="31" ry="31" fill="none" stroke="${shade(design.header, 0.9)}" stroke-width="3"/>`;
  svg += '</svg>';
  return { svg, w: widthPx, h: heightPx };
}
