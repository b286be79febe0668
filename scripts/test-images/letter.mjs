// @ts-check
// A4 letters and a utility bill as SVG: white paper, black pseudo-text, few coloured elements.

import { oneDecimal } from './numbers.mjs';
import { Rng } from './random.mjs';
import { rectPath, signaturePath, starPoints, textLinePath } from './svg.mjs';

/** @import { SvgImage } from './svg.mjs' */

/**
 * 'bill': a utility bill with a table and an orange/blue logo; 'letter': a letter with a
 * green/yellow logo; 'stamp': a letter with a black logo and a red round stamp.
 * @typedef {'bill' | 'letter' | 'stamp'} LetterKind
 */

/** The page's drawing units (A4 at 1000 wide). */
const W = 1000;
const H = 1414;
const INK = '#1e1e1e';
const GREY = '#707070';

/**
 * The logo, the sender's name and tagline, the sender's address block and the rule under them.
 * @param {Rng} rng
 * @param {LetterKind} kind
 */
function letterhead(rng, kind) {
  const colourLogo = kind !== 'stamp';
  const logo = colourLogo ? (kind === 'bill' ? '#e0662a' : '#1f8a5a') : '#2a2a2a';
  const logoDot = colourLogo ? (kind === 'bill' ? '#1f6fb8' : '#f0b400') : '#8a8a8a';
  let svg = `<circle cx="160" cy="150" r="78" fill="${logo}"/>`;
  svg += `<path d="M98 168Q130 120 160 160T222 140L222 178Q190 200 160 180T98 200Z" fill="#ffffff"/>`;
  svg += `<circle cx="206" cy="102" r="24" fill="${logoDot}"/>`;
  const name = textLinePath(rng, { x: 262, y: 112, maxWidth: 250, height: 30, capitals: true, letters: [4, 7] });
  svg += `<path d="${name.path}" fill="${logo}"/>`;
  const tagline = textLinePath(rng, { x: 262, y: 168, maxWidth: 240, height: 10, letters: [2, 7] });
  svg += `<path d="${tagline.path}" fill="${GREY}"/>`;
  // sender block (right)
  let d = '';
  for (let i = 0; i < 4; i++)
    d += textLinePath(rng, {
      x: 640,
      y: 100 + i * 24,
      maxWidth: 270 * rng.range(0.6, 1),
      height: 9,
      letters: [2, 8],
    }).path;
  svg += `<path d="${d}" fill="${GREY}"/>`;
  svg += `<rect x="90" y="250" width="820" height="2" fill="#b0b0b0"/>`;
  return svg;
}

/**
 * The recipient's address, the date and reference, and the subject line.
 * @param {Rng} rng
 */
function addressing(rng) {
  let d = '';
  for (let i = 0; i < 4; i++)
    d += textLinePath(rng, { x: 90, y: 300 + i * 30, maxWidth: rng.range(180, 330), height: 12, letters: [2, 9] }).path;
  let svg = `<path d="${d}" fill="${INK}"/>`;
  d = textLinePath(rng, { x: 680, y: 440, maxWidth: 220, height: 11, letters: [2, 6] }).path;
  d += textLinePath(rng, { x: 680, y: 470, maxWidth: 180, height: 11, letters: [2, 6] }).path;
  svg += `<path d="${d}" fill="${INK}"/>`;
  const subject = textLinePath(rng, {
    x: 90,
    y: 530,
    maxWidth: rng.range(420, 560),
    height: 16,
    letters: [3, 9],
    capitalChance: 0.8,
  });
  return svg + `<path d="${subject.path}" fill="${INK}"/>`;
}

/**
 * A paragraph of `lines` full lines from `top`, the last one shorter.
 * @param {Rng} rng
 * @param {number} top
 * @param {number} lines
 */
function paragraph(rng, top, lines) {
  let d = '';
  for (let i = 0; i < lines; i++) {
    const last = i === lines - 1;
    d += textLinePath(rng, {
      x: 90,
      y: top + i * 30,
      maxWidth: last ? rng.range(300, 600) : 820,
      height: 11,
      letters: [1, 10],
    }).path;
  }
  return `<path d="${d}" fill="${INK}"/>`;
}

/**
 * The bill's table from `top`: a header row, six item rows with amounts, and the total. Returns
 * the SVG and the y under the total.
 * @param {Rng} rng
 * @param {number} top
 */
function billTable(rng, top) {
  let y = top;
  let svg = `<rect x="90" y="${y}" width="820" height="40" fill="#e4e4e4"/>`;
  const item = textLinePath(rng, { x: 104, y: y + 14, maxWidth: 200, height: 11, capitals: true, letters: [3, 8] });
  const amount = textLinePath(rng, { x: 800, y: y + 14, maxWidth: 90, height: 11, capitals: true, letters: [3, 6] });
  svg += `<path d="${item.path}${amount.path}" fill="${INK}"/>`;
  y += 40;
  let d = '';
  let rules = '';
  for (let row = 0; row < 6; row++) {
    d += textLinePath(rng, { x: 104, y: y + 14, maxWidth: rng.range(220, 460), height: 11, letters: [2, 9] }).path;
    const amountWidth = rng.range(60, 95);
    const digits = Math.round(amountWidth / 12);
    d += textLinePath(rng, {
      x: 895 - amountWidth,
      y: y + 14,
      maxWidth: amountWidth,
      height: 11,
      letters: [digits, digits],
    }).path;
    y += 38;
    rules += rectPath(90, y - 1, 820, 1.5);
  }
  svg += `<path d="${d}" fill="${INK}"/><path d="${rules}" fill="#bdbdbd"/>`;
  svg += `<rect x="90" y="${y + 4}" width="820" height="3" fill="${INK}"/>`;
  const total = textLinePath(rng, { x: 104, y: y + 24, maxWidth: 160, height: 15, capitals: true, letters: [4, 6] });
  const sum = textLinePath(rng, { x: 790, y: y + 24, maxWidth: 105, height: 15, capitals: true, letters: [7, 7] });
  svg += `<path d="${total.path}${sum.path}" fill="${INK}"/>`;
  return { svg, bottom: y };
}

/**
 * A red round stamp centred at (cx, cy), turned 14° counter-clockwise: two rings, a ring of
 * dashes, a star and two lines of capitals.
 * @param {Rng} rng
 * @param {number} cx
 * @param {number} cy
 */
function stamp(rng, cx, cy) {
  let dashes = '';
  for (let i = 0; i < 22; i++) {
    const a = (i / 22) * 2 * Math.PI;
    const px = cx + 94 * Math.cos(a);
    const py = cy + 94 * Math.sin(a);
    dashes += `<rect x="${oneDecimal(px - 5)}" y="${oneDecimal(py - 7)}" width="10" height="14" transform="rotate(${oneDecimal((a * 180) / Math.PI + 90)} ${oneDecimal(px)} ${oneDecimal(py)})"/>`;
  }
  let svg = `<g transform="rotate(-14 ${cx} ${cy})" opacity="0.85" fill="#cc2222" stroke="none">`;
  svg += `<circle cx="${cx}" cy="${cy}" r="112" fill="none" stroke="#cc2222" stroke-width="7"/>`;
  svg += `<circle cx="${cx}" cy="${cy}" r="78" fill="none" stroke="#cc2222" stroke-width="3"/>`;
  svg += dashes;
  svg += `<polygon points="${starPoints({ cx, cy: cy - 30, outer: 20, inner: 8 })}"/>`;
  const name = textLinePath(rng, { x: cx - 58, y: cy, maxWidth: 116, height: 16, capitals: true, letters: [5, 8] });
  const place = textLinePath(rng, {
    x: cx - 42,
    y: cy + 30,
    maxWidth: 84,
    height: 11,
    capitals: true,
    letters: [3, 6],
  });
  svg += `<path d="${name.path}${place.path}"/>`;
  return svg + '</g>';
}

/**
 * The rule and three columns of two small grey lines at the foot of the page.
 * @param {Rng} rng
 */
function footer(rng) {
  let svg = `<rect x="90" y="1310" width="820" height="1.5" fill="#b0b0b0"/>`;
  let d = '';
  for (let column = 0; column < 3; column++)
    for (let i = 0; i < 2; i++)
      d += textLinePath(rng, {
        x: 90 + column * 280,
        y: 1328 + i * 20,
        maxWidth: 240 * rng.range(0.6, 1),
        height: 7,
        letters: [2, 7],
      }).path;
  return svg + `<path d="${d}" fill="${GREY}"/>`;
}

/**
 * A4 letter / utility bill: white paper, black pseudo-text, and only small coloured elements
 * (logo, blue signature, red stamp) depending on `kind`. Rendered at `widthPx` px wide.
 * @param {LetterKind} kind
 * @param {number} widthPx
 * @returns {SvgImage}
 */
export function letterSVG(kind, widthPx) {
  const rng = new Rng('letter-' + kind);
  const heightPx = Math.round((widthPx * H) / W);
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none">`;
  svg += `<rect x="0" y="0" width="${W}" height="${H}" fill="#f8f8f6"/>`;
  svg += letterhead(rng, kind);
  svg += addressing(rng);
  let y = 590;
  if (kind === 'bill') {
    svg += paragraph(rng, y, 3);
    const table = billTable(rng, y + 120);
    svg += table.svg;
    y = table.bottom + 80;
    svg += paragraph(rng, y, 2);
    y += 90;
  } else {
    svg += paragraph(rng, y, 6);
    y += 210;
    svg += paragraph(rng, y, 5);
    y += 180;
    svg += paragraph(rng, y, 4);
    y += 150;
  }
  // closing + signature + name
  const closing = textLinePath(rng, { x: 90, y, maxWidth: 160, height: 11, letters: [2, 8] });
  svg += `<path d="${closing.path}" fill="${INK}"/>`;
  const signature = signaturePath(rng, { x: 100, y: y + 30, width: 260, height: 70 });
  svg += `<path d="${signature}" fill="none" stroke="#1d3fa8" stroke-width="4" stroke-linecap="round"/>`;
  const name = textLinePath(rng, { x: 90, y: y + 130, maxWidth: 220, height: 11, letters: [2, 8] });
  svg += `<path d="${name.path}" fill="${INK}"/>`;
  if (kind === 'stamp') svg += stamp(rng, 560, y + 70);
  svg += footer(rng);
  svg += '</svg>';
  return { svg, w: widthPx, h: heightPx };
}
