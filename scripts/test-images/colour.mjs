// @ts-check
// Colour conversions for the SVG drawings and the hologram.

import { clamp255 } from './numbers.mjs';

/** @typedef {[number, number, number]} Rgb red, green, blue, 0-255 */

/**
 * '#rrggbb' to [r, g, b].
 * @param {string} hex
 */
function hexToRgb(hex) {
  const digits = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
}

/**
 * [r, g, b] (clamped, rounded) to '#rrggbb'.
 * @param {number[]} rgb
 */
function rgbToHex(rgb) {
  return '#' + rgb.map((v) => Math.round(clamp255(v)).toString(16).padStart(2, '0')).join('');
}

/**
 * HSV (hue in degrees, saturation and value 0-1) to RGB 0-255.
 * @param {number} hue
 * @param {number} saturation
 * @param {number} value
 * @returns {Rgb}
 */
export function hsvToRgb(hue, saturation, value) {
  /** @param {number} n */
  const channel = (n) => {
    const k = (n + hue / 60) % 6;
    return 255 * value * (1 - saturation * Math.max(0, Math.min(k, 4 - k, 1)));
  };
  return [channel(5), channel(3), channel(1)];
}

/**
 * Multiplies a colour's brightness (`factor` < 1 darker, > 1 lighter towards white).
 * @param {string} hex
 * @param {number} factor
 */
export function shade(hex, factor) {
  const rgb = hexToRgb(hex);
  if (factor <= 1) return rgbToHex(rgb.map((v) => v * factor));
  const t = factor - 1;
  return rgbToHex(rgb.map((v) => v + (255 - v) * t));
}
