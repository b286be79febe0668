/// <reference lib="dom" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { kindOfLabel } from '../../src/eval/evaluate.js';
import { ROOT, runCli } from '../cli/run-cli.js';
import { launchChromium } from './chromium.js';
import { twelveMegapixelJpeg } from './photos.js';
import { startServer } from './server.js';

interface Labelled {
  file: string;
  kind: 'document' | 'selfie';
}
/** A page of the test site with the prechecker loaded (`window.score`, `window.prechecker`). */
async function openPage(browser: Browser, origin: string, onRequest?: (url: string) => void): Promise<Page> {
  const page = await browser.newPage();
  if (onRequest) page.on('request', (request) => onRequest(request.url()));
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  return page;
}

/** The Node CLI's reports for these files, scored per kind, by the path given. */
async function nodeReports(
  files: readonly { path: string; kind: 'document' | 'selfie' }[],
): Promise<Map<string, Report>> {
  const reports = new Map<string, Report>();
  for (const kind of ['document', 'selfie'] as const) {
    const paths = files.filter((file) => file.kind === kind).map((file) => file.path);
    if (paths.length === 0) continue;
    const { stdout } = await runCli(['score', ...paths, '--kind', kind, '--format', 'json']);
    for (const result of JSON.parse(stdout) as ({ file: string } & Report)[]) reports.set(result.file, result);
  }
  return reports;
}

/** A report's issues as sorted `code:severity` words. */
const issueCodes = (report: Report): string =>
  report.issues
    .map((issue) => `${issue.code}:${issue.severity}`)
    .sort()
    .join(' ');

const { images } = JSON.parse(readFileSync(join(ROOT, 'test-images/labels.json'), 'utf8')) as { images: Labelled[] };

describe('the browser worker (headless Chromium)', () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    // 4000 × 2000 stored, left half red and right half blue, with EXIF orientation 6 (turn a
    // quarter right to show): upright it is 2000 × 4000, red on top. Large enough to be shrunk
    // while decoding.
    const halves = Buffer.alloc(4000 * 2000 * 3);
    for (let o = 0; o < halves.length; o += 3) halves[(o / 3) % 4000 < 2000 ? o : o + 2] = 255;
    const sideways = await sharp(halves, { raw: { width: 4000, height: 2000, channels: 3 } })
      .jpeg({ quality: 90 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    server = await startServer({
      '/generated/12mp.jpg': await twelveMegapixelJpeg('document'),
      '/generated/sideways.jpg': sideways,
    });
    browser = await launchChromium();
    page = await openPage(browser, server.origin);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const score = (url: string, request: object): Promise<{ report: Report; ms: number }> =>
    page.evaluate(
      ([u, r]) =>
        (window as unknown as { score: (u: string, r: object) => Promise<{ report: Report; ms: number }> }).score(u, r),
      [url, request] as const,
    );

  it('gives the same verdict and issue codes as the Node CLI on the generated test-images', async () => {
    const node = await nodeReports(
      images.map((image) => ({ path: join('test-images', image.file), kind: image.kind })),
    );
    const differences: string[] = [];
    for (const image of images) {
      const { report } = await score(`/test-images/${image.file}`, { kind: image.kind });
      const expected = node.get(join('test-images', image.file))!;
      if (report.verdict !== expected.verdict || issueCodes(report) !== issueCodes(expected)) {
        differences.push(
          `${image.file}: browser ${report.verdict} [${issueCodes(report)}], node ${expected.verdict} [${issueCodes(expected)}]`,
        );
      }
    }
    console.log(
      `browser/node parity on ${images.length} test-images: ${images.length - differences.length} same`,
      differences,
    );
    expect((images.length - differences.length) / images.length).toBeGreaterThanOrEqual(0.98);
  }, 600_000);

  it('measures in the worker (kind auto, a thumbnail from the same decode); judging on the page gives the worker’s report', async () => {
    const files = ['doc_glare_medium_02.jpg', 'doc_blur_partial_05.jpg', 'selfie_two_01.jpg', 'selfie_dark_01.jpg'];
    const outcome = await page.evaluate(async (names) => {
      const { idPrecheck, prechecker } = window as unknown as {
        idPrecheck: typeof import('../../src/browser/index.js');
        prechecker: import('../../src/browser/index.js').Prechecker;
      };
      const moved = {
        glare: { failSpotShare: 0.5 },
        blur: { maxEdgeWidth: 20 },
        faceQuality: { darkMedian: 5 },
        exposure: { darkP95: 5 },
      };
      const results = [];
      for (const name of names) {
        const blob = await (await fetch(`/test-images/${name}`)).blob();
        const { measured, thumbnail } = await prechecker.measure(blob, { kind: 'auto', thumbnailSide: 96 });
        if (!measured.ok) throw new Error(`${name} did not decode`);
        const judged = idPrecheck.judge(measured.measurements, idPrecheck.resolveOptions({}));
        const rejudged = idPrecheck.judge(measured.measurements, idPrecheck.resolveOptions(moved));
        const checked = await prechecker.analyze(blob, { kind: 'auto', options: moved });
        const words = (report: import('../../src/browser/index.js').Report): string =>
          report.issues.map((issue) => `${issue.code}:${issue.severity}`).join(' ');
        results.push({
          name,
          kind: judged.kind,
          thumbnail: thumbnail ? Math.max(thumbnail.width, thumbnail.height) : 0,
          defaults: words(judged),
          moved: words(rejudged),
          checked: words(checked),
        });
        thumbnail?.close();
      }
      return results;
    }, files);
    expect(outcome.map((result) => result.kind)).toEqual(['document', 'document', 'selfie', 'selfie']);
    for (const result of outcome) {
      expect(result.thumbnail, result.name).toBe(96);
      // Judging kept measurements with moved thresholds gives what checking again with them gives...
      expect(result.moved, result.name).toBe(result.checked);
    }
    // ...and the moves do change verdicts: the glare spot only warns, the blur and the dark face pass.
    expect(outcome[0]!.defaults).toContain('glare:fail');
    expect(outcome[0]!.moved).toContain('glare:warn');
    expect(outcome[1]!.defaults).toContain('blurry:fail');
    expect(outcome[1]!.moved).not.toContain('blurry');
    expect(outcome[2]!.defaults).toContain('multiple_faces:fail');
    expect(outcome[3]!.defaults).toContain('too_dark:fail');
    expect(outcome[3]!.moved).not.toContain('too_dark');
  }, 120_000);

  it('decodes a large JPEG upright, shrunk by the codec to the size the checks need', async () => {
    const decoded = await page.evaluate(async () => {
      const { prechecker } = window as unknown as { prechecker: import('../../src/browser/index.js').Prechecker };
      const blob = await (await fetch('/generated/sideways.jpg')).blob();
      const { measured, thumbnail } = await prechecker.measure(blob, { kind: 'selfie', thumbnailSide: 64 });
      if (!measured.ok || !thumbnail) throw new Error('did not decode');
      const canvas = new OffscreenCanvas(thumbnail.width, thumbnail.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(thumbnail, 0, 0);
      const pixel = (y: number) => Array.from(context.getImageData(canvas.width / 2, y, 1, 1).data.slice(0, 3));
      return {
        image: measured.measurements.image,
        thumbnail: [thumbnail.width, thumbnail.height],
        top: pixel(4),
        bottom: pixel(canvas.height - 5),
      };
    });
    expect(decoded.image).toMatchObject({ width: 2000, height: 4000, format: 'jpeg' });
    expect(decoded.thumbnail).toEqual([32, 64]);
    expect(decoded.top[0]).toBeGreaterThan(200);
    expect(decoded.top[2]).toBeLessThan(60);
    expect(decoded.bottom[2]).toBeGreaterThan(200);
    expect(decoded.bottom[0]).toBeLessThan(60);
  }, 60_000);

  it('gives a document’s early report before the portrait check, on a fresh worker too, and none for a selfie', async () => {
    const outcome = await page.evaluate(async () => {
      const { prechecker } = window as unknown as { prechecker: import('../../src/browser/index.js').Prechecker };
      type Report = import('../../src/browser/index.js').Report;
      prechecker.terminate(); // the face model loads during this check
      const document = await (await fetch('/test-images/doc_glare_medium_02.jpg')).blob();
      const selfie = await (await fetch('/test-images/selfie_two_01.jpg')).blob();
      const early: Report[] = [];
      const final = await prechecker.analyze(document, { kind: 'document', onEarlyReport: (r) => early.push(r) });
      const selfieEarly: Report[] = [];
      await prechecker.analyze(selfie, { kind: 'selfie', onEarlyReport: (r) => selfieEarly.push(r) });
      const codes = (r: Report): string[] => r.issues.map((issue) => issue.code);
      return {
        early: early.map((r) => ({ pending: r.pending, verdict: r.verdict, codes: codes(r) })),
        final: { pending: final.pending, verdict: final.verdict, codes: codes(final) },
        selfieEarly: selfieEarly.length,
      };
    });
    expect(outcome.early).toHaveLength(1);
    expect(outcome.early[0]!.pending).toEqual(['portrait']);
    expect(outcome.early[0]!.verdict).toBe(outcome.final.verdict);
    expect(outcome.early[0]!.codes).toEqual(outcome.final.codes.filter((code) => code !== 'no_portrait'));
    expect(outcome.final.pending).toBeUndefined();
    expect(outcome.selfieEarly).toBe(0);
  }, 60_000);

  it('warms up for a kind once per worker, then checks as before', async () => {
    const outcome = await page.evaluate(async () => {
      const { prechecker } = window as unknown as { prechecker: import('../../src/browser/index.js').Prechecker };
      prechecker.terminate();
      const first = performance.now();
      await prechecker.warmUp({ kind: 'selfie' });
      const second = performance.now();
      await prechecker.warmUp({ kind: 'selfie' });
      const done = performance.now();
      const blob = await (await fetch('/test-images/selfie_two_01.jpg')).blob();
      const report = await prechecker.analyze(blob, { kind: 'selfie' });
      // Stopping the worker settles a warm-up under way.
      const stopped = prechecker.warmUp({ kind: 'document' });
      prechecker.terminate();
      await stopped;
      return {
        firstMs: second - first,
        againMs: done - second,
        codes: report.issues.map((issue) => issue.code),
        running: prechecker.workerRunning,
      };
    });
    expect(outcome.firstMs).toBeGreaterThan(outcome.againMs);
    expect(outcome.againMs).toBeLessThan(100);
    expect(outcome.codes).toContain('multiple_faces');
    expect(outcome.running).toBe(false);
    await expect(
      page.evaluate(() =>
        (window as unknown as { prechecker: { warmUp(r: object): Promise<void> } }).prechecker.warmUp({
          kind: 'passport',
        }),
      ),
    ).rejects.toThrow(/kind/);
  }, 60_000);

  it('hands the overlay maps to the page as typed grids, with the glare where the hotspot is', async () => {
    const maps = await page.evaluate(async () => {
      const score = (window as unknown as { score: (u: string, r: object) => Promise<{ report: Report }> }).score;
      const { report } = await score('/test-images/doc_glare_medium_02.jpg', { kind: 'document' });
      return Object.fromEntries(
        Object.entries(report.maps ?? {}).map(([name, map]) => [
          name,
          {
            typed: map.values instanceof Float32Array,
            cells: map.values.length,
            grid: map.cols * map.rows,
            max: Math.max(...map.values.filter((v) => !Number.isNaN(v))),
          },
        ]),
      );
    });
    expect(Object.keys(maps).sort()).toEqual(['glare', 'sharpness']);
    for (const map of Object.values(maps)) expect(map).toMatchObject({ typed: true, cells: map.grid });
    expect(maps.glare!.max).toBeGreaterThan(0.5);
  }, 120_000);

  it('sends no request outside the page’s origin while checking a document and a selfie', async () => {
    // A fresh page, so the worker, the runtimes and the face model are all fetched again.
    const seen: string[] = [];
    const fresh = await openPage(browser, server.origin, (url) => seen.push(url));
    for (const [url, kind] of [
      ['/test-images/doc_good_wood_card_01.jpg', 'document'],
      ['/test-images/selfie_like_01.jpg', 'selfie'],
    ] as const) {
      const { report } = await fresh.evaluate(
        ([u, k]) =>
          (window as unknown as { score: (u: string, r: object) => Promise<{ report: Report }> }).score(u, { kind: k }),
        [url, kind] as const,
      );
      expect(report.issues.map((issue) => issue.code)).not.toContain('unreadable');
    }
    await fresh.close();
    const foreign = seen.filter(
      (url) => !url.startsWith(server.origin) && !url.startsWith('blob:') && !url.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
    // The worker, the onnxruntime wasm and the face model came from the package's own assets.
    expect(seen.some((url) => /\/dist\/browser\/assets\/precheck\.worker-.*\.js$/.test(url))).toBe(true);
    expect(seen.some((url) => url.endsWith('.wasm'))).toBe(true);
    expect(seen.some((url) => url.includes('/dist/browser/models/'))).toBe(true);
  }, 120_000);

  it('keeps the main thread free (no long task over 50 ms) while a 12 MP photo is checked', async () => {
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
    const { report } = await score('/generated/12mp.jpg', { kind: 'document' });
    expect(report.image).toMatchObject({ width: 4000, height: 3000 });
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    expect(longTasks.filter((ms) => ms > 50)).toEqual([]);
  }, 120_000);

  it('scores several files at once, honours an AbortSignal, rejects an invalid request and stops its worker when idle', async () => {
    const outcome = await page.evaluate(async () => {
      type P = {
        analyze(input: Blob, request: object): Promise<Report>;
        readonly workerRunning: boolean;
      };
      const w = window as unknown as { createPrechecker(options: object): P };
      const prechecker = w.createPrechecker({ assetsUrl: '/dist/browser/', idleMs: 200 });
      const blobs = await Promise.all(
        ['doc_good_wood_card_01.jpg', 'doc_gray_wood_card_01.jpg', 'selfie_like_01.jpg', 'selfie_dark_01.jpg'].map(
          async (name) => (await fetch(`/test-images/${name}`)).blob(),
        ),
      );
      const kinds = ['document', 'document', 'selfie', 'selfie'];
      const together = await Promise.all(blobs.map((blob, i) => prechecker.analyze(blob, { kind: kinds[i] })));
      const controller = new AbortController();
      const abortedCall = prechecker.analyze(blobs[0]!, { kind: 'document', signal: controller.signal });
      controller.abort();
      const abortError = await abortedCall.then(
        () => 'resolved',
        (error: Error) => error.name,
      );
      const invalid = await prechecker.analyze(blobs[0]!, { kind: 'passport' }).then(
        () => 'resolved',
        (error: Error) => `${error.name}: ${error.message}`,
      );
      const runningAfterWork = prechecker.workerRunning;
      await new Promise((resolve) => setTimeout(resolve, 600));
      return {
        codes: together.map((report) => report.issues.map((issue) => issue.code)),
        abortError,
        invalid,
        runningAfterWork,
        runningWhenIdle: prechecker.workerRunning,
      };
    });
    expect(outcome.codes[0]).not.toContain('unreadable');
    expect(outcome.codes[1]).toContain('grayscale');
    expect(outcome.codes[2]).toEqual([]);
    expect(outcome.codes[3]).toContain('too_dark');
    expect(outcome.abortError).toBe('AbortError');
    expect(outcome.invalid).toMatch(/^TypeError: request\.kind/); // a programmer error, in the page's call
    expect(outcome.runningAfterWork).toBe(true);
    expect(outcome.runningWhenIdle).toBe(false);
  }, 120_000);

  it('reports a crashed worker as a result, and the next file still scores', async () => {
    const workerFile = readdirSync(join(ROOT, 'dist/browser/assets')).find((name) =>
      /^precheck\.worker-.*\.js$/.test(name),
    );
    expect(workerFile).toBeDefined();
    const results = await page.evaluate(async (workerUrl) => {
      const w = window as unknown as {
        createPrechecker: (options: object) => { analyze(blob: Blob, request: object): Promise<Report> };
      };
      let started = 0;
      // The first worker dies during its check; the one that replaces it is the real worker.
      const prechecker = w.createPrechecker({
        assetsUrl: '/dist/browser/',
        createWorker: () =>
          started++ === 0
            ? new Worker(`/crashing-worker.js?worker=${encodeURIComponent(workerUrl)}`, { type: 'module' })
            : new Worker(workerUrl, { type: 'module' }),
      });
      const blob = async (url: string): Promise<Blob> => (await fetch(url)).blob();
      const crashed = await prechecker.analyze(await blob('/test-images/selfie_like_02.jpg'), { kind: 'selfie' });
      const next = await prechecker.analyze(await blob('/test-images/doc_good_table_card_02.jpg'), {
        kind: 'document',
      });
      return { crashed, next, started };
    }, `/dist/browser/assets/${workerFile}`);
    expect(results.crashed.issues[0]).toMatchObject({ code: 'unreadable' });
    expect(results.crashed.issues[0]?.detail).toMatch(/worker crashed/);
    expect(results.crashed.issues[0]?.facts).toEqual({ workerCrashed: true });
    expect(results.next.issues.map((issue) => issue.code)).not.toContain('unreadable');
    expect(results.started).toBe(2);
  }, 120_000);

  it('gives the same verdict and issue codes on ≥ 98 % of the corpus, with scores close', async () => {
    const rows = readFileSync(join(ROOT, '../shared/corpus/manifest.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.match(/^"([^"]*)","([^"]*)"/))
      .filter((match): match is RegExpMatchArray => match !== null)
      .map(([, file, label]) => ({ file: file!, kind: kindOfLabel(label!) }))
      .filter((row): row is { file: string; kind: 'document' | 'selfie' } => row.kind !== null);
    // The Node CLI (two threads) scores the corpus while the page's one worker does: three threads
    // on two cores finish sooner than one after the other.
    const nodeRun = nodeReports(rows.map((row) => ({ path: join('../shared/corpus', row.file), kind: row.kind })));
    const browserReports: Report[] = [];
    for (const row of rows) browserReports.push((await score(`/corpus/${row.file}`, { kind: row.kind })).report);
    const node = await nodeRun;
    const differences: string[] = [];
    const deltas: Record<string, number[]> = {};
    for (const [index, row] of rows.entries()) {
      const report = browserReports[index]!;
      const expected = node.get(join('../shared/corpus', row.file))!;
      if (report.verdict !== expected.verdict || issueCodes(report) !== issueCodes(expected)) {
        differences.push(`${row.file}: browser [${issueCodes(report)}], node [${issueCodes(expected)}]`);
      }
      for (const [key, value] of Object.entries(expected.scores)) {
        const other = report.scores[key];
        if (other === undefined || !Number.isFinite(value)) continue;
        (deltas[key] ??= []).push(Math.abs(other - value) / Math.max(Math.abs(value), 1e-6));
      }
    }
    const p90 = Object.fromEntries(
      Object.entries(deltas).map(([key, list]) => [key, list.sort((a, b) => a - b)[Math.floor(0.9 * list.length)]]),
    );
    console.log(`corpus parity: ${rows.length - differences.length}/${rows.length} same`, differences);
    console.log('relative score difference, 90th percentile per score:', p90);
    expect((rows.length - differences.length) / rows.length).toBeGreaterThanOrEqual(0.98);
    // Documented tolerance (docs/browser.md): for 90 % of photos every score is within 20 % of Node's. The
    // two decoders resample differently (Chromium's canvas vs libvips), which moves the face blur
    // measure most (selfies are drawn straight to the analysis size).
    for (const [key, value] of Object.entries(p90)) expect(value, key).toBeLessThanOrEqual(0.2);
  }, 900_000);
});
