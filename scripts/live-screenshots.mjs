#!/usr/bin/env node
// Screenshots of <id-precheck live> guiding the user, for docs/widget.md: a selfie with two people
// in view and a card with a reflection, in every widget language, at phone and desktop width:
// docs/images/live-<scene>-<lang>-<width>.png; and <id-precheck-flow> at its second step (the back
// of the card, after the front was chosen as a file): docs/images/flow-back-<lang>-<width>.png.
// The fake camera plays videos made from generated test-images (never corpus photos).
//   npm run screenshots   (after npm run build)
/* global document, window -- page callbacks run in the browser */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { showOnFakeCamera, writeY4m } from './y4m.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'docs/images');
const WIDTHS = { phone: 390, desktop: 1024 };
const LANGUAGES = ['en', 'ar', 'zh-Hans', 'zh-Hant'];
/** Each scene: the test image the camera shows (as a 640 × 480 video), the widget's kind, the hint to wait for. */
const SCENES = [
  { name: 'selfie-two', image: 'selfie_two_01.jpg', kind: 'selfie', hint: 'multiple_faces' },
  { name: 'document-glare', image: 'doc_glare_medium_02.jpg', kind: 'document', hint: 'glare' },
];
const FPS = 10;

const folder = mkdtempSync(join(tmpdir(), 'id-precheck-live-shots-'));
const camera = join(folder, 'camera.y4m');
for (const scene of SCENES) {
  const { data, info } = await sharp(join(ROOT, 'test-images', scene.image))
    .resize(640, 480, { fit: 'cover' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const frame = { data, width: info.width, height: info.height, channels: 3 };
  scene.video = join(folder, `${scene.name}.y4m`);
  await writeY4m(
    scene.video,
    Array.from({ length: 2 * FPS }, () => frame),
    { fps: FPS },
  );
}
await showOnFakeCamera(SCENES[0].video, camera);

mkdirSync(OUT, { recursive: true });
const server = await serveStatic();
const browser = await launchChromium({ fakeCamera: camera });
for (const scene of SCENES) {
  // Chromium reads the camera's file anew each time a capture starts (no page holds the camera here).
  await showOnFakeCamera(scene.video, camera);
  for (const [widthName, width] of Object.entries(WIDTHS)) {
    for (const lang of LANGUAGES) {
      const phone = widthName === 'phone';
      const page = await browser.newPage({ viewport: { width, height: 900 }, hasTouch: phone, isMobile: phone });
      await page.goto(`${server.origin}/live.html?${new URLSearchParams({ kind: scene.kind, live: '', lang })}`);
      await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
      await page.locator('id-precheck').locator('[part~="live-button"]').click();
      await page.waitForFunction((hint) => window.hints.some((entry) => entry.hint === hint), scene.hint, {
        timeout: 30_000,
      });
      await page.waitForTimeout(300);
      const file = join(OUT, `live-${scene.name}-${lang}-${widthName}.png`);
      await page.locator('id-precheck').screenshot({ path: file, animations: 'disabled' });
      console.log(file);
      await page.close();
    }
  }
}
for (const [widthName, width] of Object.entries(WIDTHS)) {
  for (const lang of LANGUAGES) {
    const phone = widthName === 'phone';
    const page = await browser.newPage({ viewport: { width, height: 900 }, hasTouch: phone, isMobile: phone });
    const query = new URLSearchParams({ element: 'id-precheck-flow', steps: 'front,back,selfie', live: '', lang });
    await page.goto(`${server.origin}/live.html?${query}`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const flow = page.locator('id-precheck-flow');
    await flow
      .locator('id-precheck')
      .locator('input[part="file-input"]')
      .setInputFiles(join(ROOT, 'test-images/doc_good_wood_card_01.jpg'));
    await page.waitForFunction(() => window.element.results.length === 1, undefined, { timeout: 60_000 });
    // The back's step opens the camera by itself; close it to show the step's start.
    await flow.locator('id-precheck').locator('[part~="close-camera-button"]').click();
    await page.waitForTimeout(200);
    const file = join(OUT, `flow-back-${lang}-${widthName}.png`);
    await flow.screenshot({ path: file, animations: 'disabled' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
server.close();
rmSync(folder, { recursive: true, force: true });
