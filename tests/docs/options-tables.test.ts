import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firstDifference,
  firstSentence,
  helpPage,
  optionPages,
  PAGES,
  readOptions,
  type OptionPage,
} from '../../scripts/docs.mjs';
import { DEFAULT_OPTIONS, OPTION_PATHS, PRESETS } from '../../src/core/options.js';

const ROOT = new URL('../..', import.meta.url).pathname;

/** The generated option tables in docs/ (`npm run docs`) must match src/core/options. */
describe('option tables in docs/', () => {
  let pages: OptionPage[];
  let errors: string[];
  beforeAll(async () => ({ pages, errors } = await optionPages(ROOT)));

  it('are what `npm run docs` writes', () => {
    expect(errors).toEqual([]);
    const stale = pages
      .filter((page) => page.current !== page.expected)
      .map(
        (page) => `${page.file} is out of date, run \`npm run docs\`; ${firstDifference(page.current, page.expected)}`,
      );
    expect(stale).toEqual([]);
  });

  it('list every option once, with the values the code uses', () => {
    const { options } = readOptions(ROOT);
    expect(options.map((option) => option.path).sort()).toEqual([...OPTION_PATHS].sort());
    const value = (source: object, path: string): unknown =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], source);
    for (const option of options) {
      expect(option.balanced, option.path).toBe(value(DEFAULT_OPTIONS, option.path));
      expect(option.strict, option.path).toBe(value(PRESETS.strict, option.path) ?? option.balanced);
      expect(option.lenient, option.path).toBe(value(PRESETS.lenient, option.path) ?? option.balanced);
    }
    const tables = pages.map((page) => page.expected).join('\n');
    const rowsOf = (path: string): number =>
      tables.split('\n').filter((line) => line.startsWith(`| \`${path}\` `)).length;
    for (const path of OPTION_PATHS) expect(rowsOf(path), path).toBe(1);
    expect(Object.keys(PAGES)).toContain('general');
  });

  it("give the demo page every option's first sentence (src/demo/option-help.json, written by `npm run docs`)", async () => {
    const page = await helpPage(ROOT);
    expect(page.current, firstDifference(page.current, page.expected)).toBe(page.expected);
    expect(Object.keys(JSON.parse(page.expected)).sort()).toEqual([...OPTION_PATHS].sort());
    expect(firstSentence('Share of the image (e.g. a card). Corpus: 0.5.')).toBe('Share of the image (e.g. a card).');
    expect(firstSentence('At least this bright… Corpus: 245.')).toBe('At least this bright…');
    expect(firstSentence('No full stop')).toBe('No full stop');
  });

  describe('in a copy of the project whose docs were edited by hand', () => {
    let copy: string;
    beforeAll(async () => {
      copy = mkdtempSync(join(tmpdir(), 'idp-docs-'));
      for (const folder of ['docs', 'src/core/options'])
        cpSync(join(ROOT, folder), join(copy, folder), { recursive: true });
      for (const file of ['README.md', 'src/core/options.ts', '.prettierrc.json']) {
        cpSync(join(ROOT, file), join(copy, file));
      }
      // Start from up-to-date tables, whatever state the project's own docs are in.
      for (const page of (await optionPages(copy)).pages) writeFileSync(join(copy, page.file), page.expected);
    });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    const edit = (file: string, from: string, to: string): void => {
      const text = readFileSync(join(copy, file), 'utf8');
      expect(text, `${file} contains ${from}`).toContain(from);
      writeFileSync(join(copy, file), text.replace(from, to));
    };

    it('notices a changed number in a table', async () => {
      edit('docs/checks/blur.md', '| `blur.maxEdgeWidth` | 3.15 ', '| `blur.maxEdgeWidth` | 4.2 ');
      const stale = (await optionPages(copy)).pages.filter((page) => page.current !== page.expected);
      expect(stale.map((page) => page.file)).toEqual(['docs/checks/blur.md']);
      expect(firstDifference(stale[0]!.current, stale[0]!.expected)).toMatch(
        /committed: .*4\.2.*\n.*generated: .*3\.15/,
      );
    });

    it('notices prose that states a default that is not the default', async () => {
      edit('docs/checks/exposure.md', '`exposure.darkP95` = 80', '`exposure.darkP95` = 90');
      const { errors } = await optionPages(copy);
      expect(errors).toEqual([expect.stringMatching(/^docs\/checks\/exposure\.md:\d+: says `exposure\.darkP95` = 90/)]);
    });

    it('notices a TSDoc @default that differs from DEFAULT_OPTIONS', async () => {
      edit('src/core/options/document-options.ts', '@default 3.15', '@default 4.3');
      const { errors } = await optionPages(copy);
      expect(errors).toContainEqual('blur.maxEdgeWidth: TSDoc says @default 4.3, DEFAULT_OPTIONS has 3.15');
    });
  });
});
