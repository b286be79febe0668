#!/usr/bin/env node
// The last step of `npm run bench`: gathers what the bench scripts wrote in bench-results/ into
// bench/results.json (with the machine, the commit and the targets of docs/speed.md) and prints
// one table of it. docs/speed.md shows that table from one run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const read = (name) => {
  const path = join(ROOT, 'bench-results', `${name}.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
};
const node = read('node');
const faces = read('faces');
const cli = read('cli');
const browser = read('browser');
const live = read('live');

const git = (...args) => execFileSync('git', args, { cwd: ROOT }).toString().trim();
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: browser?.browser,
  commit: git('rev-parse', '--short', 'HEAD'),
  uncommittedChanges: git('status', '--porcelain', '--untracked-files=no') !== '',
};

// [what, measured, target] rows; a measured value of undefined means that script did not run.
const rows = [];
const ms = (value) => (value === undefined ? '–' : `${value} ms`);
const pair = (stats) => (stats ? `${stats.p50} / ${stats.p95} ms` : '–');
const kb = (bytes) => (bytes === undefined ? '–' : `${Math.round(bytes / 1024)} KB`);
const section = (title) => rows.push([`**${title}**`, '', '']);

for (const [name, label] of [
  ['12mp', '12 MP'],
  ['3mp', '3 MP'],
]) {
  const set = cli?.sets?.[name];
  if (!set) continue;
  const whole = set.wholeProcess;
  const warm = set.warm;
  section(`Node, ${set.files} documents at ${label} (${set.meanMegapixels} MP mean), kind document, portrait included`);
  rows.push(
    [
      '`score --concurrency 1`, whole process / sharp decode floor, whole process',
      `${whole.cliMs} / ${whole.sharpFloorMs} ms = **${whole.ratio} ×**`,
      '≤ 2 ×',
    ],
    ['first file in a fresh process (cold)', ms(set.coldFirstFile.wallMs), ''],
    ['warm, per file p50 / p95', pair(warm.wallMs), ''],
    ['sharp decode to 1024 px, p50 / p95', pair(warm.sharpDecodeToAnalysisSizeMs), ''],
    ['warm analysis / its own decode (p50)', `${warm.analysisOverOwnDecode} ×`, '≤ 1.5 ×'],
  );
  for (const [stage, stats] of Object.entries(warm.stages)) {
    // A stage that is 0 when warm but not cold (the face model's wait) is shown too.
    if ((stats.p95 < 1 && (set.coldFirstFile.stages[stage] ?? 0) < 1) || stage === 'analyze') continue;
    rows.push([
      `  stage ${stage}, warm p50 / p95 (cold)`,
      `${pair(stats)} (${set.coldFirstFile.stages[stage]} ms)`,
      '',
    ]);
  }
}
if (cli?.throughput) {
  const { workers1, workers2, speedup } = cli.throughput;
  section('Node CLI throughput and memory');
  rows.push(
    [
      `throughput, ${workers1.files} files at 3 MP, 1 → 2 workers`,
      `${workers1.filesPerSecond} → ${workers2.filesPerSecond} files/s = **${speedup} ×**`,
      '≥ 1.7 ×',
    ],
    [
      `peak RSS over ${cli.batch.files} files, 2 workers (max in each quarter of the run)`,
      `**${cli.batch.peakRssMB} MB** (${cli.batch.rssByQuarterMB.join(', ')})`,
      '≤ 500 MB, flat',
    ],
  );
}
if (node) {
  section(`Node checks per stage, main thread (${node.images} images × ${node.runs} runs, no portrait)`);
  rows.push(['all analysis, p50 / p95', pair(node.stagesMs.analyze), '']);
}
if (faces) {
  section('Node face backends (selfie corpus at 1024 px)');
  for (const [backend, stats] of Object.entries(faces.backends)) {
    rows.push([
      `${backend}: load, one pass p50 / p95, document portrait search p50 / p95`,
      `${ms(stats.loadMs)}, ${pair(stats.detectMs)}, ${pair(stats.documentPortraitMs)}`,
      '',
    ]);
  }
}
if (browser) {
  for (const [name, label] of [
    ['document12mp', '12 MP document'],
    ['selfie12mp', '12 MP selfie'],
    ['document3mp', '3 MP document'],
    ['selfie3mp', '3 MP selfie'],
  ]) {
    const photo = browser[name];
    if (!photo) continue;
    section(`Chromium ${browser.browser}, ${label}`);
    const target = name.endsWith('12mp') ? (name.startsWith('document') ? '≤ 200 ms' : '≤ 150 ms') : '';
    rows.push(
      ['first check on a fresh page (cold)', ms(photo.firstMs), name === 'document12mp' ? '≤ 600 ms' : ''],
      ...(photo.firstEarlyReportMs === undefined
        ? []
        : [['  its early report (all but the portrait; a fail or warn is final)', ms(photo.firstEarlyReportMs), '']]),
      ['first check after `warmUp` (warm-up took)', `${ms(photo.firstAfterWarmUpMs)} (${ms(photo.warmUpMs)})`, ''],
      ['warm p50 / p95', `**${photo.p50}** / ${photo.p95} ms`, target],
    );
    for (const [stage, p50] of Object.entries(photo.stagesP50)) {
      if (stage === 'analyze' || ((photo.stagesP95?.[stage] ?? p50) < 1 && (photo.firstStages?.[stage] ?? 0) < 1))
        continue;
      rows.push([
        `  stage ${stage}, warm p50 / p95 (cold)`,
        `${p50} / ${photo.stagesP95?.[stage] ?? '–'} ms (${photo.firstStages?.[stage] ?? '–'} ms)`,
        '',
      ]);
    }
  }
  section('What a first check downloads, page included, gzipped');
  const d = browser.downloads;
  rows.push(
    ['document, portrait check off', kb(d.documentWithoutPortrait?.totalGzipBytes), '≤ 300 KB'],
    ['document', kb(d.document?.totalGzipBytes), '≤ 1.2 MB'],
    ['selfie', kb(d.selfie?.totalGzipBytes), '≤ 1.5 MB'],
  );
}
if (live) {
  section('Live camera frames in Chromium (in the worker)');
  for (const kind of ['document', 'selfie']) {
    if (live[kind])
      rows.push([
        `${kind} frame ${live[kind].frame}, p50 / p95`,
        `${live[kind].inWorkerP50} / ${live[kind].inWorkerP95} ms`,
        '≤ 40 ms p50',
      ]);
  }
}

const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length), 6));
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
const table = [
  line(['measure', 'measured', 'target']),
  line(widths.map((width) => '-'.repeat(width))),
  ...rows.map(line),
].join('\n');

const results = {
  date: new Date().toISOString(),
  machine,
  command: 'npm run bench',
  node: { perStage: node, faces, cli },
  browser,
  live,
  table,
};
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(
  `npm run bench, ${results.date}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}` +
    `${machine.chromium ? `, Chromium ${machine.chromium}` : ''}, commit ${machine.commit}` +
    `${machine.uncommittedChanges ? ' with uncommitted changes' : ''}\n`,
);
console.log(table);
console.log('\nwrote bench/results.json');
