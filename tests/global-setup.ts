import { execFileSync } from 'node:child_process';

/**
 * The CLI tests run the real bin, which runs dist/, the browser tests load dist/browser, and the
 * package test type-checks against the built declarations: build them all (`npm run build`) so no
 * test sees stale code.
 */
export default function setup(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}
