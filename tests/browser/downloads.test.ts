/// <reference lib="dom" />
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { launchChromium } from './chromium.js';
import { startServer } from './server.js';

const KB = 1024;
/**
 * What a phone downloads for its first check, gzipped (what a compressing server sends), page and
 * widget included: the budgets of docs/speed.md#what-a-phone-downloads.
 */
const BUDGETS = {
  'a document, portrait check off': {
    kind: 'document',
    faces: false,
    photo: 'doc_good_wood_card_01.jpg',
    budget: 300 * KB,
  },
  'a document': { kind: 'document', faces: true, photo: 'doc_good_wood_card_01.jpg', budget: 1200 * KB },
  'a selfie': { kind: 'selfie', faces: true, photo: 'selfie_like_01.jpg', budget: 1500 * KB },
  // pdf.js (its library and its parsing worker) comes on top of a document's files, only for a PDF.
  'a PDF document': { kind: 'document', faces: true, photo: 'pdf_one_page_01.pdf', budget: 1200 * KB },
} as const;

describe('what a first check downloads (fresh page, no cache)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(Object.entries(BUDGETS))(
    '%s stays within its budget',
    async (_name, { kind, faces, photo, budget }) => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const bodies: Promise<{ path: string; gzipped: number }>[] = [];
        page.on('response', (response) => {
          const path = new URL(response.url()).pathname;
          if (path.startsWith('/test-images/')) return;
          bodies.push(response.body().then((body) => ({ path, gzipped: gzipSync(body, { level: 9 }).length })));
        });
        await page.goto(`${server.origin}/widget.html?kind=${kind}`);
        await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
        if (!faces)
          await page.evaluate(
            () => ((document.getElementById('widget') as HTMLElement & { faces: unknown }).faces = false),
          );
        await page
          .locator('id-precheck')
          .locator('input[part="file-input"]')
          .setInputFiles(join(ROOT, 'test-images', photo));
        await page.waitForFunction(() =>
          (window as unknown as { events: { type: string }[] }).events.some(
            (event) => event.type === 'precheck-result',
          ),
        );
        const files = await Promise.all(bodies);
        const total = files.reduce((sum, file) => sum + file.gzipped, 0);
        console.log(
          `${photo}${faces ? '' : ' (faces off)'}: ${(total / KB).toFixed(0)} KB gzipped in ${files.length} files`,
          files.map((file) => `${file.path} ${(file.gzipped / KB).toFixed(0)} KB`).join(', '),
        );
        // The face runtime comes only with a face check, and onnxruntime's 3.5 MB never by default.
        expect(files.some((file) => /tfjs-backend-wasm/.test(file.path))).toBe(faces);
        expect(files.some((file) => /ort-wasm/.test(file.path))).toBe(false);
        expect(files.some((file) => /\/pdfjs\/|\/assets\/pdf-/.test(file.path))).toBe(photo.endsWith('.pdf'));
        expect(total).toBeLessThanOrEqual(budget);
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});
