// @ts-check
// Family "screens": screen captures and photos of a screen. Rendered phone UI showing a document
// (lossless PNG at a phone's screen size, and a dark-theme one re-encoded as JPEG at a size that
// is not a screen size, so only the flat areas speak), a screenshot of a camera photo with the
// phone's status bar over it (no flat areas: the status bar is the clue), and camera photos of a
// screen simulated by laying colour moiré (RGB fringes whose hue turns along curved bands) over a
// good photo that carries phone EXIF.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { renderDocument } from './document.mjs';
import { addEntry, findEntry } from './labels.mjs';
import { applyLighting } from './optics.mjs';
import { Rng } from './random.mjs';
import { addNoise, toBytes } from './scene.mjs';
import { JPEG_QUALITY, OUT_DIR, SENSOR_NOISE } from './settings.mjs';
import { drawSpriteQuad } from './sprites.mjs';
import { makeBackground } from './textures.mjs';

/** A phone screen in portrait, px. */
const SCREEN = { width: 1080, height: 1920 };

/**
 * A phone screenshot of a document-viewer app: status bar, app bar, the document image, buttons
 * and text rendered flat, as a screen capture stores them. `theme` picks light or dark UI colours.
 * @param {'light' | 'dark'} theme
 */
function phoneUiSVG(theme) {
  const { width: W, height: H } = SCREEN;
  const c =
    theme === 'dark'
      ? { bg: '#121212', bar: '#1f1f1f', text: '#e6e6e6', sub: '#a0a0a0', accent: '#8ab4f8', card: '#2a2a2a' }
      : { bg: '#f5f5f5', bar: '#1a73e8', text: '#202124', sub: '#5f6368', accent: '#1a73e8', card: '#ffffff' };
  const barText = theme === 'dark' ? c.text : '#ffffff';
  const u = W / 1080;
  /** @type {(at: { x: number, y: number, size: number, fill: string, weight?: number }, content: string) => string} */
  const text = ({ x, y, size, fill, weight = 400 }, content) =>
    `<text x="${x * u}" y="${y * u}" font-family="DejaVu Sans, sans-serif" font-size="${size * u}" font-weight="${weight}" fill="${fill}">${content}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="${W}" height="${H}" fill="${c.bg}"/>
  <rect width="${W}" height="${72 * u}" fill="${c.bar}"/>
  ${text({ x: 40, y: 52, size: 38, fill: barText, weight: 600 }, '9:41')}
  <rect x="${900 * u}" y="${24 * u}" width="${60 * u}" height="${28 * u}" rx="${5 * u}" fill="none" stroke="${barText}" stroke-width="${3 * u}"/>
  <rect x="${905 * u}" y="${29 * u}" width="${40 * u}" height="${18 * u}" fill="${barText}"/>
  <rect y="${72 * u}" width="${W}" height="${150 * u}" fill="${c.bar}"/>
  ${text({ x: 130, y: 170, size: 54, fill: barText, weight: 600 }, 'My documents')}
  <path d="M${40 * u} ${147 * u} h${50 * u} M${40 * u} ${147 * u} l${22 * u} -${22 * u} M${40 * u} ${147 * u} l${22 * u} ${22 * u}" stroke="${barText}" stroke-width="${7 * u}" fill="none"/>
  <rect x="${40 * u}" y="${270 * u}" width="${1000 * u}" height="${760 * u}" rx="${24 * u}" fill="${c.card}"/>
  ${text({ x: 80, y: 1110, size: 46, fill: c.text, weight: 600 }, 'Identity card (front)')}
  ${text({ x: 80, y: 1180, size: 38, fill: c.sub }, 'Added 14 March 2026 · 2.4 MB')}
  ${text({ x: 80, y: 1300, size: 40, fill: c.text }, 'Use this photo for verification?')}
  ${text({ x: 80, y: 1360, size: 36, fill: c.sub }, 'Make sure all four corners are visible.')}
  <rect x="${80 * u}" y="${1460 * u}" width="${920 * u}" height="${130 * u}" rx="${65 * u}" fill="${c.accent}"/>
  ${text({ x: 380, y: 1545, size: 46, fill: theme === 'dark' ? '#202124' : '#ffffff', weight: 600 }, 'Upload')}
  <rect x="${80 * u}" y="${1640 * u}" width="${920 * u}" height="${130 * u}" rx="${65 * u}" fill="none" stroke="${c.accent}" stroke-width="${4 * u}"/>
  ${text({ x: 370, y: 1725, size: 46, fill: c.accent, weight: 600 }, 'Retake')}
  <rect y="${H - 110 * u}" width="${W}" height="${110 * u}" fill="${c.bar}"/>
  <circle cx="${W / 2}" cy="${H - 55 * u}" r="${26 * u}" fill="none" stroke="${barText}" stroke-width="${5 * u}"/>
</svg>`;
}

/**
 * Android-style status bar over a full-screen picture `W` px wide: notification icons and clock
 * left, status icons right.
 * @param {number} W
 */
function statusBarSVG(W) {
  const u = W / 1080;
  /** @type {(x: number, shape: string) => string} */
  const icon = (x, shape) => `<g transform="translate(${x * u} ${20 * u}) scale(${u})" fill="#ffffff">${shape}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${Math.round(80 * u)}">
  <text x="${36 * u}" y="${56 * u}" font-family="DejaVu Sans, sans-serif" font-size="${40 * u}" font-weight="600" fill="#ffffff">10:24</text>
  ${icon(175, '<rect x="2" y="4" width="34" height="30" rx="4" fill="none" stroke="#fff" stroke-width="4"/><circle cx="12" cy="14" r="4"/><path d="M4 32 L16 20 L24 28 L30 22 L36 32 Z"/>')}
  ${icon(230, '<circle cx="19" cy="19" r="16" fill="none" stroke="#fff" stroke-width="4"/><path d="M12 19 h14 M19 12 v14" stroke="#fff" stroke-width="4"/>')}
  ${icon(780, '<path d="M2 14 Q20 -2 38 14 L20 36 Z"/>')}
  ${icon(840, '<path d="M2 38 L36 4 L36 38 Z"/>')}
  ${icon(900, '<rect x="8" y="2" width="20" height="36" rx="3"/><rect x="13" y="0" width="10" height="4"/>')}
  <text x="${945 * u}" y="${56 * u}" font-family="DejaVu Sans, sans-serif" font-size="${36 * u}" fill="#ffffff">87%</text>
</svg>`;
}

/**
 * A screenshot of the document-viewer app in `theme`, saved as PNG or (resized to `resizeTo`) as JPEG.
 * @typedef {{ file: string, theme: 'light' | 'dark', png: boolean, resizeTo?: [number, number] }} UiCase
 */

/** @type {UiCase[]} */
const UI_CASES = [
  { file: 'screen_ui_light_png_01.png', theme: 'light', png: true },
  { file: 'screen_ui_dark_jpeg_02.jpg', theme: 'dark', png: false, resizeTo: [700, 1244] },
];

/**
 * A camera photo of a screen showing the good photo `from`: moiré of `period` px at `angle`
 * degrees and relative amplitude `amp`.
 * @typedef {{ from: string, file: string, period: number, angle: number, amp: number }} MoireCase
 */

/** @type {MoireCase[]} */
const MOIRE_CASES = [
  { from: 'doc_good_table_card_02.jpg', file: 'screen_moire_table_card_03.jpg', period: 13, angle: 35, amp: 0.16 },
  { from: 'doc_good_wood_card_01.jpg', file: 'screen_moire_wood_card_04.jpg', period: 40, angle: -20, amp: 0.2 },
];

/**
 * Writes one screenshot of the app, with card A (as PNG bytes, `card` px) in its document area.
 * @param {UiCase} ui
 * @param {{ png: Buffer, height: number }} card
 */
async function makeUiScreenshot({ file, theme, png, resizeTo }, card) {
  const cardTop = Math.round(310 + (680 - card.height) / 2);
  const screen = sharp(Buffer.from(phoneUiSVG(theme))).composite([{ input: card.png, left: 90, top: cardTop }]);
  let image = sharp(await screen.png().toBuffer());
  if (resizeTo) image = image.resize(resizeTo[0], resizeTo[1], { fit: 'fill' });
  const bytes = png ? await image.png().toBuffer() : await image.jpeg({ quality: 90 }).toBuffer();
  await writeFile(path.join(OUT_DIR, file), bytes);
  const size = resizeTo ? `${resizeTo[0]}x${resizeTo[1]}` : `${SCREEN.width}x${SCREEN.height}`;
  addEntry({
    file,
    label: 'screen_capture',
    kind: 'document',
    corners: null,
    notes: `${theme} phone UI showing card A, ${png ? 'PNG' : 'JPEG q90, no EXIF'}, ${size}`,
    expect: 'screen_ui',
  });
}

/**
 * A phone screenshot of a gallery app showing a camera photo of a card full screen, with the status
 * bar over it, saved as PNG at 600x1067 (not a screen size). The photo has sensor noise and no flat
 * areas, so only the status bar, the lossless file and the missing camera EXIF speak.
 */
async function makeStatusBarScreenshot() {
  const file = 'screen_ui_photo_png_03.png';
  const scene = await makeBackground({ kind: 'wood', ...SCREEN, seed: 'statusbar-03' });
  const sprite = await renderDocument('A', 900);
  drawSpriteQuad(scene, sprite, [
    [110, 640],
    [990, 620],
    [1000, 1190],
    [100, 1200],
  ]);
  applyLighting(scene, { gain: 0.9, gx: 0.05, gy: -0.08 });
  addNoise(scene, SENSOR_NOISE, new Rng('statusbar-03'));
  const photo = toBytes(scene, 3);
  const shot = await sharp(Buffer.from(photo.buffer), { raw: { width: scene.w, height: scene.h, channels: 3 } })
    .composite([{ input: Buffer.from(statusBarSVG(scene.w)), left: 0, top: 0 }])
    .png()
    .toBuffer();
  await sharp(shot).resize(600, 1067, { fit: 'fill' }).png().toFile(path.join(OUT_DIR, file));
  addEntry({
    file,
    label: 'screen_capture',
    kind: 'document',
    corners: null,
    notes: `screenshot of a gallery app: a noisy camera photo of card A on wood full screen, white status bar glyphs over it, PNG 600x1067, no EXIF`,
    expect: 'screen_ui',
  });
}

/**
 * `rgb` (8-bit, `width` x `height`) with colour moiré over it: each channel scaled by a cosine
 * of the position along curved bands, the three channels a third of a period apart.
 * @param {Buffer} rgb
 * @param {{ width: number, height: number, period: number, angle: number, amp: number }} moire
 */
function addMoire(rgb, { width: w, height: h, period, angle, amp }) {
  const out = Buffer.alloc(rgb.length);
  const cos = Math.cos((angle * Math.PI) / 180);
  const sin = Math.sin((angle * Math.PI) / 180);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // Curved bands: the phase bends with distance from the centre, as real moiré does.
      const along = x * cos + y * sin + ((x - w / 2) ** 2 + (y - h / 2) ** 2) / (6 * w);
      const phase = (2 * Math.PI * along) / period;
      for (let ch = 0; ch < 3; ch++) {
        const i = (y * w + x) * 3 + ch;
        out[i] = Math.max(0, Math.min(255, Math.round(rgb[i] * (1 + amp * Math.cos(phase + (ch * 2 * Math.PI) / 3)))));
      }
    }
  }
  return out;
}

/**
 * Writes one photo of a screen, with a phone's EXIF.
 * @param {MoireCase} moire
 */
async function makeMoirePhoto({ from, file, period, angle, amp }) {
  const { data, info } = await sharp(path.join(OUT_DIR, from)).raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  await sharp(addMoire(data, { width, height, period, angle, amp }), { raw: { width, height, channels: 3 } })
    .withExif({ IFD0: { Make: 'samsung', Model: 'SM-S911B' } })
    .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
    .toFile(path.join(OUT_DIR, file));
  addEntry({
    file,
    label: 'screen_capture',
    kind: 'document',
    corners: findEntry(from).corners,
    notes: `${from} with simulated colour moiré (period ${period} px, ${angle} deg, ±${amp * 100}%), phone EXIF`,
    expect: 'screen_moire',
  });
}

/** The app screenshots, the status-bar screenshot, then the photos of a screen. */
export async function makeScreenVariants() {
  const card = await renderDocument('A', 900);
  const png = await sharp(Buffer.from(card.data), { raw: { width: card.w, height: card.h, channels: 4 } })
    .flatten({ background: '#ffffff' })
    .png()
    .toBuffer();
  for (const ui of UI_CASES) await makeUiScreenshot(ui, { png, height: card.h });
  await makeStatusBarScreenshot();
  for (const moire of MOIRE_CASES) await makeMoirePhoto(moire);
}
