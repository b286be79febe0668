/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { ROOT, runCli } from '../cli/run-cli.js';
import { launchChromium } from './chromium.js';
import { startServer } from './server.js';

/** What a PDF check may take in this test, first one included (pdf.js loading): bounded, far below the 15 s limit. */
const BOUND_MS = 10_000;

const PDFS = (
  JSON.parse(readFileSync(join(ROOT, 'test-images/labels.json'), 'utf8')) as { images: { file: string }[] }
).images
  .map((image) => image.file)
  .filter((file) => file.endsWith('.pdf'));

const issueCodes = (report: Report): string =>
  report.issues
    .map((issue) => issue.code)
    .sort()
    .join(' ');

describe('PDFs in the browser worker (headless Chromium)', () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof startServer>>;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const score = (url: string): Promise<{ report: Report; ms: number }> =>
    page.evaluate(
      (u) =>
        (window as unknown as { score: (u: string, r: object) => Promise<{ report: Report; ms: number }> }).score(u, {
          kind: 'document',
        }),
      url,
    );

  it('has generated PDFs to check', () => {
    expect(PDFS.length).toBeGreaterThanOrEqual(8);
  });

  it('gives every PDF test-image a report in bounded time, with the Node CLI’s verdict and issue codes', async () => {
    const { stdout } = await runCli([
      'score',
      ...PDFS.map((file) => join('test-images', file)),
      '--kind',
      'document',
      '--format',
      'json',
    ]);
    const node = new Map((JSON.parse(stdout) as ({ file: string } & Report)[]).map((r) => [r.file, r]));
    const lines: string[] = [];
    for (const file of PDFS) {
      const { report, ms } = await score(`/test-images/${file}`);
      const expected = node.get(join('test-images', file))!;
      lines.push(
        `${file}: ${ms.toFixed(0)} ms (decode ${report.timings.decode?.toFixed(0)} ms) ${report.verdict} [${issueCodes(report)}]`,
      );
      expect(ms, file).toBeLessThan(BOUND_MS);
      expect(report.image.format, file).toBe('pdf');
      expect({ file, verdict: report.verdict, codes: issueCodes(report) }).toEqual({
        file,
        verdict: expected.verdict,
        codes: issueCodes(expected),
      });
      expect(report.image.width, file).toBe(expected.image.width);
      expect(report.image.pages, file).toBe(expected.image.pages);
    }
    console.log(lines.join('\n'));
  }, 300_000);

  it('says a password-protected PDF needs a password, and reads a PDF’s page count and producer', async () => {
    const locked = (await score('/test-images/pdf_encrypted_06.pdf')).report;
    expect(locked.issues).toEqual([
      expect.objectContaining({ code: 'unreadable', facts: { passwordProtected: true } }),
    ]);
    const several = (await score('/test-images/pdf_pages_02.pdf')).report;
    expect(several.image).toMatchObject({ format: 'pdf', width: 1600, height: 1200, pages: 3 });
    expect(several.image.exif?.software).toBe('id-precheck test-images');
  }, 60_000);

  it('fetches pdf.js and its files from the package’s own assets only', () => {
    const pdfjs = requests.filter((path) => /pdfjs|\/pdf-/.test(path));
    expect(pdfjs.some((path) => path.endsWith('/pdfjs/pdf.worker.min.js'))).toBe(true);
    expect(pdfjs.every((path) => path.startsWith('/dist/browser/'))).toBe(true);
  });

  it('previews a PDF’s first page in the worker', async () => {
    const preview = await page.evaluate(async () => {
      const { prechecker } = window as unknown as {
        prechecker: { preview(blob: Blob, options: { maxSide: number }): Promise<ImageBitmap> };
      };
      const blob = await (await fetch('/test-images/pdf_one_page_01.pdf')).blob();
      const bitmap = await prechecker.preview(blob, { maxSide: 480 });
      return { width: bitmap.width, height: bitmap.height };
    });
    expect(preview).toEqual({ width: 480, height: 360 });
  }, 60_000);

  it('the widget takes a PDF from its file picker and shows its first page with the verdict', async () => {
    const widgetPage = await browser.newPage({ viewport: { width: 800, height: 900 } });
    try {
      await widgetPage.goto(`${server.origin}/widget.html`);
      await widgetPage.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
      const widget = widgetPage.locator('id-precheck');
      expect(await widget.locator('input[part="file-input"]').getAttribute('accept')).toContain('application/pdf');
      await widget.locator('input[part="file-input"]').setInputFiles(join(ROOT, 'test-images/pdf_one_page_01.pdf'));
      await widgetPage.waitForFunction(() =>
        (window as unknown as { events: { type: string }[] }).events.some((event) => event.type === 'precheck-result'),
      );
      // The preview comes from its own drawing in the worker, maybe after the verdict.
      const preview = widget.locator('[part="preview"]');
      await preview.waitFor({ state: 'visible' });
      const drawn = await widget.locator('canvas[part="preview-image"]').evaluate((node) => {
        const canvas = node as HTMLCanvasElement;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let dark = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) dark++;
        return { width: canvas.width, height: canvas.height, darkShare: dark / (pixels.length / 4) };
      });
      expect(drawn.width / drawn.height).toBeCloseTo(4 / 3, 2);
      expect(drawn.darkShare).toBeGreaterThan(0.1); // the wooden desk, not a blank page
      const result = await widgetPage.evaluate(
        () =>
          (window as unknown as { events: { type: string; detail: Report }[] }).events.find(
            (event) => event.type === 'precheck-result',
          )!.detail,
      );
      expect(result).toMatchObject({ verdict: 'pass', image: { format: 'pdf', pages: 1 } });
    } finally {
      await widgetPage.close();
    }
  }, 60_000);
});
