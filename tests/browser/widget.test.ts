/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { ROOT } from '../cli/run-cli.js';
import { AXE, axeViolations } from './axe.js';
import { launchChromium } from './chromium.js';
import { twelveMegapixelJpeg } from './photos.js';
import { startServer } from './server.js';

const CORPUS = join(ROOT, '../shared/corpus');
/** Real corpus photos, one per family the widget must explain. */
const PHOTOS = {
  good: join(CORPUS, 'doc_good/midvd_01_02_01.jpg'),
  glare: join(CORPUS, 'doc_glare/midvd_15_45_5.jpg'),
  cut: join(CORPUS, 'doc_cropped/midvd_15_45_6.jpg'),
  couple: join(CORPUS, 'face_many/deepface_couple.jpg'),
};

interface Logged {
  type: string;
  detail: {
    overridden?: boolean;
    attempts?: number;
    sha256?: string;
    file?: { name: string };
    report?: Report;
  } & Partial<Report>;
}

describe('<id-precheck> in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    server = await startServer({
      '/generated/12mp.jpg': await twelveMegapixelJpeg('document'),
      '/generated/12mp-portrait.jpg': await twelveMegapixelJpeg('selfie'),
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The widget page with these attributes on the element, ready to take a file. */
  async function open(attributes: Record<string, string> = {}, width = 1024): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${server.origin}/widget.html?${new URLSearchParams(attributes)}`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    return page;
  }

  /** Gives the widget a file through its own file input, as a user picking it would, and waits for the verdict. */
  async function pick(page: Page, file: string): Promise<Report> {
    const before = await events(page).then((list) => list.length);
    await page.locator('id-precheck').locator('input[part="file-input"]').setInputFiles(file);
    await page.waitForFunction(
      (count) =>
        (window as unknown as { events: Logged[] }).events.filter((e) => e.type === 'precheck-result').length > count,
      before === 0 ? 0 : (await events(page)).filter((e) => e.type === 'precheck-result').length,
      { timeout: 60_000 },
    );
    const results = (await events(page)).filter((e) => e.type === 'precheck-result');
    return results.at(-1)!.detail as Report;
  }

  const events = (page: Page): Promise<Logged[]> =>
    page.evaluate(() => (window as unknown as { events: Logged[] }).events);

  /** The text a user sees in the widget's hints. */
  const hints = (page: Page): Promise<string[]> =>
    page.locator('id-precheck').locator('[part~="issue"]').allInnerTexts();

  it('gets the worker ready (face model included) as soon as the user presses the picker button, before a photo comes', async () => {
    const page = await open();
    const model = () =>
      server.requests.filter((path) => path.endsWith('face_detection_back_256x256_barracuda.onnx')).length;
    const before = model();
    const worker = page.waitForEvent('worker');
    // The press alone (a file picker would open on the click): no file is chosen.
    await page
      .locator('id-precheck')
      .locator('[part~="choose-button"]')
      .dispatchEvent('pointerdown', { bubbles: true, composed: true });
    await worker;
    await expect.poll(model, { timeout: 20_000 }).toBe(before + 1);
    // The photo that then comes is checked by the readied worker, with its usual verdict.
    await page.locator('id-precheck').locator('input[part="file-input"]').setInputFiles(PHOTOS.good);
    await page.waitForFunction(() =>
      (window as unknown as { events: Logged[] }).events.some((event) => event.type === 'precheck-result'),
    );
    const verdict = await page.evaluate(() => (window as unknown as { events: Logged[] }).events[0]!.detail.verdict);
    expect(verdict).not.toBe('fail');
    expect(model()).toBe(before + 1);
    await page.close();
  }, 120_000);

  it('accepts a good photo with the very same file, and passes axe in the empty and accepted states', async () => {
    const page = await open();
    expect(await axeViolations(page)).toEqual([]);
    const report = await pick(page, PHOTOS.good);
    expect(report.verdict).toBe('pass');
    await page.waitForFunction(() =>
      (window as unknown as { events: Logged[] }).events.some((e) => e.type === 'precheck-accept'),
    );
    const accept = (await events(page)).find((e) => e.type === 'precheck-accept')!;
    expect(accept.detail.sha256).toBe(createHash('sha256').update(readFileSync(PHOTOS.good)).digest('hex'));
    expect(accept.detail.file?.name).toBe('midvd_01_02_01.jpg');
    expect(accept.detail).toMatchObject({ overridden: false, attempts: 1 });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows the glare hint and a box over the glare where the report puts it', async () => {
    const page = await open();
    const report = await pick(page, PHOTOS.glare);
    const glare = report.issues.find((issue) => issue.code === 'glare')!;
    expect(glare.facts).toEqual({ glare: 'spot' });
    expect((await hints(page)).join(' ')).toMatch(
      /Tilt the card to get rid of the reflection at the (top|bottom|left|right|middle)/,
    );
    // The box sits over the same share of the preview as the region of the photo.
    const placed = await page.evaluate(() => {
      const root = document.querySelector('id-precheck')!.shadowRoot!;
      const canvas = root.querySelector('canvas')!.getBoundingClientRect();
      const box = root.querySelector('[part~="region-glare"]')!.getBoundingClientRect();
      return {
        x: (box.x - canvas.x) / canvas.width,
        y: (box.y - canvas.y) / canvas.height,
        w: box.width / canvas.width,
      };
    });
    expect(placed.x).toBeCloseTo(glare.region!.x / report.image.width, 2);
    expect(placed.y).toBeCloseTo(glare.region!.y / report.image.height, 2);
    expect(placed.w).toBeCloseTo(glare.region!.width / report.image.width, 2);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows a failing document before its portrait is looked for, then adds the portrait hint', async () => {
    // A fresh page: the face model is fetched and compiled during this first check.
    const page = await open();
    await page.evaluate(() => {
      const root = document.querySelector('id-precheck')!.shadowRoot!;
      const seen: { status: string; hints: string[]; results: number; busy: string }[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        const status = root.querySelector('[part~="status"]')?.className ?? '';
        const hints = [...root.querySelectorAll('[part~="issue"]')].map((node) => node.getAttribute('data-code')!);
        const results = (window as unknown as { events: Logged[] }).events.length;
        const busy = root.querySelector('.announced')?.getAttribute('aria-busy') ?? '';
        seen.push({ status, hints, results, busy });
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const gray = join(CORPUS, 'doc_gray/pe_100_id-usa.jpg');
    const report = await pick(page, gray);
    expect(report.verdict).toBe('fail');
    expect(report.pending).toBeUndefined();
    expect(report.issues.map((issue) => issue.code)).toContain('no_portrait');
    const seen = await page.evaluate(
      () => (window as unknown as { seen: { status: string; hints: string[]; results: number; busy: string }[] }).seen,
    );
    // Before precheck-result: the failed verdict and its hints, without the portrait's.
    const early = seen.find((state) => state.results === 0 && state.status.includes('fail') && state.hints.length > 0);
    expect(early?.hints).toContain('grayscale');
    expect(early?.hints).not.toContain('no_portrait');
    // Screen readers wait for the complete result.
    expect(early?.busy).toBe('true');
    expect(seen.at(-1)?.busy).toBe('false');
    expect(await hints(page)).toHaveLength(report.issues.length);
    await page.close();
  }, 120_000);

  it('names the side a cut-off card runs past', async () => {
    const page = await open();
    const report = await pick(page, PHOTOS.cut);
    expect(report.issues.find((issue) => issue.code === 'cropped')?.facts?.cutSides).toEqual(['left']);
    expect((await hints(page)).join(' ')).toContain('The left edge is outside the photo');
    await page.close();
  }, 120_000);

  it('says a selfie shows two people, and passes axe while checking', async () => {
    const page = await open({ kind: 'selfie' });
    await page.addScriptTag({ path: AXE });
    await page.locator('id-precheck').locator('input[part="file-input"]').setInputFiles(PHOTOS.couple);
    await page.locator('id-precheck').locator('[part~="spinner"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const report = await pick(page, PHOTOS.couple);
    expect(report.kind).toBe('selfie');
    expect((await hints(page)).join(' ')).toContain('We see 2 people');
    await page.close();
  }, 120_000);

  it('offers "use this photo anyway" after max-attempts failed tries, and marks the accept as overridden', async () => {
    const page = await open({ 'max-attempts': '2' });
    const anyway = page.locator('id-precheck').locator('[part~="anyway-button"]');
    await pick(page, PHOTOS.glare);
    expect(await anyway.isVisible()).toBe(false);
    await pick(page, PHOTOS.cut);
    expect(await anyway.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await anyway.press('Enter'); // keyboard only
    await page.waitForFunction(() =>
      (window as unknown as { events: Logged[] }).events.some((e) => e.type === 'precheck-accept'),
    );
    const accept = (await events(page)).find((e) => e.type === 'precheck-accept')!;
    expect(accept.detail).toMatchObject({ overridden: true, attempts: 2 });
    expect(accept.detail.sha256).toBe(createHash('sha256').update(readFileSync(PHOTOS.cut)).digest('hex'));
    await page.close();
  }, 120_000);

  it('tells what to do with a password-protected PDF or an iPhone HEIC file, and does not count it as a try', async () => {
    const page = await open({ 'max-attempts': '1' });
    const input = page.locator('id-precheck').locator('input[part="file-input"]');
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(64)]);
    const files = [
      {
        name: 'scan.pdf',
        mimeType: 'application/pdf',
        buffer: readFileSync(join(ROOT, 'test-images/pdf_encrypted_06.pdf')),
      },
      { name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: heic },
    ];
    const said: string[] = [];
    for (const [index, file] of files.entries()) {
      await input.setInputFiles(file);
      await page.waitForFunction(
        (count) =>
          (window as unknown as { events: Logged[] }).events.filter((e) => e.type === 'precheck-result').length > count,
        index,
      );
      said.push((await hints(page)).join(' '));
    }
    expect(said[0]).toContain('This PDF is protected by a password. Upload a photo instead');
    expect(said[1]).toContain('iPhone HEIC photos cannot be checked here');
    // Neither is a failed try, so "use this photo anyway" (after 1 try here) is not offered.
    expect(await page.locator('id-precheck').locator('[part~="anyway-button"]').isVisible()).toBe(false);
    await page.close();
  }, 120_000);

  it('checks a document without its portrait when the face model cannot load, and says so', async () => {
    const page = await open({ 'assets-url': '/no-such-folder/' }); // the face models cannot load
    const report = await pick(page, PHOTOS.glare);
    expect(report.skipped).toEqual(['portrait']);
    expect(report.verdict).toBe('fail');
    expect(report.issues.map((issue) => issue.code)).toContain('glare');
    expect((await events(page)).some((e) => e.type === 'precheck-error')).toBe(false);
    await page.close();
  }, 120_000);

  it('lets the user send the photo anyway when the check cannot run, and reports why', async () => {
    // A selfie cannot be checked without its face model.
    const page = await open({ 'assets-url': '/no-such-folder/', kind: 'selfie' });
    await page.locator('id-precheck').locator('input[part="file-input"]').setInputFiles(PHOTOS.couple);
    await page.waitForFunction(() =>
      (window as unknown as { events: Logged[] }).events.some((e) => e.type === 'precheck-error'),
    );
    const error = (await events(page)).find((e) => e.type === 'precheck-error')!;
    expect(error.detail).toMatchObject({ code: 'check_failed' });
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('id-precheck').locator('[part~="anyway-button"]').click();
    await page.waitForFunction(() =>
      (window as unknown as { events: Logged[] }).events.some((e) => e.type === 'precheck-accept'),
    );
    const accept = (await events(page)).find((e) => e.type === 'precheck-accept')!;
    expect(accept.detail).toMatchObject({ overridden: true, attempts: 1 });
    expect(accept.detail.report?.issues?.[0]?.code).toBe('unreadable');
    await page.close();
  }, 120_000);

  it('keeps properties a framework set before the element was defined, and can skip the portrait check', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/widget.html?defer=1`);
    await page.evaluate(async () => {
      const element = document.getElementById('widget') as unknown as { options: object; faces: unknown };
      element.options = { preset: 'strict' };
      element.faces = false;
      await (window as unknown as { loadWidget(): Promise<void> }).loadWidget();
    });
    expect(
      await page.locator('id-precheck').evaluate((element) => (element as unknown as { options: object }).options),
    ).toEqual({
      preset: 'strict',
    });
    const report = await pick(page, PHOTOS.good);
    expect(report.scores.portraitScore).toBeUndefined(); // no face detector ran
    expect(report.scores.edgeWidth).toBeDefined();
    await page.close();
  }, 120_000);

  it('takes a dropped and a pasted photo, and keeps the main thread free while a 12 MP photo is previewed and checked', async () => {
    const page = await open();
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as { events: Logged[]; longTasks: number[] };
      const widget = document.querySelector('id-precheck')!;
      const blob = await (await fetch('/generated/12mp.jpg')).blob();
      const file = new File([blob], '12mp.jpg', { type: 'image/jpeg' });
      const results = (): number => w.events.filter((event) => event.type === 'precheck-result').length;
      const settled = (count: number): Promise<void> =>
        new Promise((resolve) => {
          const poll = (): unknown => (results() > count ? resolve() : setTimeout(poll, 50));
          poll();
        });
      w.longTasks.length = 0;
      const dropped = new DataTransfer();
      dropped.items.add(file);
      widget.dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
      await settled(0);
      // The preview and the check run side by side in the worker: either may finish first.
      const canvas = widget.shadowRoot!.querySelector('canvas')!;
      for (let waited = 0; canvas.width === 0 && waited < 10_000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const longTasks = [...w.longTasks];
      const preview = [canvas.width, canvas.height];
      const portrait = await (await fetch('/generated/12mp-portrait.jpg')).blob();
      const pasted = new DataTransfer();
      pasted.items.add(new File([portrait], 'pasted.jpg', { type: 'image/jpeg' }));
      widget.dispatchEvent(new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true, cancelable: true }));
      await settled(1);
      longTasks.push(...w.longTasks);
      return { results: results(), longTasks, preview };
    });
    expect(outcome.results).toBe(2);
    expect(outcome.preview).toEqual([960, 720]); // decoded small, off the main thread
    expect(outcome.longTasks.filter((ms) => ms > 50)).toEqual([]);
    await page.close();
  }, 120_000);

  it.each([
    ['zh-Hant', /[\u4e00-\u9fff]/],
    ['zh-Hans', /[\u4e00-\u9fff]/],
    ['ar', /[\u0600-\u06ff]/],
  ])(
    'speaks %s completely (no English left), right to left for Arabic',
    async (lang, script) => {
      const page = await open({ lang, 'max-attempts': '1' });
      await pick(page, PHOTOS.glare);
      const text = await page.locator('id-precheck').evaluate((element) => {
        const root = element.shadowRoot!;
        const visible = [...root.querySelectorAll<HTMLElement>('p, li, button, label')].filter(
          (node) => !node.hidden && node.offsetParent !== null,
        );
        return visible.map((node) => node.innerText).join('\n');
      });
      expect(text).toMatch(script);
      const english = text.replace(/\b(JPEG|PNG|WebP|PDF|HEIC|TIFF|iPhone)\b/g, '').match(/[A-Za-z]{2,}/g);
      expect(english, text).toBeNull();
      const direction = await page
        .locator('id-precheck')
        .evaluate((element) => getComputedStyle(element.shadowRoot!.querySelector('.container')!).direction);
      expect(direction).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    120_000,
  );
});
