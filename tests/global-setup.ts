import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** Written into the generator's folder when it has ended: its exit code and the end of its stderr (JSON). */
export const GENERATOR_EXIT_FILE = '.generator-exit';

/**
 * The CLI tests run the real bin, which runs dist/, the browser tests load dist/browser, and the
 * package test type-checks against the built declarations: build them all (`npm run build`) so no
 * test sees stale code. Then the test-image generator starts in the background (see
 * {@link startImageGenerator}); the teardown stops it if it still runs and removes what it wrote.
 */
export default function setup(project: TestProject): () => Promise<void> {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  const generator = startImageGenerator();
  project.provide('generatedImagesDir', generator.dir);
  return async () => {
    await generator.stop();
    rmSync(generator.dir, { recursive: true, force: true });
  };
}

/**
 * `npm run images` into a temporary folder, started now and not awaited: it is one process on one
 * core for over two minutes, while most test files leave the second core idle; the generator's
 * test (tests/scripts/test-images.test.ts) waits for {@link GENERATOR_EXIT_FILE} and compares.
 * A run that ends first (one test file alone) stops it; so does the end of this process.
 */
function startImageGenerator(): { dir: string; stop(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'idp-images-'));
  const child = spawn(process.execPath, [fileURLToPath(new URL('../scripts/test-images/main.mjs', import.meta.url))], {
    env: { ...process.env, TEST_IMAGES_OUT: dir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let [stopped, ended] = [false, false];
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const kill = (): void => void child.kill();
  process.once('exit', kill);
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  // 'close': the process has ended and its stderr is read to the end. Written whole, then renamed,
  // so the test never reads half a file.
  const report = (code: number | null, error?: Error): void => {
    ended = true;
    process.off('exit', kill);
    if (stopped) return;
    const written = join(dir, `${GENERATOR_EXIT_FILE}.tmp`);
    writeFileSync(written, JSON.stringify({ code, stderr: error ? `${error.message}\n${stderr}` : stderr }));
    renameSync(written, join(dir, GENERATOR_EXIT_FILE));
  };
  child.on('close', (code) => report(code));
  child.on('error', (error) => report(null, error));
  return {
    dir,
    async stop() {
      stopped = true;
      if (ended) return;
      child.kill();
      await closed;
    },
  };
}
