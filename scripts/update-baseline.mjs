#!/usr/bin/env node
// Records the corpus accuracy baseline that tests/corpus/eval-baseline.test.ts guards:
// runs `id-precheck eval ../shared/corpus/manifest.csv --json` and writes tests/baseline/corpus-eval.json.
// Run after a deliberate change of a check or threshold (npm run baseline), and commit the result.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { regressions, toBaseline } from '../dist/eval/baseline.js';

const output = execFileSync(
  process.execPath,
  ['bin/id-precheck.js', 'eval', '../shared/corpus/manifest.csv', '--json'],
  {
    maxBuffer: 64 * 1024 * 1024,
  },
);
const result = JSON.parse(output.toString());
const baseline = { manifest: '../shared/corpus/manifest.csv', images: result.images, ...toBaseline(result) };
const path = 'tests/baseline/corpus-eval.json';
if (existsSync(path)) {
  // Recording a worse baseline must be a decision, not an accident: say what got worse.
  const worse = regressions(JSON.parse(readFileSync(path, 'utf8')), baseline);
  for (const line of worse) console.warn(`worse than the recorded baseline: ${line}`);
}
writeFileSync(path, JSON.stringify(baseline, null, 2) + '\n');
console.log(`wrote ${path}`);
