import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { build } from 'vite';

/**
 * The CLI tests run the real bin, which runs dist/, and the browser tests load dist/browser:
 * build both so no test sees stale code.
 */
export default async function setup(): Promise<void> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  await build({ logLevel: 'warn' });
}
