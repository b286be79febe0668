#!/usr/bin/env node
// Screenshots of the QA demo page for docs/demo.md, at desktop (1440 × 900) and phone (390 × 844)
// size: docs/images/demo-<view>-<size>.png. Uses only generated test-images (never corpus photos),
// labelled by a manifest made from test-images/labels.json.
//   npm run screenshots   (after npm run build)
/* global document, window -- page callbacks run in the browser */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'docs/images');
const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };
/** A mixed batch: good and defective documents, screens, selfies. */
const FILES = [
  'doc_good_wood_card_01.jpg',
  'doc_good_table_card_02.jpg',
  'doc_good_keyboard_passport_08.jpg',
  'doc_good_scan_card_09.jpg',
  'doc_good_hologram_11.jpg',
  'doc_glare_small_01.jpg',
  'doc_glare_medium_02.jpg',
  'doc_glare_large_03.jpg',
  'doc_glare_veil_04.jpg',
  'doc_blur_gaussian_01.jpg',
  'doc_blur_motion_03.jpg',
  'doc_blur_partial_05.jpg',
  'doc_gray_wood_card_01.jpg',
  'doc_gray_sepia_scan_04.jpg',
  'doc_frame_cut_03.jpg',
  'doc_frame_thumb_05.jpg',
  'doc_dark_table_card_01.jpg',
  'doc_overexposed_wood_card_01.jpg',
  'doc_lowres_table_card_01.jpg',
  'doc_edited_photoshop_01.jpg',
  'screen_moire_table_card_03.jpg',
  'screen_ui_light_png_01.png',
  'selfie_like_01.jpg',
  'selfie_two_01.jpg',
  'selfie_dark_01.jpg',
  'selfie_blur_01.jpg',
  'selfie_small_01.jpg',
  'selfie_cut_off_01.jpg',
  'selfie_none_01.jpg',
];
const OPENED = 'doc_glare_medium_02.jpg';

const labels = JSON.parse(readFileSync(join(ROOT, 'test-images/labels.json'), 'utf8')).images;
const manifest = ['file,label', ...FILES.map((file) => `${file},${labels.find((image) => image.file === file).label}`)];
const payload = (name, buffer, mimeType) => ({ name, mimeType, buffer });
const photos = [
  ...FILES.map((file) =>
    payload(file, readFileSync(join(ROOT, 'test-images', file)), file.endsWith('.png') ? 'image/png' : 'image/jpeg'),
  ),
  // An iPhone photo as the browser gets it: not a format the checks read, so it gets the input error.
  payload(
    'IMG_0001.HEIC',
    Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(64)]),
    'image/heic',
  ),
];

mkdirSync(OUT, { recursive: true });
const server = await serveStatic();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: SIZES.desktop, deviceScaleFactor: 1 });
await page.goto(`${server.origin}/dist/browser/demo/index.html`);
await page.locator('#pick-manifest').setInputFiles(payload('labels.csv', Buffer.from(manifest.join('\n')), 'text/csv'));
await page.locator('#pick-files').setInputFiles(photos);
await page.waitForFunction(
  (count) => document.getElementById('progress-text')?.dataset.done === String(count),
  photos.length,
  { timeout: 600_000 },
);

/** Shoots the page at every size; `prepare` runs after each resize. */
async function shoot(view, prepare = async () => {}) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await prepare(size);
    await page.waitForTimeout(400);
    const file = join(OUT, `demo-${view}-${size}.png`);
    await page.screenshot({ path: file, animations: 'disabled' });
    console.log(file);
  }
}

await shoot('results', async () => {
  await page.evaluate(() => window.scrollTo(0, 0));
});

await shoot('detail', async () => {
  if (await page.locator('dialog#detail[open]').count()) return;
  await page.locator('#filter-text').fill(OPENED);
  await page.locator('[role="row"][data-id]').first().click();
  await page
    .locator('dialog#detail .photo canvas')
    .evaluate((canvas) => (canvas.width > 0 ? undefined : new Promise((resolve) => setTimeout(resolve, 1500))));
});
await page.keyboard.press('Escape');
await page.locator('#filter-text').fill('');

const changed = page.locator('.option[data-path="blur.maxEdgeWidth"] input[type="number"]');
await page.locator('details[data-group="blur"] summary').click();
await changed.fill('4.5');
await changed.blur();
await shoot('thresholds', async (size) => {
  // Desktop: the results beside the panel; phone: the panel (below the results there).
  await page.locator(size === 'phone' ? '#thresholds' : '.workspace').evaluate((element) => {
    document.getElementById('thresholds').scrollTop = 0;
    element.scrollIntoView({ block: 'start' });
  });
});

await page.setViewportSize(SIZES.desktop);
await page.locator('#eval').scrollIntoViewIfNeeded();
const box = await page.locator('#eval').boundingBox();
const evalFile = join(OUT, 'demo-eval-desktop.png');
const margin = 16;
await page.screenshot({
  path: evalFile,
  animations: 'disabled',
  fullPage: true,
  clip: {
    x: box.x - margin,
    y: box.y + (await page.evaluate(() => window.scrollY)) - margin,
    width: box.width + 2 * margin,
    height: box.height + 2 * margin,
  },
});
console.log(evalFile);

await browser.close();
server.close();
