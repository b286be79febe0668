#!/usr/bin/env node
// Browser benchmark: per-photo latency of the worker in headless Debian Chromium (playwright-core),
// p50 / p95 of 20 runs each for a document photo and a selfie at 12 MP and 3 MP, measured on the
// page from handing the Blob to the prechecker to getting the report (decode + checks + faces in
// the worker). Each photo is also checked first thing on a fresh page (worker start, WebAssembly
// compile, model load), and first thing on a fresh page that warmed the worker up first
// (prechecker.warmUp, as the widget does). Writes
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
/** A test image stretched to a camera's size, as a quality-90 JPEG. */
const stretched = (name, width, height) =>
  sharp(join(ROOT, 'test-images', name))
    .resize(width, height, { fit: 'fill' })
    .jpeg({ quality: 90 })
    .toBuffer();
const generated = {
  '/12mp-document.jpg': await stretched('doc_good_wood_card_01.jpg', 4000, 3000),
  '/12mp-selfie.jpg': await stretched('selfie_like_01.jpg', 3000, 4000),
  '/3mp-document.jpg': await stretched('doc_good_wood_card_01.jpg', 2000, 1500),
  '/3mp-selfie.jpg': await stretched('selfie_like_01.jpg', 1500, 2000),
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
const PHOTOS = [
  ['document12mp', '/12mp-document.jpg', 'document'],
  ['selfie12mp', '/12mp-selfie.jpg', 'selfie'],
  ['document3mp', '/3mp-document.jpg', 'document'],
  ['selfie3mp', '/3mp-selfie.jpg', 'selfie'],
];
const stagesOf = (timings) => Object.fromEntries(Object.entries(timings).map(([stage, ms]) => [stage, round(ms)]));
// Warm: RUNS checks in a row on one page, after one check of the same photo.
for (const [name, url, kind] of PHOTOS) {
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
  const rest = runs.slice(1);
  const times = rest.map((run) => run.wall);
  const stages = Object.keys(rest[0].timings);
  const stageQuantile = (stage, q) =>
    round(
      quantile(
        rest.map((run) => run.timings[stage] ?? 0),
        q,
      ),
    );
  results[name] = {
    p50: round(quantile(times, 0.5)),
    p95: round(quantile(times, 0.95)),
    stagesP50: Object.fromEntries(stages.map((stage) => [stage, stageQuantile(stage, 0.5)])),
    stagesP95: Object.fromEntries(stages.map((stage) => [stage, stageQuantile(stage, 0.95)])),
    runs: rest.length,
  };
  console.error(name, JSON.stringify(results[name]));
}
// Cold: the photo as the first check of a fresh page (new context: no cache, a new worker, the
// WebAssembly compiled and the model fetched on the way); and on another fresh page that warmed
// the worker up first (prechecker.warmUp, what the widget does while the user opens the file picker).
for (const [name, url, kind] of PHOTOS) {
  for (const warmUp of [false, true]) {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto(`${origin}/index.html`);
    await fresh.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const cold = await fresh.evaluate(
      async ([u, k, w]) => {
        const blob = await (await fetch(u)).blob();
        const started = performance.now();
        if (w) await window.prechecker.warmUp({ kind: k });
        const warmedUp = performance.now();
        let early;
        const report = await window.prechecker.analyze(blob, {
          kind: k,
          onEarlyReport: () => (early = performance.now() - warmedUp),
        });
        return {
          warmUpMs: warmedUp - started,
          firstMs: performance.now() - warmedUp,
          earlyMs: early,
          stages: report.timings,
        };
      },
      [url, kind, warmUp],
    );
    if (warmUp) {
      results[name].warmUpMs = round(cold.warmUpMs);
      results[name].firstAfterWarmUpMs = round(cold.firstMs);
      results[name].firstAfterWarmUpStages = stagesOf(cold.stages);
    } else {
      results[name].firstMs = round(cold.firstMs);
      // A document's early report (every check but the portrait: onEarlyReport).
      if (cold.earlyMs !== undefined) results[name].firstEarlyReportMs = round(cold.earlyMs);
      results[name].firstStages = stagesOf(cold.stages);
    }
    console.error(name, warmUp ? 'after warm-up' : 'cold', JSON.stringify(cold));
    await context.close();
  }
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
