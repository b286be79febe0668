// @ts-check
// The passport data page (125 x 88 mm) as SVG.

import { faceSVG } from './face.mjs';
import { Rng } from './random.mjs';
import { INK, guilloche, mrzRow, rosette, signaturePath, starPoints, textLinePath } from './svg.mjs';

/** @import { SvgImage } from './svg.mjs' */

const DESIGN = {
  bg: ['#edf4ea', '#f6f3e4', '#f1e9f2'],
  header: '#50689a',
  guilloche: ['#9cc0a6', '#c4b0d6', '#d9c39a'],
  portraitBg: '#eef1f5',
  look: { skin: '#e3b08d', hair: '#3b2a20', shirt: '#4f5b78', iris: '#4a3a2a' },
};

/** The page's drawing units: 0.1 mm. */
const W = 1250;
const H = 880;

/**
 * The data fields right of the portrait: six rows of a label over a value, rows 2-4 in two columns.
 * @param {Rng} rng
 */
function passportFields(rng) {
  let labels = '';
  let values = '';
  let y = 134;
  for (let row = 0; row < 6; row++) {
    const twoColumns = row >= 2 && row <= 4;
    const columns = twoColumns
      ? [
          [390, 330],
          [750, 300],
        ]
      : [[390, 640]];
    for (const [x, width] of columns) {
      labels += textLinePath(rng, {
        x,
        y,
        maxWidth: width * rng.range(0.3, 0.6),
        height: 9,
        letters: [1, 6],
        capitalChance: 0.5,
      }).path;
      values += textLinePath(rng, {
        x,
        y: y + 22,
        maxWidth: width * rng.range(0.4, 0.85),
        height: 19,
        capitals: true,
        letters: [2, 9],
      }).path;
    }
    y += 66;
  }
  return `<path d="${labels}" fill="${DESIGN.header}" opacity="0.8"/><path d="${values}" fill="${INK}"/>`;
}

/**
 * Passport data page (125 x 88 mm), rendered at `widthPx` px wide.
 * @param {number} widthPx
 * @returns {SvgImage}
 */
export function passportSVG(widthPx) {
  const design = DESIGN;
  const rng = new Rng('passport-design');
  const heightPx = Math.round((widthPx * H) / W);
  const id = 'pp';
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none">`;
  svg += `<defs>
<linearGradient id="${id}bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${design.bg[0]}"/><stop offset="0.5" stop-color="${design.bg[1]}"/><stop offset="1" stop-color="${design.bg[2]}"/></linearGradient>
<clipPath id="${id}clip"><rect x="0" y="0" width="${W}" height="${H}" rx="18" ry="18"/></clipPath>
<clipPath id="${id}pclip"><rect x="50" y="120" width="300" height="386" rx="4"/></clipPath>
<clipPath id="${id}gclip"><rect x="1060" y="470" width="120" height="150" rx="6"/></clipPath>
</defs>`;
  svg += `<g clip-path="url(#${id}clip)">`;
  svg += `<rect x="0" y="0" width="${W}" height="${H}" fill="url(#${id}bg)"/>`;
  svg += guilloche(rng, { width: W, height: H, colours: design.guilloche, opacity: 0.24, strokeWidth: 1.1 });
  svg += rosette(rng, { cx: 760, cy: 360, radius: 190, colour: design.guilloche[1], opacity: 0.25, strokeWidth: 1.1 });
  svg += rosette(rng, { cx: 760, cy: 360, radius: 120, colour: design.guilloche[0], opacity: 0.25, strokeWidth: 1.1 });
  // header line
  svg += `<rect x="0" y="0" width="${W}" height="14" fill="${design.header}" opacity="0.6"/>`;
  const title = textLinePath(rng, { x: 60, y: 44, maxWidth: 760, height: 24, capitals: true, letters: [3, 9] });
  svg += `<path d="${title.path}" fill="${design.header}"/>`;
  const subtitle = textLinePath(rng, { x: 60, y: 86, maxWidth: 560, height: 11, capitals: true, letters: [2, 8] });
  svg += `<path d="${subtitle.path}" fill="${design.header}" opacity="0.75"/>`;
  svg += `<circle cx="1150" cy="70" r="40" fill="none" stroke="${design.header}" stroke-width="3" opacity="0.7"/>`;
  svg += `<polygon points="${starPoints({ cx: 1150, cy: 70, outer: 28, inner: 11 })}" fill="${design.header}" opacity="0.6"/>`;
  // portrait
  svg += `<rect x="50" y="120" width="300" height="386" rx="4" fill="${design.portraitBg}"/>`;
  svg += `<g clip-path="url(#${id}pclip)">${faceSVG({ cx: 200, cy: 290, scale: 1.62, look: design.look, id: id + 'f' })}</g>`;
  svg += passportFields(rng);
  // signature below the portrait
  const caption = textLinePath(rng, { x: 60, y: 530, maxWidth: 150, height: 8, letters: [2, 6] });
  svg += `<path d="${caption.path}" fill="${design.header}" opacity="0.8"/>`;
  const signature = signaturePath(rng, { x: 70, y: 555, width: 230, height: 50 });
  svg += `<path d="${signature}" fill="none" stroke="#1b2f7a" stroke-width="3" stroke-linecap="round"/>`;
  // ghost image
  const ghost = { ...design.look, skin: '#a0a0aa', hair: '#5a5a6a', shirt: '#7a7a88', lip: '#8a8a95', iris: '#666677' };
  svg += `<g clip-path="url(#${id}gclip)" opacity="0.25">${faceSVG({ cx: 1120, cy: 540, scale: 0.62, look: ghost, id: id + 'g' })}</g>`;
  // MRZ zone
  svg += `<rect x="0" y="665" width="${W}" height="${H - 665}" fill="#ffffff" opacity="0.65"/>`;
  svg += mrzRow(rng, { x: 53, y: 712, pitch: 26.6, height: 32, length: 44, colour: '#1c1c22' });
  svg += mrzRow(rng, { x: 53, y: 786, pitch: 26.6, height: 32, length: 44, colour: '#1c1c22' });
  svg += '</g>';
  svg += `<rect x="1.5" y="1.5" width="${W - 3}" height="${H - 3}" rx="17" ry="17" fill="none" stroke="#b9bfc9" stroke-width="3"/>`;
  svg += '</svg>';
  return { svg, w: widthPx, h: heightPx };
}
