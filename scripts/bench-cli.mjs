#!/usr/bin/env node
// Node benchmark of what a CLI user waits for, against the floor of decoding the same files with
// sharp alone. On 12 photos of good documents from the corpus (the generated test-images when the
// corpus is not beside the checkout), enlarged to 4000 px on the longer side (12 MP at 4:3) and to
// 2000 px (3 MP), saved as JPEG at quality 90:
//   - whole process: `id-precheck score <dir> --kind document --concurrency 1` against a fresh
//     process that only decodes the same files with sharp to the analysis size (3 runs each,
//     alternated; medians and their ratio);
//   - per stage in a fresh process on the main thread (portrait search included): the first file
//     (cold) and p50 / p95 of the others over two passes (warm), beside sharp's decode of each file;
//   - CLI throughput with 1 and 2 workers (3 MP set repeated to 96 files);
//   - peak RSS of one CLI run over 1,000 files with 2 workers, sampled while it runs (flat or growing).
// Writes bench-results/cli.json.   npm run bench   (after the build)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';

const ROOT = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(ROOT, '../shared/corpus') },
    runs: { type: 'string', default: '3' },
    'batch-files': { type: 'string', default: '1000' },
    // The child processes this script starts: decode only, or time every stage of one folder.
    floor: { type: 'string' },
    stages: { type: 'string' },
  },
});
const CLI = join(ROOT, 'bin/id-precheck.js');
const SELF = new URL(import.meta.url).pathname;
const WORK = join(tmpdir(), 'id-precheck-bench-cli');
const ANALYSIS_SIZE = 1024;

/** The floor: sharp decoding each file of `dir` upright to the analysis size, nothing else. */
const decodeOnly = (file) =>
  sharp(file)
    .rotate()
    .resize(ANALYSIS_SIZE, ANALYSIS_SIZE, { fit: 'inside', withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer();
const filesOf = (dir) =>
  readdirSync(dir)
    .sort()
    .map((file) => join(dir, file));

if (values.floor) {
  for (const file of filesOf(values.floor)) await decodeOnly(file);
  process.exit(0);
}
if (values.stages) {
  // Main thread, portrait search included; the first file once (cold), then two passes (warm).
  const { analyzeFile } = await import('../dist/node/index.js');
  const files = filesOf(values.stages);
  const out = { runs: [], floor: [] };
  for (const pass of [0, 1, 2]) {
    for (const [i, file] of files.entries()) {
      if (pass > 0 && i === 0) continue;
      const started = performance.now();
      const report = await analyzeFile(file, { kind: 'document' });
      out.runs.push({ cold: pass === 0 && i === 0, wall: performance.now() - started, timings: report.timings });
      const decodeStarted = performance.now();
      await decodeOnly(file);
      out.floor.push(performance.now() - decodeStarted);
    }
  }
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

/** Source photos: corpus good documents, else the generated document test-images. */
function sourcePhotos() {
  const manifest = join(values.corpus, 'manifest.csv');
  if (existsSync(manifest)) {
    const files = readFileSync(manifest, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.match(/^"([^"]*)","([^"]*)"/))
      .filter((match) => match?.[2] === 'doc_good')
      .map((match) => join(values.corpus, match[1]));
    const step = Math.max(1, Math.floor(files.length / 12));
    return { from: 'corpus doc_good', files: files.filter((_, i) => i % step === 0).slice(0, 12) };
  }
  const labels = JSON.parse(readFileSync(join(ROOT, 'test-images/labels.json'), 'utf8'));
  const images = (labels.images ?? labels).filter((image) => image.label === 'doc_good');
  return {
    from: 'test-images doc_good',
    files: images.slice(0, 12).map((image) => join(ROOT, 'test-images', image.file)),
  };
}

async function makeSet(name, longSide, files) {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const megapixels = [];
  for (const [i, file] of files.entries()) {
    // Enlarged with its own aspect ratio (a stretched portrait is harder to find), saved as a phone would.
    const info = await sharp(file)
      .rotate()
      .resize(longSide, longSide, { fit: 'inside' })
      .jpeg({ quality: 90, chromaSubsampling: '4:2:0' })
      .toFile(join(dir, `${name}-${String(i).padStart(2, '0')}.jpg`));
    megapixels.push((info.width * info.height) / 1e6);
  }
  return { dir, megapixels: round(megapixels.reduce((a, b) => a + b, 0) / megapixels.length) };
}

/** Runs `node args…`, returning its wall time and (sampled every 50 ms) RSS over time. */
function runNode(args, { sampleRss = false, exitCodes = [0, 1] } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const rss = [];
    const timer = sampleRss
      ? setInterval(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1]);
            if (kb) rss.push({ ms: performance.now() - started, mb: kb / 1024 });
          } catch {
            // the process has ended
          }
        }, 50)
      : undefined;
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      // score exits 1 when some photo fails: that is a result, not an error.
      if (!exitCodes.includes(code)) reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ ms: performance.now() - started, rss });
    });
  });
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];
const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

const source = sourcePhotos();
const made = {
  '12mp': await makeSet('12mp', 4000, source.files),
  '3mp': await makeSet('3mp', 2000, source.files),
};
const sets = Object.fromEntries(Object.entries(made).map(([name, set]) => [name, set.dir]));
function runJson(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`exit ${code}`))));
  });
}

const result = { date: new Date().toISOString(), node: process.version, photos: source.from, sets: {} };
for (const [name, dir] of Object.entries(sets)) {
  const files = readdirSync(dir).length;
  // Whole process against whole process, alternated so drift hits both alike.
  const cli = [];
  const floor = [];
  for (let run = 0; run < Number(values.runs); run++) {
    floor.push((await runNode([SELF, '--floor', dir], { exitCodes: [0] })).ms);
    cli.push((await runNode([CLI, 'score', dir, '--kind', 'document', '--concurrency', '1', '--format', 'jsonl'])).ms);
  }
  const staged = await runJson([SELF, '--stages', dir]);
  const cold = staged.runs.find((run) => run.cold);
  const warm = staged.runs.filter((run) => !run.cold);
  const stageNames = Object.keys(cold.timings);
  const warmStages = Object.fromEntries(
    stageNames.map((stage) => {
      const list = warm.map((run) => run.timings[stage] ?? 0);
      return [stage, { p50: round(quantile(list, 0.5)), p95: round(quantile(list, 0.95)) }];
    }),
  );
  const warmAnalysis = warm.map((run) => run.timings.analyze);
  const warmDecode = warm.map((run) => run.timings.decode);
  result.sets[name] = {
    files,
    meanMegapixels: made[name].megapixels,
    wholeProcess: {
      cliMs: round(median(cli)),
      sharpFloorMs: round(median(floor)),
      ratio: round(median(cli) / median(floor), 2),
      runs: Number(values.runs),
    },
    coldFirstFile: {
      wallMs: round(cold.wall),
      stages: Object.fromEntries(stageNames.map((stage) => [stage, round(cold.timings[stage])])),
    },
    warm: {
      wallMs: {
        p50: round(
          quantile(
            warm.map((run) => run.wall),
            0.5,
          ),
        ),
        p95: round(
          quantile(
            warm.map((run) => run.wall),
            0.95,
          ),
        ),
      },
      stages: warmStages,
      sharpDecodeToAnalysisSizeMs: {
        p50: round(quantile(staged.floor, 0.5)),
        p95: round(quantile(staged.floor, 0.95)),
      },
      analysisOverOwnDecode: round(quantile(warmAnalysis, 0.5) / quantile(warmDecode, 0.5), 2),
      analysisOverSharpFloor: round(quantile(warmAnalysis, 0.5) / quantile(staged.floor, 0.5), 2),
    },
  };
  console.error(name, JSON.stringify(result.sets[name]));
}

// Throughput with 1 and 2 workers: the 3 MP set, 8 times over (96 files).
const many = Array.from({ length: 8 }, () => sets['3mp']);
const throughput = {};
for (const workers of [1, 2]) {
  const { ms } = await runNode([
    CLI,
    'score',
    ...many,
    '--kind',
    'document',
    '--concurrency',
    String(workers),
    '--format',
    'jsonl',
  ]);
  throughput[`workers${workers}`] = { files: 96, ms: round(ms), filesPerSecond: round((96 * 1000) / ms, 2) };
}
throughput.speedup = round(throughput.workers2.filesPerSecond / throughput.workers1.filesPerSecond, 2);
result.throughput = throughput;
console.error('throughput', JSON.stringify(throughput));

// Peak RSS over a 1,000-file batch (3 MP and 12 MP files, and every test-image), 2 workers.
const pool = [...Object.values(sets).flatMap((dir) => readdirSync(dir).map((f) => join(dir, f)))];
const testImages = readdirSync(join(ROOT, 'test-images'))
  .filter((f) => /\.(jpe?g|png|webp)$/i.test(f))
  .map((f) => join(ROOT, 'test-images', f));
pool.push(...testImages);
const batch = Array.from({ length: Number(values['batch-files']) }, (_, i) => pool[i % pool.length]);
const { ms: batchMs, rss } = await runNode(
  [
    CLI,
    'score',
    ...batch,
    '--kind',
    'auto',
    '--concurrency',
    '2',
    '--format',
    'jsonl',
    '--output',
    join(WORK, 'batch.jsonl'),
  ],
  { sampleRss: true },
);
const rssAt = (share) => {
  const inWindow = rss.filter((sample) => sample.ms >= (share - 0.1) * batchMs && sample.ms <= share * batchMs);
  return round(Math.max(0, ...inWindow.map((sample) => sample.mb)), 0);
};
result.batch = {
  files: batch.length,
  workers: 2,
  ms: round(batchMs),
  peakRssMB: round(Math.max(...rss.map((sample) => sample.mb)), 0),
  // Largest RSS in the last tenth of each quarter of the run: flat when the batch does not leak.
  rssByQuarterMB: [0.25, 0.5, 0.75, 1].map(rssAt),
  samples: rss.length,
};
console.error('batch', JSON.stringify(result.batch));

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/cli.json'), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
