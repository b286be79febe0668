import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** The CLI tests run the real bin, which runs dist/: build it so no test sees stale code. */
export default function setup(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
