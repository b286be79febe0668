#!/usr/bin/env node
// Live-frame benchmark: how long the worker takes to check one camera frame for guidance
// (prechecker.checkFrame: the ImageBitmap transferred, scaled, checked, the result back), p50 / p95
// over 40 frames after 5 warm-up frames, for a 1920 × 1080 document frame and a 720 × 1280 selfie
// frame (the sizes the live view asks the camera for), in headless Debian Chromium: on the page
// (the round trip) and in the worker (scaling the frame plus the check), and the p50 of each
// stage. Writes bench-results/live.json.
//   npm run bench   (after the build)   or   node scripts/bench-live.mjs
/* global document, window, createImageBitmap -- page.evaluate callbacks run in the browser */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const WARM_UP = 5;
const RUNS = 40;
/** Camera frames made from generated test images (a card on wood; a synthetic person). */
const generated = {
  '/frame-document.jpg': await sharp(join(ROOT, 'test-images/doc_good_wood_card_01.jpg'))
    .resize(1920, 1080, { fit: 'cover' })
    .jpeg({ quality: 92 })
    .toBuffer(),
  '/frame-selfie.jpg': await sharp(join(ROOT, 'test-images/selfie_like_01.jpg'))
    .resize(720, 1280, { fit: 'cover' })
    .jpeg({ quality: 92 })
    .toBuffer(),
};
const server = await serveStatic(generated);
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${server.origin}/index.html`);
await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');

const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
const round = (ms) => Math.round(ms * 10) / 10;
const results = {};
for (const kind of ['document', 'selfie']) {
  const runs = await page.evaluate(
    async ([k, warmUp, count]) => {
      const blob = await (await fetch(`/frame-${k}.jpg`)).blob();
      const out = [];
      for (let serial = 1; serial <= warmUp + count; serial++) {
        const bitmap = await createImageBitmap(blob);
        const started = performance.now();
        const frame = await window.prechecker.checkFrame(bitmap, { kind: k, serial, holdSince: serial });
        out.push({
          ms: performance.now() - started,
          analyze: frame.report.timings.analyze,
          hint: frame.hint,
          timings: frame.report.timings,
        });
      }
      window.prechecker.dropFrames();
      return out.slice(warmUp);
    },
    [kind, WARM_UP, RUNS],
  );
  const wall = runs.map((run) => run.ms);
  // In the worker: scaling the frame to the check's size, then the check (`analyze`).
  const inWorker = runs.map((run) => run.timings.scale + run.timings.analyze);
  const stages = Object.fromEntries(
    Object.keys(runs[0].timings).map((stage) => [
      stage,
      round(
        quantile(
          runs.map((run) => run.timings[stage]),
          0.5,
        ),
      ),
    ]),
  );
  results[kind] = {
    frame: kind === 'document' ? '1920x1080' : '720x1280',
    p50: round(quantile(wall, 0.5)),
    p95: round(quantile(wall, 0.95)),
    inWorkerP50: round(quantile(inWorker, 0.5)),
    inWorkerP95: round(quantile(inWorker, 0.95)),
    stagesP50: stages,
    hint: runs.at(-1).hint,
    runs: runs.length,
  };
  console.error(kind, JSON.stringify(results[kind]));
}
const version = browser.version();
await browser.close();
server.close();
const result = { date: new Date().toISOString(), browser: version, ...results };
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/live.json'), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
