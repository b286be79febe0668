/// <reference lib="dom" />
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { ROOT } from '../cli/run-cli.js';
import { axeViolations } from './axe.js';
import { launchChromium } from './chromium.js';
import { CAMERA_SCENARIOS, cameraScenario, showOnFakeCamera, type CameraScenario } from './fake-camera.js';
import { startServer } from './server.js';

interface Logged {
  type: string;
  at: number;
  detail: {
    file?: { name: string; size: number; type: string };
    report?: Report;
    steps?: { step: string; file: { type: string }; report: Report }[];
  } & Partial<Report>;
}
interface Shown {
  hint: string;
  at: number;
}

/** How long a stream is watched for a hint that must never come (a capture of two faces, of a dark room). */
const WATCH_MS = 6000;

/**
 * The live camera in Chromium, its fake camera playing videos made from corpus photos (see
 * fake-camera.ts): the hints each scene calls for, auto-capture on the good scenes only, the
 * front → back → selfie flow, and the camera released.
 */
describe('live camera in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let folder: string;
  /** The file the fake camera plays: a scenario is copied over it before a page opens the camera. */
  let camera: string;
  const videos = new Map<CameraScenario, string>();

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'id-precheck-live-'));
    for (const name of CAMERA_SCENARIOS) videos.set(name, await cameraScenario(name, folder));
    camera = join(folder, 'camera.y4m');
    await copyFile(videos.get('one-face')!, camera);
    server = await startServer();
    browser = await launchChromium({ fakeCamera: camera });
  }, 120_000);

  // A page left open holds the camera, and the next page would share its capture (its video).
  afterEach(async () => {
    for (const page of browser.contexts().flatMap((context) => context.pages())) await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  /** The live test page with the camera playing `scenario`; `query` names the element and its attributes. */
  async function open(scenario: CameraScenario, query: Record<string, string>): Promise<Page> {
    await showOnFakeCamera(videos.get(scenario)!, camera);
    const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
    await page.goto(`${server.origin}/live.html?${new URLSearchParams(query)}`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    return page;
  }

  const events = (page: Page): Promise<Logged[]> =>
    page.evaluate(() => (window as unknown as { events: Logged[] }).events);
  const shown = (page: Page): Promise<Shown[]> => page.evaluate(() => (window as unknown as { hints: Shown[] }).hints);

  /** Waits until the live view has shown `hint`. */
  async function waitForHint(page: Page, hint: string, timeout = 15_000): Promise<void> {
    await page.waitForFunction(
      (wanted) => (window as unknown as { hints: Shown[] }).hints.some((entry) => entry.hint === wanted),
      hint,
      { timeout },
    );
  }

  /** The report of the first photo the widget checked (a captured one here), once there is one. */
  async function firstResult(page: Page): Promise<Report> {
    await page.waitForFunction(
      () => (window as unknown as { events: Logged[] }).events.some((event) => event.type === 'precheck-result'),
      undefined,
      { timeout: 30_000 },
    );
    return (await events(page)).find((event) => event.type === 'precheck-result')!.detail as Report;
  }

  /** The widget's live view, opened with its "Use the camera" button. */
  async function startCamera(page: Page): Promise<void> {
    await page.locator('id-precheck').locator('[part~="live-button"]').click();
    await page.locator('id-precheck').locator('[part="live"]').waitFor({ state: 'visible' });
  }

  it('captures one face by itself, and the captured photo gets the full selfie check', async () => {
    const page = await open('one-face', { kind: 'selfie', live: '' });
    await startCamera(page);
    const report = await firstResult(page);
    expect(report.kind).toBe('selfie');
    expect(report.faces).toHaveLength(1);
    expect(report.issues.map((issue) => issue.code)).not.toContain('no_face');
    expect(report.image.format).toBe('jpeg');
    // The still check runs everything: the frame check never looks at the resolution.
    expect(Object.keys(report.timings)).toContain('resolution');
    expect((await shown(page)).map((entry) => entry.hint)).toContain('ready');
    // Capturing closed the camera.
    const cameraOff = await page.evaluate(() => {
      const video = document.querySelector('id-precheck')!.shadowRoot!.querySelector('video')!;
      return video.srcObject === null;
    });
    expect(cameraOff).toBe(true);
  }, 60_000);

  for (const [scenario, hint] of [
    ['two-faces', 'multiple_faces'],
    ['dark', 'too_dark'],
  ] as const) {
    it(`says ${hint} for ${scenario} and never captures it`, async () => {
      const page = await open(scenario, { kind: 'selfie', live: '' });
      await startCamera(page);
      await waitForHint(page, hint);
      if (scenario === 'two-faces') expect(await axeViolations(page)).toEqual([]);
      await page.waitForTimeout(WATCH_MS);
      expect((await events(page)).filter((event) => event.type === 'precheck-result')).toEqual([]);
      const hints = (await shown(page)).map((entry) => entry.hint);
      expect(hints).not.toContain('ready');
      // The hint escalates to its more concrete wording while the scene stays the same.
      const text = await page.locator('id-precheck').locator('[part="live-hint"]').innerText();
      expect(text.length).toBeGreaterThan(0);
    }, 60_000);
  }

  it('asks for a face when there is none', async () => {
    const page = await open('no-face', { kind: 'selfie', live: '' });
    await startCamera(page);
    await waitForHint(page, 'no_face');
    await page.waitForTimeout(3000);
    expect((await events(page)).filter((event) => event.type === 'precheck-result')).toEqual([]);
  }, 60_000);

  it('follows a face drifting out of the frame (the session API, auto-capture off)', async () => {
    const page = await open('face-drifting', { element: 'none' });
    await page.evaluate(() =>
      (window as unknown as { startSession(kind: string, settings: object): Promise<void> }).startSession('selfie', {
        autoCapture: false,
      }),
    );
    // The video loops: centred, drifting left until the face is cut and then gone, centred again.
    await page.waitForFunction(
      () => {
        const hints = (window as unknown as { guidance: { hint: string }[] }).guidance.map((step) => step.hint);
        return hints.lastIndexOf('no_face') > hints.indexOf('face_cut_off') && hints.includes('face_cut_off');
      },
      undefined,
      { timeout: 25_000 },
    );
    const guidance = await page.evaluate(
      () => (window as unknown as { guidance: { hint: string; frameHint: string }[] }).guidance,
    );
    const frames = guidance.map((step) => step.frameHint);
    const centred = frames.indexOf('ready');
    const drifting = frames.findIndex((hint, index) => index > centred && /face_off_centre|face_cut_off/.test(hint));
    const gone = frames.findIndex((hint, index) => index > drifting && hint === 'no_face');
    expect(centred).toBeGreaterThanOrEqual(0);
    expect(drifting).toBeGreaterThan(centred);
    expect(gone).toBeGreaterThan(drifting);
    expect(await page.evaluate(() => (window as unknown as { captures: unknown[] }).captures)).toEqual([]);
  }, 60_000);

  it('waits for a moving card to hold still, then captures it sharp', async () => {
    const page = await open('card-moving-then-steady', { kind: 'document', live: '' });
    await startCamera(page);
    const report = await firstResult(page);
    expect(report.kind).toBe('document');
    expect(report.document?.corners).not.toBeNull();
    const codes = report.issues.map((issue) => issue.code);
    expect(codes).not.toContain('blurry');
    expect(codes).not.toContain('cropped');
  }, 60_000);

  it('completes the front → back → selfie flow, the back without a portrait check', async () => {
    const page = await open('one-face', { element: 'id-precheck-flow', steps: 'front,back,selfie', live: '' });
    const step = page.locator('id-precheck-flow').locator('[part="flow-step"]');
    expect(await step.innerText()).toContain('1 of 3');
    const input = page.locator('id-precheck-flow').locator('id-precheck').locator('input[part="file-input"]');
    await input.setInputFiles(join(ROOT, 'test-images/doc_good_wood_card_01.jpg'));
    await page.waitForFunction(
      () => document.querySelector('id-precheck-flow')!.shadowRoot!.textContent!.includes('2 of 3'),
      undefined,
      {
        timeout: 30_000,
      },
    );
    expect(await page.locator('id-precheck-flow').locator('[part="flow-note"]').innerText()).toMatch(
      /turn the card over/,
    );
    await input.setInputFiles(join(ROOT, 'test-images/doc_good_table_card_02.jpg'));
    // The selfie step opens the camera by itself (the flow is live), and the one-face scene captures.
    await page.waitForFunction(
      () => (window as unknown as { events: Logged[] }).events.some((event) => event.type === 'precheck-flow-complete'),
      undefined,
      { timeout: 45_000 },
    );
    const complete = (await events(page)).find((event) => event.type === 'precheck-flow-complete')!;
    const steps = complete.detail.steps!;
    expect(steps.map((entry) => entry.step)).toEqual(['front', 'back', 'selfie']);
    expect(steps.map((entry) => entry.report.kind)).toEqual(['document', 'document', 'selfie']);
    expect(Object.keys(steps[0]!.report.timings)).toContain('portrait');
    expect(Object.keys(steps[1]!.report.timings)).not.toContain('portrait');
    expect(steps[2]!.file.type).toBe('image/jpeg');
    expect(await page.locator('id-precheck-flow').locator('[part="flow-done"]').isVisible()).toBe(true);
  }, 90_000);

  it('releases the camera on destroy() and when the page is left', async () => {
    const page = await open('no-face', { kind: 'selfie', live: '' });
    for (const leave of ['destroy', 'pagehide'] as const) {
      await startCamera(page);
      const state = await page.evaluate(async (how) => {
        const element = document.querySelector('id-precheck') as HTMLElement & { destroy(): void };
        const video = element.shadowRoot!.querySelector('video')!;
        while (!(video.srcObject instanceof MediaStream)) await new Promise((resolve) => setTimeout(resolve, 50));
        const track = video.srcObject.getVideoTracks()[0]!;
        const before = track.readyState;
        if (how === 'destroy') element.destroy();
        else window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
        return { before, after: track.readyState, srcObject: video.srcObject === null };
      }, leave);
      expect(state).toEqual({ before: 'live', after: 'ended', srcObject: true });
    }
  }, 60_000);

  it('says why when the camera is refused, and keeps the file picker', async () => {
    const page = await open('no-face', { kind: 'selfie', live: '' });
    await page.evaluate(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.locator('id-precheck').locator('[part~="live-button"]').click();
    const error = page.locator('id-precheck').locator('[part="live-error"]');
    await error.waitFor({ state: 'visible' });
    expect(await error.innerText()).toMatch(/camera is blocked/i);
    expect(await page.locator('id-precheck').locator('[part~="choose-button"]').isVisible()).toBe(true);
  }, 30_000);
});
