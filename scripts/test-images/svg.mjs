// @ts-check
// SVG building blocks for the drawn documents: glyph text, MRZ rows, guilloche, rosettes, stars and
// signatures. No fonts: "text" is rows of glyph-like bars.

import { oneDecimal } from './numbers.mjs';

/** @import { Rng } from './random.mjs' */

/**
 * An SVG document and the pixel size it renders at.
 * @typedef {object} SvgImage
 * @property {string} svg
 * @property {number} w
 * @property {number} h
 */

/** The dark ink of printed values. */
export const INK = '#23232b';

/**
 * Path data of an axis-aligned rectangle, as SVG's own rect takes it.
 * @param {number} x
 * @param {number} y
 * @param {number} width
 * @param {number} height
 */
export const rectPath = (x, y, width, height) =>
  `M${oneDecimal(x)} ${oneDecimal(y)}h${oneDecimal(width)}v${oneDecimal(height)}h${oneDecimal(-width)}z`;

/**
 * @typedef {object} TextLineOptions
 * @property {number} x left end of the line
 * @property {number} y top of the x-height band
 * @property {number} maxWidth the line stops before this width (the first word is squeezed into it)
 * @property {number} height the x-height
 * @property {[number, number]} [letters=[2, 9]] fewest and most glyphs in a word
 * @property {number} [capitalChance=0.35] chance that a word starts with a tall capital
 * @property {boolean} [capitals=false] every glyph a capital
 */

/**
 * One line of pseudo-text: words made of glyph-like bars. Returns the path data and the width used.
 * @param {Rng} rng
 * @param {TextLineOptions} options
 */
export function textLinePath(rng, options) {
  const { x, y, maxWidth, height: h, capitalChance = 0.35, capitals = false } = options;
  const [minLetters, maxLetters] = options.letters ?? [2, 9];
  const gap = h * 0.2;
  const wordGap = h * 0.8;
  const end = x + maxWidth;
  let cursor = x;
  let path = '';
  let first = true;
  for (;;) {
    const glyphs = rng.int(minLetters, maxLetters);
    const widths = [];
    for (let i = 0; i < glyphs; i++) widths.push(h * (capitals ? rng.range(0.62, 0.85) : rng.range(0.4, 0.78)));
    const total = widths.reduce((sum, w) => sum + w, 0) + gap * (glyphs - 1);
    if (cursor + total > end) {
      if (!first) break;
      // first word too long: squeeze it into the space
      const k = (end - cursor) / total;
      for (let i = 0; i < glyphs; i++) widths[i] *= k;
    }
    for (let i = 0; i < glyphs; i++) {
      let glyphTop = y;
      let glyphHeight = h;
      if (capitals) {
        glyphTop = y - h * 0.25;
        glyphHeight = h * 1.25;
      } else if (i === 0 && rng.chance(capitalChance)) {
        glyphTop = y - h * 0.35;
        glyphHeight = h * 1.35;
      } else if (rng.chance(0.12)) {
        glyphTop = y - h * 0.35;
        glyphHeight = h * 1.35;
      } else if (rng.chance(0.08)) {
        glyphHeight = h * 1.3;
      }
      path += rectPath(cursor, glyphTop, widths[i], glyphHeight);
      cursor += widths[i] + gap;
    }
    cursor += wordGap - gap;
    first = false;
    if (cursor >= end) break;
  }
  return { path, width: cursor - x };
}

/**
 * @typedef {object} MrzRowOptions
 * @property {number} x left end
 * @property {number} y top
 * @property {number} pitch width of one character cell
 * @property {number} height character height
 * @property {number} length number of cells
 * @property {string} colour
 */

/**
 * A machine-readable-zone row: fixed-pitch cells of blocks and '<' fillers.
 * @param {Rng} rng
 * @param {MrzRowOptions} options
 */
export function mrzRow(rng, { x, y, pitch, height: h, length, colour }) {
  let blocks = '';
  let chevrons = '';
  // layout: runs of characters separated by runs of fillers, trailing fillers
  /** @type {(0 | 1)[]} */
  const cells = [];
  while (cells.length < length) {
    const run = rng.int(2, 10);
    for (let i = 0; i < run && cells.length < length; i++) cells.push(1);
    const fill = rng.chance(0.5) ? rng.int(1, 2) : rng.int(1, 5);
    for (let i = 0; i < fill && cells.length < length; i++) cells.push(0);
  }
  const tail = rng.int(3, 9);
  for (let i = length - tail; i < length; i++) cells[i] = 0;
  for (let i = 0; i < length; i++) {
    const cellX = x + i * pitch;
    const glyphWidth = pitch * 0.62;
    const glyphX = cellX + (pitch - glyphWidth) / 2;
    if (cells[i]) {
      const style = rng.float();
      if (style < 0.55) blocks += rectPath(glyphX, y, glyphWidth, h);
      else if (style < 0.8) {
        // two stacked bars (like E, 8, B...)
        blocks += rectPath(glyphX, y, glyphWidth, h * 0.44) + rectPath(glyphX, y + h * 0.56, glyphWidth, h * 0.44);
      } else {
        // narrow bar (like I, 1)
        blocks += rectPath(cellX + pitch * 0.38, y, pitch * 0.24, h);
      }
    } else {
      chevrons += `M${oneDecimal(cellX + pitch * 0.72)} ${oneDecimal(y + h * 0.15)}L${oneDecimal(cellX + pitch * 0.28)} ${oneDecimal(y + h * 0.5)}L${oneDecimal(cellX + pitch * 0.72)} ${oneDecimal(y + h * 0.85)}`;
    }
  }
  return (
    `<path d="${blocks}" fill="${colour}"/>` +
    `<path d="${chevrons}" fill="none" stroke="${colour}" stroke-width="${oneDecimal(pitch * 0.12)}"/>`
  );
}

/**
 * @typedef {object} LineArtOptions
 * @property {number} opacity
 * @property {number} strokeWidth
 */

/**
 * Families of fine wavy lines across a `width` x `height` area, one family per colour.
 * @param {Rng} rng
 * @param {LineArtOptions & { width: number, height: number, colours: string[] }} options
 */
export function guilloche(rng, { width: W, height: H, colours, opacity, strokeWidth }) {
  let out = '';
  for (const colour of colours) {
    const lines = rng.int(8, 11);
    const longWave = rng.range(W / 5, W / 2.5);
    const shortWave = rng.range(W / 14, W / 8);
    const longAmplitude = rng.range(H / 30, H / 14);
    const shortAmplitude = rng.range(H / 120, H / 50);
    const phase = rng.range(0, 6.28);
    const phaseStep = rng.range(0.15, 0.5);
    let d = '';
    for (let i = 0; i < lines; i++) {
      const y0 = -H * 0.08 + (i * H * 1.16) / lines;
      for (let x = -10, k = 0; x <= W + 10; x += 6, k++) {
        const y =
          y0 +
          longAmplitude * Math.sin((2 * Math.PI * x) / longWave + phase + i * phaseStep) +
          shortAmplitude * Math.sin((2 * Math.PI * x) / shortWave + i * 1.7);
        d += (k === 0 ? 'M' : 'L') + oneDecimal(x) + ' ' + oneDecimal(y);
      }
    }
    out += `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${strokeWidth}" opacity="${opacity}"/>`;
  }
  return out;
}

/**
 * A spirograph-like rosette of radius `radius` around (cx, cy).
 * @param {Rng} rng
 * @param {LineArtOptions & { cx: number, cy: number, radius: number, colour: string }} options
 */
export function rosette(rng, { cx, cy, radius, colour, opacity, strokeWidth }) {
  const lobes = rng.int(9, 16);
  const depth = radius * rng.range(0.12, 0.22);
  const copies = rng.int(7, 11);
  let d = '';
  for (let t = 0, i = 0; t <= 2 * Math.PI + 0.001; t += 0.02, i++) {
    const r = radius + depth * Math.sin(lobes * t);
    d += (i === 0 ? 'M' : 'L') + oneDecimal(cx + r * Math.cos(t)) + ' ' + oneDecimal(cy + r * Math.sin(t));
  }
  let out = `<g fill="none" stroke="${colour}" stroke-width="${strokeWidth}" opacity="${opacity}">`;
  for (let j = 0; j < copies; j++) {
    out += `<path d="${d}" transform="rotate(${oneDecimal((j * 360) / copies / lobes)} ${oneDecimal(cx)} ${oneDecimal(cy)})"/>`;
  }
  return out + '</g>';
}

/**
 * The points of a five-pointed star around (cx, cy), tips at `outer`, notches at `inner`.
 * @param {{ cx: number, cy: number, outer: number, inner: number }} star
 */
export function starPoints({ cx, cy, outer, inner }) {
  const tips = 5;
  const points = [];
  for (let i = 0; i < tips * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / tips;
    points.push(`${oneDecimal(cx + r * Math.cos(a))},${oneDecimal(cy + r * Math.sin(a))}`);
  }
  return points.join(' ');
}

/**
 * Path data of a handwritten-looking signature in the box (x, y, width, height).
 * @param {Rng} rng
 * @param {{ x: number, y: number, width: number, height: number }} box
 */
export function signaturePath(rng, { x, y, width: w, height: h }) {
  let d = `M${oneDecimal(x)} ${oneDecimal(y + h * 0.6)}`;
  const strokes = rng.int(5, 8);
  let previousX = x;
  for (let i = 0; i < strokes; i++) {
    const nextX = x + ((i + 1) * w) / strokes;
    const control1X = previousX + rng.range(-0.2, 0.9) * (nextX - previousX);
    const control2X = previousX + rng.range(0.1, 1.3) * (nextX - previousX);
    d += `C${oneDecimal(control1X)} ${oneDecimal(y + rng.range(-0.2, 0.5) * h)} ${oneDecimal(control2X)} ${oneDecimal(y + rng.range(0.5, 1.2) * h)} ${oneDecimal(nextX)} ${oneDecimal(y + rng.range(0.2, 0.9) * h)}`;
    previousX = nextX;
  }
  // underline flourish
  d += `M${oneDecimal(x + w * 0.05)} ${oneDecimal(y + h * 1.05)}Q${oneDecimal(x + w * 0.5)} ${oneDecimal(y + h * 0.8)} ${oneDecimal(x + w * 1.05)} ${oneDecimal(y + h * 0.95)}`;
  return d;
}
