#!/usr/bin/env node
// Browser benchmark: per-photo latency of the worker in headless Debian Chromium (playwright-core),
// p50 / p95 of 20 runs each for a 12 MP document photo and a 12 MP selfie, measured on the page
// from handing the Blob to the prechecker to getting the report (decode + checks + faces in the
// worker). The first run (worker start, model load) is reported on its own, and the first run on a
// fresh page that warmed the worker up first (prechecker.warmUp, as the widget does). Writes
// bench-results/browser.json.   npm run bench   (after the build)
/* global document, window -- page.evaluate callbacks run in the browser */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = 20;
const generated = {
  '/12mp-document.jpg': await sharp(join(ROOT, 'test-images/doc_good_wood_card_01.jpg'))
    .resize(4000, 3000, { fit: 'fill' })
    .jpeg({ quality: 90 })
    .toBuffer(),
  '/12mp-selfie.jpg': await sharp(join(ROOT, 'test-images/selfie_like_01.jpg'))
    .resize(3000, 4000, { fit: 'fill' })
    .jpeg({ quality: 90 })
    .toBuffer(),
};
const server = await serveStatic(generated);
const origin = server.origin;
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${origin}/index.html`);
await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');

const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
const round = (ms) => Math.round(ms * 10) / 10;
const results = {};
for (const [name, url, kind] of [
  ['document12mp', '/12mp-document.jpg', 'document'],
  ['selfie12mp', '/12mp-selfie.jpg', 'selfie'],
]) {
  const runs = await page.evaluate(
    async ([u, k, count]) => {
      const blob = await (await fetch(u)).blob();
      const out = [];
      for (let i = 0; i < count + 1; i++) {
        const started = performance.now();
        const report = await window.prechecker.analyze(blob, { kind: k });
        out.push({ wall: performance.now() - started, timings: report.timings });
      }
      return out;
    },
    [url, kind, RUNS],
  );
  const [first, ...rest] = runs;
  const times = rest.map((run) => run.wall);
  const stages = Object.keys(rest[0].timings);
  results[name] = {
    firstMs: round(first.wall),
    firstStages: Object.fromEntries(stages.map((stage) => [stage, round(first.timings[stage] ?? 0)])),
    p50: round(quantile(times, 0.5)),
    p95: round(quantile(times, 0.95)),
    stagesP50: Object.fromEntries(
      stages.map((stage) => [
        stage,
        round(
          quantile(
            rest.map((run) => run.timings[stage] ?? 0),
            0.5,
          ),
        ),
      ]),
    ),
    runs: rest.length,
  };
  console.error(name, JSON.stringify(results[name]));
}
// The first photo when the page warmed the worker up first (what the widget does while the user
// opens the file picker): a fresh context, prechecker.warmUp, then the 12 MP photo.
for (const [name, url, kind] of [
  ['document12mp', '/12mp-document.jpg', 'document'],
  ['selfie12mp', '/12mp-selfie.jpg', 'selfie'],
]) {
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(`${origin}/index.html`);
  await fresh.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const warm = await fresh.evaluate(
    async ([u, k]) => {
      const blob = await (await fetch(u)).blob();
      const started = performance.now();
      await window.prechecker.warmUp({ kind: k });
      const warmedUp = performance.now();
      const report = await window.prechecker.analyze(blob, { kind: k });
      return { warmUpMs: warmedUp - started, firstAfterWarmUpMs: performance.now() - warmedUp, stages: report.timings };
    },
    [url, kind],
  );
  results[name].warmUpMs = round(warm.warmUpMs);
  results[name].firstAfterWarmUpMs = round(warm.firstAfterWarmUpMs);
  results[name].firstAfterWarmUpStages = Object.fromEntries(
    Object.entries(warm.stages).map(([stage, ms]) => [stage, round(ms)]),
  );
  console.error(name, 'after warm-up', JSON.stringify(warm));
  await context.close();
}
// What a phone downloads on first use: every response of a fresh page (no cache) that loads the
// widget and checks one photo of each kind, raw and gzipped (what a server compressing them sends).
const downloads = {};
for (const [name, kind, url] of [
  ['documentWithoutPortrait', 'document', '/test-images/doc_good_wood_card_01.jpg'],
  ['document', 'document', '/test-images/doc_good_wood_card_01.jpg'],
  ['selfie', 'selfie', '/test-images/selfie_like_01.jpg'],
]) {
  const context = await browser.newContext();
  const fresh = await context.newPage();
  const responses = [];
  fresh.on('response', (response) => responses.push(response));
  await fresh.goto(`${origin}/widget.html?kind=${kind}`);
  await fresh.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  if (name === 'documentWithoutPortrait') {
    await fresh.evaluate(() => {
      document.getElementById('widget').faces = false;
    });
  }
  const loaded = responses.length;
  await fresh.locator('id-precheck').locator('input[part="file-input"]').setInputFiles(join(ROOT, url));
  await fresh.waitForFunction(() => window.events.some((event) => event.type === 'precheck-result'));
  const files = [];
  for (const [index, response] of responses.entries()) {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/test-images/') || path.endsWith('.html')) continue;
    const body = await response.body().catch(() => Buffer.alloc(0));
    files.push({ path, onCheck: index >= loaded, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
  }
  const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
  downloads[name] = {
    pageLoadGzipBytes: sum(
      files.filter((file) => !file.onCheck),
      'gzipBytes',
    ),
    firstCheckGzipBytes: sum(
      files.filter((file) => file.onCheck),
      'gzipBytes',
    ),
    totalBytes: sum(files, 'bytes'),
    totalGzipBytes: sum(files, 'gzipBytes'),
    files,
  };
  console.error(name, JSON.stringify({ ...downloads[name], files: files.length }));
  await context.close();
}

const version = browser.version();
await browser.close();
server.close();
const result = { date: new Date().toISOString(), browser: version, ...results, downloads };
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/browser.json'), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
