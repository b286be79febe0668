import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the test-image generator started by the global setup writes (see {@link startImageGenerator}). */
    generatedImagesDir: string;
  }
}

/** Written into the generator's folder when it exits: its exit code and the end of its stderr. */
export const GENERATOR_EXIT_FILE = '.generator-exit';

/**
 * The CLI tests run the real bin, which runs dist/, the browser tests load dist/browser, and the
 * package test type-checks against the built declarations: build them all (`npm run build`) so no
 * test sees stale code. Then the test-image generator starts in the background (see
 * {@link startImageGenerator}); the teardown stops it if it still runs and removes what it wrote.
 */
export default function setup(project: TestProject): () => void {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  const generator = startImageGenerator();
  project.provide('generatedImagesDir', generator.dir);
  return () => {
    generator.stop();
    rmSync(generator.dir, { recursive: true, force: true });
  };
}

/**
 * `npm run images` into a temporary folder, started now and not awaited: it is one process on one
 * core for over two minutes, while most test files leave the second core idle; the generator's
 * test (tests/scripts/test-images.test.ts) waits for {@link GENERATOR_EXIT_FILE} and compares.
 */
function startImageGenerator(): { dir: string; stop(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'idp-images-'));
  const child = spawn(process.execPath, [fileURLToPath(new URL('../scripts/test-images/main.mjs', import.meta.url))], {
    env: { ...process.env, TEST_IMAGES_OUT: dir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  child.on('exit', (code, signal) => {
    writeFileSync(join(dir, GENERATOR_EXIT_FILE), JSON.stringify({ code, signal, stderr }));
  });
  return { dir, stop: () => child.exitCode === null && child.kill() };
}
