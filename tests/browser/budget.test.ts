import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

const BROWSER = join(ROOT, 'dist/browser');
/** The widget's own JavaScript, gzipped: what a page loads before the first check starts the worker. */
const WIDGET_BUDGET = 30 * 1024;

/** A built module and every module it imports statically, by path below dist/browser. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(BROWSER, file), 'utf8');
  for (const [, specifier] of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    staticGraph(join(dirname(file), specifier!), seen);
  }
  return seen;
}

describe('download budgets (dist/browser, built by the test setup)', () => {
  it(`keeps the widget's own JavaScript under ${WIDGET_BUDGET / 1024} KB gzipped`, () => {
    const files = [...staticGraph('widget.js')];
    expect(files).toContain('widget.js');
    expect(files.some((file) => file.startsWith('chunks/'))).toBe(true); // the prechecker it shares with id-precheck.js
    const gzipped = files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(BROWSER, file)), { level: 9 }).length,
      0,
    );
    console.log(`widget JavaScript: ${files.join(', ')}: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(WIDGET_BUDGET);
    // No model runtime rides along: onnxruntime and TensorFlow.js load in the worker, when a face check needs them.
    for (const file of files) expect(readFileSync(join(BROWSER, file), 'utf8')).not.toMatch(/onnxruntime|tfjs-core/);
  });
});
