// @ts-check
// Points, quadrilaterals and the perspective mapping between a document's unit square and the image.

import { round1 } from './numbers.mjs';

/**
 * @typedef {[number, number]} Point [x, y]
 * @typedef {[Point, Point, Point, Point]} Quad four corners, clockwise from the top-left
 * @typedef {[number, number, number, number, number, number, number, number, number]} Matrix3 row-major 3x3
 */

/**
 * The homography taking the unit square's corners to `quad` (h33 = 1).
 * @param {Quad} quad
 * @returns {Matrix3}
 */
function squareToQuad(quad) {
  const [[x0, y0], [x1, y1], [x2, y2], [x3, y3]] = quad;
  const dx1 = x1 - x2;
  const dx2 = x3 - x2;
  const dy1 = y1 - y2;
  const dy2 = y3 - y2;
  const sx = x0 - x1 + x2 - x3;
  const sy = y0 - y1 + y2 - y3;
  const det = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / det;
  const h = (dx1 * sy - sx * dy1) / det;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1];
}

/**
 * @param {Matrix3} m
 * @returns {Matrix3}
 */
function invert3(m) {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  /** @type {Matrix3} */
  const adjugate = [
    A,
    -(b * i - c * h),
    b * f - c * e,
    B,
    a * i - c * g,
    -(a * f - c * d),
    C,
    -(a * h - b * g),
    a * e - b * d,
  ];
  return /** @type {Matrix3} */ (adjugate.map((v) => v / det));
}

/**
 * @param {Matrix3} m
 * @param {number} x
 * @param {number} y
 * @returns {Point}
 */
function project(m, x, y) {
  const z = m[6] * x + m[7] * y + m[8];
  return [(m[0] * x + m[1] * y + m[2]) / z, (m[3] * x + m[4] * y + m[5]) / z];
}

/**
 * Maps between image px and a document's own unit square (u right, v down, 0-1) for the document
 * whose corners are `quad`, through the perspective it is seen in.
 * @typedef {object} QuadMapping
 * @property {(x: number, y: number) => Point} toUnit
 * @property {(u: number, v: number) => Point} toImage
 */

/**
 * @param {Quad} quad
 * @returns {QuadMapping}
 */
export function quadMapping(quad) {
  const forward = squareToQuad(quad);
  const inverse = invert3(forward);
  return { toUnit: (x, y) => project(inverse, x, y), toImage: (u, v) => project(forward, u, v) };
}

/**
 * The quad's corners as [x0, y0, x1, y1, ...], each rounded to 0.1 px (labels.json's `corners`).
 * @param {Quad} quad
 */
export const flatCorners = (quad) => quad.flat().map(round1);
