#!/usr/bin/env node
// Speed and memory benchmark of the Node path (decode + core checks), one image at a time on the
// main thread so stage timings are not disturbed by other work. Writes bench-results/node.json.
//   npm run bench [-- --corpus ../shared/corpus --limit 60 --repeat 3]
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeFile } from '../dist/node/index.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus' },
    limit: { type: 'string', default: '60' },
    repeat: { type: 'string', default: '3' },
  },
});

function listImages(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(jpe?g|png|webp)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

const corpus = listImages(values.corpus);
const step = Math.max(1, Math.floor(corpus.length / Number(values.limit)));
const files = [...listImages('test-images'), ...corpus.filter((_, i) => i % step === 0)];
const repeat = Number(values.repeat);

for (const file of files.slice(0, 5)) await analyzeFile(file, { kind: 'document', faces: false }); // warm-up (JIT, sharp)

const stages = {};
let peakRss = 0;
const started = performance.now();
for (let run = 0; run < repeat; run++) {
  for (const file of files) {
    const report = await analyzeFile(file, { kind: 'document', faces: false }); // the portrait search is timed by bench-faces
    for (const [stage, ms] of Object.entries(report.timings)) (stages[stage] ??= []).push(ms);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
}
const wallMs = performance.now() - started;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const round = (ms) => Math.round(ms * 100) / 100;
const summary = Object.fromEntries(
  Object.entries(stages).map(([stage, ms]) => [
    stage,
    { p50: round(quantile(ms, 0.5)), p95: round(quantile(ms, 0.95)), max: round(Math.max(...ms)) },
  ]),
);
const result = {
  date: new Date().toISOString(),
  node: process.version,
  images: files.length,
  runs: repeat,
  msPerImage: round(wallMs / (files.length * repeat)),
  peakRssMB: Math.round(peakRss / 1048576),
  stagesMs: summary,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/node.json', JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
