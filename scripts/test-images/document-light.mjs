// @ts-check
// Light on a document, added to a scene: lamp glare, veiling glare, a hologram, a soft pool of light.

import { hsvToRgb } from './colour.mjs';
import { documentBoxInScene, documentCoverage } from './document.mjs';
import { smoothstep } from './numbers.mjs';

/** @import { PlacedDocument } from './document.mjs' */
/** @import { Point } from './perspective.mjs' */
/** @import { Rng } from './random.mjs' */
/** @import { Scene } from './scene.mjs' */

/** The glare halo just past the core's rim: its peak pull towards white and its gaussian sigma in core radii. */
export const GLARE_RIM = { weight: 0.85, sigma: 0.25 };
/** The glare's wide, faint veil: its peak pull towards white (its sigma is per image). */
export const GLARE_VEIL_WEIGHT = 0.4;

/**
 * @typedef {object} GlareOptions
 * @property {Point} at the core's centre in the document's unit square
 * @property {number} coreShare the share of the document's area the clipped core covers
 * @property {number} aspect the core's long / short radius
 * @property {number} angleDeg the core's long axis against the image's x axis
 * @property {number} halo sigma of the wide veil, in core radii
 */

/**
 * A specular hotspot on a laminated document under a lamp, added after exposure because the
 * sensor clips it: a rotated elliptical core of pure white covering `coreShare` of the document's
 * area, and a halo washing the print out towards white: a steep rim (GLARE_RIM) and a wide veil
 * of sigma `halo`, both gaussians of the distance past the core's rim in units of its radii. The
 * halo starts below full white, so only the core is clipped and `coreShare` is what is pure white.
 * Only the laminate reflects, so the halo stops at the document's outline. Returns the core's
 * centre and radii in image px.
 * @param {Scene} scene
 * @param {PlacedDocument} doc
 * @param {GlareOptions} glare
 */
export function addGlare(scene, doc, { at, coreShare, aspect, angleDeg, halo }) {
  const shortRadius = Math.sqrt((coreShare * doc.width * doc.height) / (Math.PI * aspect));
  const longRadius = aspect * shortRadius;
  const [cx, cy] = doc.mapping.toImage(at[0], at[1]);
  const th = (angleDeg * Math.PI) / 180;
  const [cos, sin] = [Math.cos(th), Math.sin(th)];
  // the core must lie wholly on the document, or its recorded share would be wrong
  for (let k = 0; k < 72; k++) {
    const t = (k / 72) * 2 * Math.PI;
    const ex = longRadius * Math.cos(t);
    const ey = shortRadius * Math.sin(t);
    const [u, v] = doc.mapping.toUnit(cx + cos * ex - sin * ey, cy + sin * ex + cos * ey);
    if (u < 0.02 || u > 0.98 || v < 0.02 || v > 0.98) throw new RangeError(`glare core at ${at} runs off the document`);
  }
  const reach = longRadius * (1 + 4 * halo);
  for (let y = Math.max(0, Math.floor(cy - reach)); y <= Math.min(scene.h - 1, Math.ceil(cy + reach)); y++) {
    for (let x = Math.max(0, Math.floor(cx - reach)); x <= Math.min(scene.w - 1, Math.ceil(cx + reach)); x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      const r = Math.hypot((cos * dx + sin * dy) / longRadius, (-sin * dx + cos * dy) / shortRadius);
      const past = Math.max(0, r - 1);
      const rim = GLARE_RIM.weight * Math.exp(-(past * past) / (2 * GLARE_RIM.sigma ** 2));
      const veil = GLARE_VEIL_WEIGHT * Math.exp(-(past * past) / (2 * halo * halo));
      const weight = r <= 1 ? 1 : 1 - (1 - rim) * (1 - veil);
      if (weight < 0.002) continue;
      const a = weight * documentCoverage(doc, x, y);
      const i = (y * scene.w + x) * 3;
      for (let ch = 0; ch < 3; ch++) scene.data[i + ch] += (255 - scene.data[i + ch]) * a;
    }
  }
  return { center: [cx, cy], longRadius, shortRadius };
}

/**
 * @typedef {object} VeilOptions
 * @property {Point} at the band's centre in the document's unit square
 * @property {number} peak the most it pulls towards white, 0-1
 * @property {number} across the gaussian's sigma across the band, in unit-square units
 * @property {number} along its sigma along the band
 * @property {number} angleDeg the band's long axis against the document's u axis
 */

/**
 * Veiling glare: lamp light reflected off the laminate over a broad band, added after exposure but
 * too weak to clip: it pulls paper and print alike towards white by up to `peak`. Only the
 * laminate reflects, so it stops at the document's outline. Returns the centre in image px.
 * @param {Scene} scene
 * @param {PlacedDocument} doc
 * @param {VeilOptions} veil
 */
export function addVeil(scene, doc, { at, peak, across, along, angleDeg }) {
  const th = (angleDeg * Math.PI) / 180;
  const [cos, sin] = [Math.cos(th), Math.sin(th)];
  for (let y = 0; y < scene.h; y++) {
    for (let x = 0; x < scene.w; x++) {
      const coverage = documentCoverage(doc, x, y);
      if (coverage === 0) continue;
      const [u, v] = doc.mapping.toUnit(x + 0.5, y + 0.5);
      const du = u - at[0];
      const dv = v - at[1];
      const a = (cos * du + sin * dv) / along;
      const b = (-sin * du + cos * dv) / across;
      const weight = peak * Math.exp(-(a * a + b * b) / 2) * coverage;
      if (weight < 0.002) continue;
      const i = (y * scene.w + x) * 3;
      for (let ch = 0; ch < 3; ch++) scene.data[i + ch] += (255 - scene.data[i + ch]) * weight;
    }
  }
  return doc.mapping.toImage(at[0], at[1]);
}

/**
 * A faint iridescent sheen (diagonal rainbow bands, at most `opacity`, soft-edged) over the
 * unit-square box `box` of the document.
 * @param {Scene} scene
 * @param {PlacedDocument} doc
 * @param {{ box: number[], opacity: number }} sheen
 */
function addSheen(scene, doc, { box, opacity }) {
  const [u0, v0, u1, v1] = box;
  const [x0, y0, x1, y1] = documentBoxInScene(scene, doc, box);
  const edge = 0.08; // soft border of the sheen, in unit-square units
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const [u, v] = doc.mapping.toUnit(x + 0.5, y + 0.5);
      const inside = Math.min(
        smoothstep(u0, u0 + edge, u),
        1 - smoothstep(u1 - edge, u1, u),
        smoothstep(v0, v0 + edge, v),
        1 - smoothstep(v1 - edge, v1, v),
      );
      if (inside <= 0) continue;
      const hue = ((((u * 1.3 + v * 0.8) / 0.35) % 1) + 1) * 360;
      const colour = hsvToRgb(hue % 360, 0.5, 1);
      const a = opacity * inside * documentCoverage(doc, x, y);
      const i = (y * scene.w + x) * 3;
      for (let c = 0; c < 3; c++) scene.data[i + c] = scene.data[i + c] * (1 - a) + colour[c] * a;
    }
  }
}

/**
 * One tiny sparkle at `center` (image px) in a random rainbow hue (a few almost white): a gaussian
 * dot, some with a four-pointed glint. Returns its footprint: the pixels it changes by 2 % or more.
 * @param {Scene} scene
 * @param {Rng} rng
 * @param {Point} center
 */
function addSparkle(scene, rng, [cx, cy]) {
  const sigma = rng.range(0.7, 1.8);
  const peak = rng.range(0.55, 0.95);
  const colour = hsvToRgb(rng.range(0, 360), rng.chance(0.15) ? 0.08 : rng.range(0.3, 0.7), 1);
  const glint = rng.chance(0.4) ? rng.range(3, 7) : 0; // arm length, px
  const glintAngle = rng.range(0, Math.PI / 2);
  const arms = [glintAngle, glintAngle + Math.PI / 2].map((t) => [Math.cos(t), Math.sin(t)]);
  const reach = Math.ceil(Math.max(3 * sigma, glint) + 1);
  let footprint = 0;
  for (let y = Math.max(0, Math.floor(cy) - reach); y <= Math.min(scene.h - 1, Math.floor(cy) + reach); y++) {
    for (let x = Math.max(0, Math.floor(cx) - reach); x <= Math.min(scene.w - 1, Math.floor(cx) + reach); x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      let a = peak * Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
      for (const [ax, ay] of glint ? arms : []) {
        const along = Math.abs(dx * ax + dy * ay);
        const across = Math.abs(-dx * ay + dy * ax);
        if (along < glint) a = Math.max(a, peak * 0.7 * (1 - along / glint) * Math.exp(-(across * across) / 0.25));
      }
      if (a < 0.02) continue;
      footprint++;
      const i = (y * scene.w + x) * 3;
      for (let c = 0; c < 3; c++) scene.data[i + c] = scene.data[i + c] * (1 - a) + colour[c] * a;
    }
  }
  return footprint;
}

/**
 * @typedef {object} HologramOptions
 * @property {number[]} sheenBox unit-square box [u0, v0, u1, v1] of the sheen
 * @property {number} sheenOpacity
 * @property {number[]} sparkleBox unit-square box the sparkles are scattered over
 * @property {number} count how many sparkles
 */

/**
 * A holographic overlay catching the light, drawn on the document before exposure: a sheen and
 * `count` tiny sparkles. Returns the largest sparkle footprint in px.
 * @param {Scene} scene
 * @param {PlacedDocument} doc
 * @param {Rng} rng
 * @param {HologramOptions} hologram
 */
export function addHologram(scene, doc, rng, { sheenBox, sheenOpacity, sparkleBox, count }) {
  addSheen(scene, doc, { box: sheenBox, opacity: sheenOpacity });
  let largestFootprint = 0;
  for (let k = 0; k < count; k++) {
    const center = doc.mapping.toImage(
      rng.range(sparkleBox[0], sparkleBox[2]),
      rng.range(sparkleBox[1], sparkleBox[3]),
    );
    largestFootprint = Math.max(largestFootprint, addSparkle(scene, rng, center));
  }
  return largestFootprint;
}

/**
 * A broad, soft pool of light (a window or a diffuse lamp beside the document), added after
 * exposure: `peak` levels at `center`, falling off as a gaussian of `sigma` px.
 * @param {Scene} scene
 * @param {{ center: Point, sigma: number, peak: number }} light
 */
export function addSoftLight(scene, { center: [cx, cy], sigma, peak }) {
  const { w, h, data } = scene;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const add = peak * Math.exp(-((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2) / (2 * sigma * sigma));
      const i = (y * w + x) * 3;
      data[i] += add;
      data[i + 1] += add;
      data[i + 2] += add;
    }
  }
  return scene;
}
