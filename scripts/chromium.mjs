import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`; `.ci/run` installs it), or `CHROMIUM_PATH`. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium for the browser tests and the browser benchmark. The flags keep it off the
 * network: this machine's network is closed, and background services would otherwise try to
 * reach Google's hosts.
 *
 * `fakeCamera`: a .y4m file (tests/browser/fake-camera.ts makes them) that the browser's only
 * camera plays, looped, at the frame rate in its header (Chromium decodes it as BT.601 limited
 * range). `--use-fake-device-for-media-stream` swaps the real devices for fake ones,
 * `--use-file-for-fake-video-capture` has the camera play the file, and
 * `--use-fake-ui-for-media-stream` accepts the permission prompt: with it no permission need be
 * granted through playwright (`browser.newContext({ permissions: ['camera'] })`); `getUserMedia`
 * succeeds in any context on http://127.0.0.1 or http://localhost (secure contexts), and the
 * `camera` permission reads `granted`. Without it headless Chromium denies the camera at once
 * (NotAllowedError) unless the context grants `camera`. The flags hold for the whole process:
 * every page sees the same file, which Chromium reopens whenever a capture starts, so another
 * video copied over it while no page holds the camera plays from the next `getUserMedia` on.
 *
 * @param {{ fakeCamera?: string }} [options]
 */
export async function launchChromium({ fakeCamera } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  if (fakeCamera !== undefined && !existsSync(fakeCamera))
    throw new Error(`fake camera video not found: ${fakeCamera}`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(fakeCamera === undefined
        ? []
        : [
            '--use-fake-device-for-media-stream',
            '--use-fake-ui-for-media-stream',
            `--use-file-for-fake-video-capture=${fakeCamera}`,
          ]),
    ],
  });
}
