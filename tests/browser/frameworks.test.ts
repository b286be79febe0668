/// <reference lib="dom" />
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { launchChromium } from './chromium.js';
import { startServer } from './server.js';

/** Every file below `dir`, by its path relative to it. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

describe('<id-precheck> in a framework build, with no wrapper', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let outDir: string;

  beforeAll(async () => {
    // A Vue 3 app bundled by Vite, as a site would build it; the widget stays the package's own file.
    outDir = await mkdtemp(join(tmpdir(), 'idp-vue-'));
    await build({
      configFile: false,
      logLevel: 'warn',
      root: join(ROOT, 'tests/browser/vue-app'),
      base: '/vue/',
      build: { outDir, emptyOutDir: true, rollupOptions: { external: [/^\/dist\//] } },
    });
    const served: Record<string, Buffer> = {};
    for (const file of await filesBelow(outDir)) served[`/vue/${file}`] = await readFile(join(outDir, file));
    server = await startServer(served);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('Vue 3 sets its options as a property and hears precheck-accept', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/vue/index.html`);
    const widget = page.locator('id-precheck');
    await widget
      .locator('input[part="file-input"]')
      .setInputFiles(join(ROOT, '../shared/corpus/doc_good/midvd_01_02_01.jpg'));
    await expect.poll(() => page.locator('#accepted').innerText(), { timeout: 60_000 }).toBe('midvd_01_02_01.jpg pass');
    expect(await widget.evaluate((element) => (element as unknown as { options: object }).options)).toEqual({
      preset: 'lenient',
    });
    await page.close();
  }, 120_000);
});
