import type { Browser } from 'playwright-core';

export declare const CHROMIUM: string;
export declare function launchChromium(options?: {
  /** A .y4m file the browser's only camera plays (and loops); see chromium.mjs. */
  fakeCamera?: string;
}): Promise<Browser>;
