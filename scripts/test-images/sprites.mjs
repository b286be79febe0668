// @ts-check
// Laying things on a scene: sprites (rotated or in perspective) with their shadows, and the solid
// objects that cover a document (a thumb, a phone).

import { smoothstep } from './numbers.mjs';
import { quadMapping } from './perspective.mjs';

/** @import { Point, Quad } from './perspective.mjs' */
/** @import { Rng } from './random.mjs' */
/** @import { Scene, Sprite } from './scene.mjs' */

/**
 * A soft shadow cast down-right by a sprite lying on the scene.
 * @typedef {object} Shadow
 * @property {number} opacity how much it darkens the scene under the sprite's middle
 * @property {number} blur px of its soft edge
 * @property {Point} offset px from the sprite
 */

/** The shadow of a card lying on a desk. */
const CARD_SHADOW = { opacity: 0.35, blur: 16, offset: /** @type {Point} */ ([7, 11]) };

/** The hard-edged shadow under a document seen in perspective. */
const QUAD_SHADOW = { opacity: 0.25, offset: /** @type {Point} */ ([6, 9]) };

/**
 * Bilinear sample of an RGBA sprite at (u, v): alpha-weighted colour sums and the alpha, 0-1.
 * @param {Sprite} sprite
 * @param {number} u
 * @param {number} v
 */
function sampleSprite(sprite, u, v) {
  const { w: W, h: H, data } = sprite;
  const ux = Math.floor(u);
  const vy = Math.floor(v);
  const fx = u - ux;
  const fy = v - vy;
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  for (let k = 0; k < 4; k++) {
    const sx = ux + (k & 1);
    const sy = vy + (k >> 1);
    if (sx < 0 || sy < 0 || sx >= W || sy >= H) continue;
    const weight = (k & 1 ? fx : 1 - fx) * (k >> 1 ? fy : 1 - fy);
    const j = (sy * W + sx) * 4;
    const alpha = (data[j + 3] / 255) * weight;
    r += data[j] * alpha;
    g += data[j + 1] * alpha;
    b += data[j + 2] * alpha;
    a += alpha;
  }
  return [r, g, b, a];
}

/**
 * The pixel box [x0, y0, x1, y1] (inclusive, inside the scene) around `points` moved by
 * (dx, dy) and widened by `pad`.
 * @param {Scene} scene
 * @param {Point[]} points
 * @param {{ pad: number, dx?: number, dy?: number }} margin
 */
function pixelBox(scene, points, { pad, dx = 0, dy = 0 }) {
  const xs = points.map((p) => p[0] + dx);
  const ys = points.map((p) => p[1] + dy);
  return [
    Math.max(0, Math.floor(Math.min(...xs) - pad)),
    Math.max(0, Math.floor(Math.min(...ys) - pad)),
    Math.min(scene.w - 1, Math.ceil(Math.max(...xs) + pad)),
    Math.min(scene.h - 1, Math.ceil(Math.max(...ys) + pad)),
  ];
}

/**
 * @typedef {object} Placement
 * @property {number} cx where the sprite's centre goes
 * @property {number} cy
 * @property {number} angleDeg its turn, positive = clockwise on screen
 * @property {Shadow} [shadow=CARD_SHADOW]
 */

/**
 * Darkens the scene under a sprite of `halfWidth` x `halfHeight` placed as `placement`: a
 * rounded-off rectangle, fading over its blur width.
 * @param {Scene} scene
 * @param {Placement & { halfWidth: number, halfHeight: number, corners: Point[], shadow: Shadow }} placement
 */
function castShadow(scene, { cx, cy, angleDeg, halfWidth: hw, halfHeight: hh, corners, shadow }) {
  const th = (angleDeg * Math.PI) / 180;
  const cos = Math.cos(th);
  const sin = Math.sin(th);
  const [dx, dy] = shadow.offset;
  const [x0, y0, x1, y1] = pixelBox(scene, corners, { pad: shadow.blur * 3, dx, dy });
  const shadowX = cx + dx;
  const shadowY = cy + dy;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const px = x + 0.5 - shadowX;
      const py = y + 0.5 - shadowY;
      const u = cos * px + sin * py;
      const v = -sin * px + cos * py;
      const outX = Math.abs(u) - hw;
      const outY = Math.abs(v) - hh;
      const dist = Math.hypot(Math.max(outX, 0), Math.max(outY, 0)) + Math.min(Math.max(outX, outY), 0);
      const a = shadow.opacity * (1 - smoothstep(-shadow.blur, shadow.blur * 1.6, dist));
      if (a > 0) {
        const i = (y * scene.w + x) * 3;
        scene.data[i] *= 1 - a;
        scene.data[i + 1] *= 1 - a;
        scene.data[i + 2] *= 1 - a;
      }
    }
  }
}

/**
 * Draws an RGBA sprite turned by `angleDeg` with its centre at (cx, cy), after darkening the
 * scene with its soft shadow. Returns the sprite's four corners (clockwise from its top-left).
 * @param {Scene} scene
 * @param {Sprite} sprite
 * @param {Placement} placement
 * @returns {Quad}
 */
export function drawSprite(scene, sprite, { cx, cy, angleDeg, shadow = CARD_SHADOW }) {
  const { w: W, h: H } = sprite;
  const th = (angleDeg * Math.PI) / 180;
  const cos = Math.cos(th);
  const sin = Math.sin(th);
  const hw = W / 2;
  const hh = H / 2;
  /** @type {Point[]} */
  const cornerOffsets = [
    [-hw, -hh],
    [hw, -hh],
    [hw, hh],
    [-hw, hh],
  ];
  const corners = /** @type {Quad} */ (cornerOffsets.map(([u, v]) => [cx + cos * u - sin * v, cy + sin * u + cos * v]));
  if (shadow.opacity > 0) castShadow(scene, { cx, cy, angleDeg, halfWidth: hw, halfHeight: hh, corners, shadow });
  const [x0, y0, x1, y1] = pixelBox(scene, corners, { pad: 2 });
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const px = x + 0.5 - cx;
      const py = y + 0.5 - cy;
      const u = cos * px + sin * py + hw - 0.5;
      const v = -sin * px + cos * py + hh - 0.5;
      if (u < -1 || v < -1 || u > W || v > H) continue;
      const [r, g, b, a] = sampleSprite(sprite, u, v);
      if (a <= 0) continue;
      const i = (y * scene.w + x) * 3;
      scene.data[i] = scene.data[i] * (1 - a) + r;
      scene.data[i + 1] = scene.data[i + 1] * (1 - a) + g;
      scene.data[i + 2] = scene.data[i + 2] * (1 - a) + b;
    }
  }
  return corners;
}

/**
 * Draws `sprite` so its corners land on `quad` (a perspective view: a phone tilted over the
 * document), bilinear, with a hard shadow offset down-right (QUAD_SHADOW). Pixels outside the
 * scene are skipped, so the quad may run off the frame.
 * @param {Scene} scene
 * @param {Sprite} sprite
 * @param {Quad} quad
 */
export function drawSpriteQuad(scene, sprite, quad) {
  const { toUnit } = quadMapping(quad);
  const { w: W, h: H } = sprite;
  const shadow = QUAD_SHADOW.opacity;
  const [shadowX, shadowY] = QUAD_SHADOW.offset;
  const xs = quad.map((p) => p[0]);
  const ys = quad.map((p) => p[1]);
  const x0 = Math.max(0, Math.floor(Math.min(...xs)) - 12);
  const y0 = Math.max(0, Math.floor(Math.min(...ys)) - 12);
  const x1 = Math.min(scene.w - 1, Math.ceil(Math.max(...xs)) + 12);
  const y1 = Math.min(scene.h - 1, Math.ceil(Math.max(...ys)) + 12);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const i = (y * scene.w + x) * 3;
      const [su, sv] = toUnit(x + 0.5 - shadowX, y + 0.5 - shadowY);
      if (su > -0.01 && sv > -0.01 && su < 1.01 && sv < 1.01) {
        for (let k = 0; k < 3; k++) scene.data[i + k] *= 1 - shadow;
      }
      const [u0, v0] = toUnit(x + 0.5, y + 0.5);
      const u = u0 * W - 0.5;
      const v = v0 * H - 0.5;
      if (u < -1 || v < -1 || u > W || v > H) continue;
      const [r, g, b, a] = sampleSprite(sprite, u, v);
      if (a <= 0) continue;
      scene.data[i] = scene.data[i] * (1 - a) + r;
      scene.data[i + 1] = scene.data[i + 1] * (1 - a) + g;
      scene.data[i + 2] = scene.data[i + 2] * (1 - a) + b;
    }
  }
}

/**
 * A random centre for a sprite turned by `angleDeg` so all its corners stay `margin` px inside
 * the scene, mostly away from the very edges.
 * @param {Rng} rng
 * @param {{ scene: { w: number, h: number }, sprite: { w: number, h: number }, angleDeg: number, margin?: number }} fit
 * @returns {Point}
 */
export function placeSprite(rng, { scene, sprite, angleDeg, margin = 40 }) {
  const { w, h } = sprite;
  const th = (Math.abs(angleDeg) * Math.PI) / 180;
  const ex = (w / 2) * Math.cos(th) + (h / 2) * Math.sin(th);
  const ey = (w / 2) * Math.sin(th) + (h / 2) * Math.cos(th);
  const minX = ex + margin;
  const maxX = scene.w - ex - margin;
  const minY = ey + margin;
  const maxY = scene.h - ey - margin;
  if (minX > maxX || minY > maxY)
    throw new Error(`sprite ${w}x${h} at ${angleDeg} deg does not fit ${scene.w}x${scene.h}`);
  // keep away from the very edges most of the time: central 70% of the allowed range
  /** @type {(low: number, high: number) => number} */
  const mid = (low, high) => (low + high) / 2 + (rng.float() - 0.5) * 0.7 * (high - low);
  return [mid(minX, maxX), mid(minY, maxY)];
}

/**
 * A skin-coloured, softly shaded ellipse (a thumb) centred at (cx, cy), radii rx, ry, turned by `angleDeg`.
 * @param {Scene} scene
 * @param {{ cx: number, cy: number, rx: number, ry: number, angleDeg: number }} thumb
 */
export function drawThumb(scene, { cx, cy, rx, ry, angleDeg }) {
  const th = (angleDeg * Math.PI) / 180;
  const [cos, sin] = [Math.cos(th), Math.sin(th)];
  const r = Math.max(rx, ry) + 2;
  for (let y = Math.max(0, Math.floor(cy - r)); y <= Math.min(scene.h - 1, Math.ceil(cy + r)); y++) {
    for (let x = Math.max(0, Math.floor(cx - r)); x <= Math.min(scene.w - 1, Math.ceil(cx + r)); x++) {
      const u = (cos * (x - cx) + sin * (y - cy)) / rx;
      const v = (-sin * (x - cx) + cos * (y - cy)) / ry;
      const d = u * u + v * v;
      if (d > 1) continue;
      const shade = 1 - 0.25 * d;
      const i = (y * scene.w + x) * 3;
      const a = Math.min(1, (1 - d) * 12);
      scene.data[i] = scene.data[i] * (1 - a) + 214 * shade * a;
      scene.data[i + 1] = scene.data[i + 1] * (1 - a) + 160 * shade * a;
      scene.data[i + 2] = scene.data[i + 2] * (1 - a) + 132 * shade * a;
    }
  }
}

/**
 * A dark, slightly shaded rectangle (a phone or a wallet lying on the document) centred at
 * (cx, cy), `width` x `height`, turned by `angleDeg`, with a 1 px soft edge.
 * @param {Scene} scene
 * @param {{ cx: number, cy: number, width: number, height: number, angleDeg: number, colour: number[] }} block
 */
export function drawBlock(scene, { cx, cy, width: w, height: h, angleDeg, colour: [r, g, b] }) {
  const th = (angleDeg * Math.PI) / 180;
  const [cos, sin] = [Math.cos(th), Math.sin(th)];
  const reach = Math.hypot(w, h) / 2 + 2;
  for (let y = Math.max(0, Math.floor(cy - reach)); y <= Math.min(scene.h - 1, Math.ceil(cy + reach)); y++) {
    for (let x = Math.max(0, Math.floor(cx - reach)); x <= Math.min(scene.w - 1, Math.ceil(cx + reach)); x++) {
      const u = cos * (x - cx) + sin * (y - cy);
      const v = -sin * (x - cx) + cos * (y - cy);
      const a = Math.max(0, Math.min(1, w / 2 - Math.abs(u) + 0.5, h / 2 - Math.abs(v) + 0.5));
      if (a === 0) continue;
      const shade = 1 + (0.15 * u) / w;
      const i = (y * scene.w + x) * 3;
      scene.data[i] = scene.data[i] * (1 - a) + r * shade * a;
      scene.data[i + 1] = scene.data[i + 1] * (1 - a) + g * shade * a;
      scene.data[i + 2] = scene.data[i + 2] * (1 - a) + b * shade * a;
    }
  }
}
