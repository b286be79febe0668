/// <reference lib="dom" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { STRICT_CSP_DIRECTIVES } from '../../scripts/strict-csp.mjs';
import { launchChromium } from './chromium.js';
import { cameraScenario } from './fake-camera.js';
import { startServer } from './server.js';

/**
 * The policy a careful KYC site sends: nothing inline, nothing from elsewhere; WebAssembly only
 * for the face runtime. Sent on every response, so it binds the worker too.
 */
const CSP = [...STRICT_CSP_DIRECTIVES, 'report-uri /csp-report'].join('; ');

describe('the example KYC page (examples/kyc-upload) under a strict Content-Security-Policy', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let folder: string;

  beforeAll(async () => {
    server = await startServer({}, { 'content-security-policy': CSP });
    // The camera shows two people (a video made from a corpus photo), for the live view below.
    folder = await mkdtemp(join(tmpdir(), 'id-precheck-example-'));
    browser = await launchChromium({ fakeCamera: await cameraScenario('two-faces', folder) });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  /** Records the page's CSP violations from its first script on. */
  async function watchViolations(page: Page): Promise<void> {
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(
          `${event.violatedDirective} ${event.blockedURI}`,
        ),
      );
    });
  }

  it('checks an ID card and a selfie with no CSP violation and no request leaving the origin', async () => {
    const page = await browser.newPage();
    const offOrigin: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.origin)) offOrigin.push(request.url());
    });
    await watchViolations(page);
    await page.goto(`${server.origin}/examples/kyc-upload/index.html`);
    const front = page.locator('#front').locator('input[part="file-input"]');
    const selfie = page.locator('#selfie').locator('input[part="file-input"]');
    await front.setInputFiles(join(ROOT, '../shared/corpus/doc_good/midvd_01_02_01.jpg'));
    await selfie.setInputFiles(join(ROOT, '../shared/corpus/face_one/deepface_img1.jpg'));
    await page.locator('#submit:not([disabled])').click({ timeout: 60_000 });
    await expect.poll(() => page.locator('#summary').innerText()).toMatch(/front: midvd_01_02_01\.jpg, pass/);
    expect(await page.locator('#summary').innerText()).toMatch(/selfie: deepface_img1\.jpg, pass/);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(server.reports).toEqual([]);
    expect(offOrigin).toEqual([]);
    // The two widgets share one worker: its script, the face runtime and the model load once.
    const loads = (pattern: RegExp): number => server.requests.filter((path) => pattern.test(path)).length;
    expect(loads(/\/assets\/precheck\.worker-[^/]*\.js$/)).toBe(1);
    expect(loads(/\.wasm$/)).toBe(1);
    expect(loads(/\.onnx$/)).toBe(1);
    await page.close();
  }, 120_000);

  it('guides a selfie through the live camera with no CSP violation', async () => {
    const page = await browser.newPage();
    await watchViolations(page);
    await page.goto(`${server.origin}/examples/kyc-upload/index.html`);
    await page.locator('#selfie').locator('[part~="live-button"]').click();
    const live = page.locator('#selfie').locator('[part="live"]');
    await expect.poll(() => live.getAttribute('data-hint'), { timeout: 30_000 }).toBe('multiple_faces');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(server.reports).toEqual([]);
    await page.close();
  }, 60_000);
});
