/** The browser tests launch Chromium the way the browser benchmark does. */
export { CHROMIUM, launchChromium } from '../../scripts/chromium.mjs';
