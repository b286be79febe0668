#!/usr/bin/env node
// Screenshots of <id-precheck> in every state, at phone and desktop width, for docs/widget.md:
// docs/images/widget-<state>-<width>.png. Uses only generated test-images (never corpus photos).
//   npm run screenshots   (after npm run build; node scripts/widget-screenshots.mjs <state>... for some only)
/* global document, window -- page callbacks run in the browser */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'docs/images');
const WIDTHS = { phone: 390, desktop: 1024 };
const photo = (name) => join(ROOT, 'test-images', name);

/**
 * Each state: the widget's attributes, the photos given to it one after another, and whether to
 * shoot while the last one is still being checked, or once its early report shows (the face model's
 * download held back: a document that fails before its portrait is looked for).
 */
const STATES = [
  { name: 'empty', attributes: {}, photos: [] },
  { name: 'checking', attributes: {}, photos: [photo('doc_good_wood_card_01.jpg')], whileChecking: true },
  { name: 'pass', attributes: {}, photos: [photo('doc_good_wood_card_01.jpg')] },
  { name: 'glare', attributes: {}, photos: [photo('doc_glare_medium_02.jpg')] },
  { name: 'cut', attributes: {}, photos: [photo('doc_frame_cut_03.jpg')] },
  { name: 'covered', attributes: {}, photos: [photo('doc_frame_thumb_05.jpg')] },
  { name: 'early', attributes: {}, photos: [photo('doc_glare_medium_02.jpg')], early: true },
  { name: 'blurry', attributes: {}, photos: [photo('doc_blur_motion_04.jpg')] },
  { name: 'shadow', attributes: {}, photos: [photo('doc_shadow_edge_text_01.jpg')] },
  ...['en', 'ar', 'zh-Hans', 'zh-Hant'].map((lang) => ({
    name: `shadow-portrait-${lang}`,
    attributes: { lang },
    photos: [photo('doc_shadow_hand_portrait_02.jpg')],
  })),
  { name: 'selfie-two', attributes: { kind: 'selfie' }, photos: [photo('selfie_two_01.jpg')] },
  { name: 'unsupported', attributes: {}, photos: [join(ROOT, 'package.json')] },
  { name: 'pdf', attributes: {}, photos: [photo('pdf_pages_02.pdf')] },
  { name: 'pdf-locked', attributes: {}, photos: [photo('pdf_encrypted_06.pdf')] },
  {
    name: 'soft-fail',
    attributes: { 'max-attempts': '2' },
    photos: [photo('doc_glare_medium_02.jpg'), photo('doc_frame_cut_03.jpg')],
  },
  { name: 'zh-Hant', attributes: { lang: 'zh-Hant' }, photos: [photo('doc_glare_medium_02.jpg')] },
  { name: 'zh-Hans', attributes: { lang: 'zh-Hans' }, photos: [photo('doc_frame_cut_03.jpg')] },
  { name: 'ar', attributes: { lang: 'ar', 'max-attempts': '1' }, photos: [photo('doc_frame_cut_03.jpg')] },
];

mkdirSync(OUT, { recursive: true });
const server = await serveStatic();
const browser = await launchChromium();
for (const [widthName, width] of Object.entries(WIDTHS)) {
  const only = process.argv.slice(2);
  for (const state of STATES.filter(({ name }) => only.length === 0 || only.includes(name))) {
    // A phone has a coarse pointer: the widget then offers its camera button.
    const phone = widthName === 'phone';
    const page = await browser.newPage({
      viewport: { width, height: 900 },
      deviceScaleFactor: 1,
      hasTouch: phone,
      isMobile: phone,
    });
    if (state.early) {
      await page.route('**/*.onnx', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 5000));
        await route.continue();
      });
    }
    await page.goto(`${server.origin}/widget.html?${new URLSearchParams(state.attributes)}`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const input = page.locator('id-precheck').locator('input[part="file-input"]');
    for (const [index, file] of state.photos.entries()) {
      await input.setInputFiles(file);
      if (state.whileChecking && index === state.photos.length - 1) break;
      if (state.early) {
        await page.waitForFunction(() =>
          document
            .querySelector('id-precheck')
            ?.shadowRoot?.querySelector('[part~="status"]')
            ?.classList.contains('fail'),
        );
        break;
      }
      await page.waitForFunction(
        (count) => window.events.filter((event) => event.type === 'precheck-result').length > count,
        index,
        { timeout: 60_000 },
      );
    }
    await page.waitForTimeout(state.whileChecking ? 300 : 200);
    const file = join(OUT, `widget-${state.name}-${widthName}.png`);
    await page.locator('id-precheck').screenshot({ path: file, animations: 'disabled' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
server.close();
