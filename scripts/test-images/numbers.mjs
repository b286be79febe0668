// @ts-check
// Small numeric helpers shared by the drawing and the pixel code.

/**
 * `value` clamped to the 0-255 range of an 8-bit level.
 * @param {number} value
 */
export const clamp255 = (value) => (value < 0 ? 0 : value > 255 ? 255 : value);

/**
 * Hermite step from 0 at `edge0` to 1 at `edge1`.
 * @param {number} edge0
 * @param {number} edge1
 * @param {number} x
 */
export const smoothstep = (edge0, edge1, x) => {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
};

/**
 * `value` rounded to one decimal (corners and centres in labels.json).
 * @param {number} value
 */
export const round1 = (value) => Math.round(value * 10) / 10;

/**
 * `value` rounded to one decimal, as text (SVG coordinates, notes).
 * @param {number} value
 */
export const oneDecimal = (value) => round1(value).toString();
