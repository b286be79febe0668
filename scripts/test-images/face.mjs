// @ts-check
// Drawn people: a head-and-shoulders figure, and pictures of people in front of a wall.

import { shade } from './colour.mjs';
import { oneDecimal } from './numbers.mjs';

/** @import { SvgImage } from './svg.mjs' */

/**
 * How a drawn person looks.
 * @typedef {object} Look
 * @property {string} skin
 * @property {string} hair
 * @property {string} shirt
 * @property {string} [lip='#b8575a']
 * @property {string} [iris='#5a3b22']
 * @property {boolean} [longHair=false] hair falling behind the shoulders
 */

/**
 * @typedef {object} FaceOptions
 * @property {number} cx centre of the head
 * @property {number} cy centre of the head
 * @property {number} scale the head is ~96 * scale wide
 * @property {Look} look
 * @property {string} id prefix of the gradients' ids, unique within the SVG document
 */

/**
 * A simple head-and-shoulders drawing.
 * @param {FaceOptions} options
 */
export function faceSVG({ cx, cy, scale, look, id }) {
  /** @type {(x: number, y: number) => string} the image point at (x, y) in head units */
  const at = (x, y) => `${oneDecimal(cx + x * scale)} ${oneDecimal(cy + y * scale)}`;
  /** @type {(length: number) => string} */
  const scaled = (length) => oneDecimal(length * scale);
  const skin = look.skin;
  const skinDark = shade(skin, 0.82);
  const skinLight = shade(skin, 1.12);
  const hair = look.hair;
  const hairDark = shade(hair, 0.7);
  const shirt = look.shirt;
  const lip = look.lip || '#b8575a';
  const iris = look.iris || '#5a3b22';
  let out = `<defs>
<radialGradient id="${id}sk" cx="0.45" cy="0.38" r="0.7"><stop offset="0" stop-color="${skinLight}"/><stop offset="0.7" stop-color="${skin}"/><stop offset="1" stop-color="${skinDark}"/></radialGradient>
<linearGradient id="${id}sh" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${shade(shirt, 1.1)}"/><stop offset="1" stop-color="${shade(shirt, 0.75)}"/></linearGradient>
</defs>`;
  if (look.longHair) {
    out += `<path d="M${at(-58, -20)}C${at(-66, 40)} ${at(-64, 95)} ${at(-48, 118)}L${at(48, 118)}C${at(64, 95)} ${at(66, 40)} ${at(58, -20)}Z" fill="${hairDark}"/>`;
  }
  // shoulders / torso
  out += `<path d="M${at(-175, 280)}L${at(-160, 170)}C${at(-150, 112)} ${at(-95, 94)} ${at(-40, 88)}L${at(40, 88)}C${at(95, 94)} ${at(150, 112)} ${at(160, 170)}L${at(175, 280)}Z" fill="url(#${id}sh)"/>`;
  // neck
  out += `<path d="M${at(-21, 30)}L${at(-23, 96)}Q${at(0, 114)} ${at(23, 96)}L${at(21, 30)}Z" fill="${skinDark}"/>`;
  // collar
  out += `<path d="M${at(-42, 88)}L${at(0, 134)}L${at(42, 88)}L${at(26, 90)}L${at(0, 112)}L${at(-26, 90)}Z" fill="${shade(shirt, 1.35)}"/>`;
  // hair behind the head
  out += `<ellipse cx="${oneDecimal(cx)}" cy="${oneDecimal(cy - 10 * scale)}" rx="${scaled(57)}" ry="${scaled(64)}" fill="${hair}"/>`;
  // ears
  for (const side of [-1, 1]) {
    out += `<ellipse cx="${oneDecimal(cx + side * 48 * scale)}" cy="${oneDecimal(cy + 2 * scale)}" rx="${scaled(8)}" ry="${scaled(14)}" fill="${skinDark}"/>`;
  }
  // head
  out += `<ellipse cx="${oneDecimal(cx)}" cy="${oneDecimal(cy)}" rx="${scaled(47)}" ry="${scaled(60)}" fill="url(#${id}sk)"/>`;
  // fringe
  out += `<path d="M${at(-50, -8)}C${at(-54, -72)} ${at(42, -90)} ${at(52, -10)}C${at(44, -40)} ${at(18, -52)} ${at(-8, -44)}C${at(-30, -40)} ${at(-44, -28)} ${at(-50, -8)}Z" fill="${hair}"/>`;
  // eyebrows
  out += `<path d="M${at(-31, -17)}Q${at(-20, -24)} ${at(-8, -18)}M${at(8, -18)}Q${at(20, -24)} ${at(31, -17)}" fill="none" stroke="${hairDark}" stroke-width="${scaled(3.2)}" stroke-linecap="round"/>`;
  // eyes
  for (const eyeX of [-19, 19]) {
    out += `<ellipse cx="${oneDecimal(cx + eyeX * scale)}" cy="${oneDecimal(cy - 4 * scale)}" rx="${scaled(9)}" ry="${scaled(5)}" fill="#f4f1ec"/>`;
    out += `<circle cx="${oneDecimal(cx + eyeX * scale)}" cy="${oneDecimal(cy - 4 * scale)}" r="${scaled(4.2)}" fill="${iris}"/>`;
    out += `<circle cx="${oneDecimal(cx + eyeX * scale)}" cy="${oneDecimal(cy - 4 * scale)}" r="${scaled(2)}" fill="#141010"/>`;
    out += `<circle cx="${oneDecimal(cx + (eyeX + 1.3) * scale)}" cy="${oneDecimal(cy - 5.3 * scale)}" r="${scaled(1)}" fill="#ffffff"/>`;
    out += `<path d="M${at(eyeX - 10, -4)}Q${at(eyeX, -11)} ${at(eyeX + 10, -4)}" fill="none" stroke="${shade(skin, 0.55)}" stroke-width="${scaled(1.4)}"/>`;
  }
  // nose
  out += `<path d="M${at(-1, -2)}Q${at(-7, 18)} ${at(-6, 21)}Q${at(0, 25)} ${at(6, 21)}" fill="none" stroke="${shade(skin, 0.68)}" stroke-width="${scaled(1.8)}" stroke-linecap="round"/>`;
  // cheeks
  for (const side of [-1, 1]) {
    out += `<ellipse cx="${oneDecimal(cx + side * 27 * scale)}" cy="${oneDecimal(cy + 16 * scale)}" rx="${scaled(9)}" ry="${scaled(6)}" fill="#e0787a" opacity="0.18"/>`;
  }
  // mouth
  out += `<path d="M${at(-15, 35)}Q${at(0, 31)} ${at(15, 35)}Q${at(0, 46)} ${at(-15, 35)}Z" fill="${lip}"/>`;
  out += `<path d="M${at(-15, 35)}Q${at(0, 38)} ${at(15, 35)}" fill="none" stroke="${shade(lip, 0.6)}" stroke-width="${scaled(1.2)}"/>`;
  return out;
}

/** The two people of the selfies, each with the wall behind them (a radial gradient, centre to edge). */
export const SELFIE_LOOKS = [
  { wall: ['#d8dde4', '#b9c1cc'], look: { skin: '#e6b594', hair: '#3a2518', shirt: '#2d5e8e', iris: '#4a6f8f' } },
  {
    wall: ['#e9e2d6', '#cbbfae'],
    look: { skin: '#a86f4c', hair: '#120d0b', shirt: '#8a2f4f', longHair: true, lip: '#9a4a4e' },
  },
];

/**
 * One person in a picture: which of SELFIE_LOOKS, where the head's centre is and its scale (4.5 =
 * the selfie's head-and-shoulders framing in 1200x1600; the face is about 94 * scale px wide).
 * @typedef {object} Person
 * @property {number} look index into SELFIE_LOOKS
 * @property {number} cx
 * @property {number} cy
 * @property {number} scale
 */

/**
 * A `width` x `height` picture of `people` in front of the wall of SELFIE_LOOKS[`wall`].
 * @param {{ width: number, height: number, wall: number, people: Person[] }} picture
 * @returns {SvgImage}
 */
export function peopleSVG({ width: W, height: H, wall, people }) {
  const [centre, edge] = SELFIE_LOOKS[wall].wall;
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`;
  svg += `<defs><radialGradient id="wall" cx="0.45" cy="0.35" r="0.8"><stop offset="0" stop-color="${centre}"/><stop offset="1" stop-color="${edge}"/></radialGradient></defs>`;
  svg += `<rect x="0" y="0" width="${W}" height="${H}" fill="url(#wall)"/>`;
  people.forEach(({ look, cx, cy, scale }, i) => {
    svg += faceSVG({ cx, cy, scale, look: SELFIE_LOOKS[look].look, id: `p${i}l${look}` });
  });
  svg += '</svg>';
  return { svg, w: W, h: H };
}
