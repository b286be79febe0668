import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/core/checks/index.js';
import { ROOT } from '../cli/run-cli.js';

describe('the code index in src/core/checks/index.ts', () => {
  it('names, for every code a check raises, the file of that check (and no other)', () => {
    const text = readFileSync(join(ROOT, 'src/core/checks/index.ts'), 'utf8');
    const listed = new Map<string, Set<string>>();
    for (const [, codes, files] of text.matchAll(/^ \* - (`[^\n]*?) → ([^\n]*)$/gm)) {
      const checkFiles = [...files!.matchAll(/([\w-]+)\.ts/g)].map((match) => match[1]!);
      for (const [, code] of codes!.matchAll(/`(\w+)`/g)) listed.set(code!, new Set(checkFiles));
    }
    const actual = new Map<string, Set<string>>();
    for (const check of CHECKS) {
      for (const code of check.codes)
        (actual.get(code) ?? actual.set(code, new Set()).get(code)!).add(check.name.replace(/_/g, '-'));
    }
    for (const [code, files] of actual) expect([...(listed.get(code) ?? [])].sort(), code).toEqual([...files].sort());
  });
});
