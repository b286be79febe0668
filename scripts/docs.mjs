#!/usr/bin/env node
// Writes the option tables in docs/ from the source of truth: the TSDoc of the option interfaces
// (src/core/options/*.ts and the top-level fields of PrecheckOptions in src/core/options.ts) and
// the values of DEFAULT_OPTIONS and PRESETS in src/core/options.ts and OPTION_RANGES in
// src/core/options/ranges.ts, read with
// the TypeScript compiler API (no build needed). Each table replaces what lies between
//   <!-- options:GROUP:start -->  and  <!-- options:GROUP:end -->
// in the page PAGES names for that option group. It also writes src/demo/option-help.json, the
// first sentence of each option's TSDoc by dotted path, which the demo page's threshold panel shows.
//
//   npm run docs              rewrite the tables
//   npm run docs -- --check   exit 1 when a committed table differs from what would be written
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const ROOT = new URL('..', import.meta.url).pathname;

/** Where each option group is documented; `general` holds the top-level options. */
export const PAGES = {
  general: 'docs/options.md',
  grayscale: 'docs/checks/grayscale.md',
  exposure: 'docs/checks/exposure.md',
  resolution: 'docs/checks/resolution.md',
  screenshot: 'docs/checks/screenshot.md',
  recapture: 'docs/checks/screen-recapture.md',
  framing: 'docs/checks/framing.md',
  blur: 'docs/checks/blur.md',
  glare: 'docs/checks/glare.md',
  shadow: 'docs/checks/shadow.md',
  scanOrCopy: 'docs/checks/scan-or-copy.md',
  faces: 'docs/checks/faces.md',
  faceQuality: 'docs/checks/face-quality.md',
  portrait: 'docs/checks/portrait.md',
};

const OPTIONS_FILE = 'src/core/options.ts';
const RANGES_FILE = 'src/core/options/ranges.ts';
const INTERFACE_FILES = [
  'src/core/options/document-options.ts',
  'src/core/options/paper-light-options.ts',
  'src/core/options/screen-options.ts',
  'src/core/options/face-options.ts',
  OPTIONS_FILE,
];

/**
 * @typedef {object} OptionDoc
 * @property {string} path dotted option path, e.g. `blur.maxEdgeWidth`
 * @property {string} group key in {@link PAGES}
 * @property {string} description the TSDoc text on one line, without tags
 * @property {number} balanced
 * @property {number} lenient
 * @property {number} strict
 * @property {readonly [number, number, ('integer' | undefined)?]} range
 */

function parse(root, file) {
  return ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The value of a constant made of object, array, number and string literals (`deepFreeze(…)`, `as const` unwrapped). */
function literalValue(node, file) {
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) {
    return literalValue(node.expression, file);
  }
  if (ts.isCallExpression(node) && node.arguments.length === 1) return literalValue(node.arguments[0], file);
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    return -literalValue(node.operand, file);
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((element) => literalValue(element, file));
  if (ts.isObjectLiteralExpression(node)) {
    return Object.fromEntries(
      node.properties.map((property) => {
        if (!ts.isPropertyAssignment(property)) throw new Error(`${file}: unexpected ${ts.SyntaxKind[property.kind]}`);
        const name = ts.isIdentifier(property.name) ? property.name.text : literalValue(property.name, file);
        return [name, literalValue(property.initializer, file)];
      }),
    );
  }
  throw new Error(`${file}: cannot read ${ts.SyntaxKind[node.kind]} "${node.getText()}" as a literal`);
}

/** Top-level `const` initialisers of a source file, by name. */
function constants(source) {
  const found = new Map();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer) {
        found.set(declaration.name.text, declaration.initializer);
      }
    }
  }
  return found;
}

/**
 * The TSDoc of a declaration on one line: text without tags, `{@link name}` as code (`qualify`
 * turns a sibling option's name into its dotted path), plus its `@default`.
 */
function tsdoc(node, qualify) {
  const doc = ts.getJSDocCommentsAndTags(node).find((entry) => ts.isJSDoc(entry));
  if (!doc) return { text: '', defaultValue: undefined };
  const text = (ts.getTextOfJSDocComment(doc.comment) ?? '')
    .replace(/\{@link(?:code|plain)?\s+([^}\s|]+)[^}]*\}/g, (_link, name) => `\`${qualify(name)}\``)
    .replace(/\s+/g, ' ')
    .trim();
  const tag = (doc.tags ?? []).find((entry) => entry.tagName.text === 'default');
  const defaultText = tag ? ts.getTextOfJSDocComment(tag.comment)?.trim() : undefined;
  return { text, defaultValue: defaultText === undefined ? undefined : Number(defaultText.replace(/_/g, '')) };
}

/** Every documented option, in declaration order, with its values; `errors` lists what does not add up. */
export function readOptions(root = ROOT) {
  const interfaces = new Map();
  for (const file of INTERFACE_FILES) {
    const source = parse(root, file);
    for (const statement of source.statements) {
      if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
    }
  }
  const values = constants(parse(root, OPTIONS_FILE));
  const read = (name) => {
    const node = values.get(name);
    if (!node) throw new Error(`${OPTIONS_FILE}: no constant ${name}`);
    return literalValue(node, OPTIONS_FILE);
  };
  const defaults = read('DEFAULT_OPTIONS');
  const presets = read('PRESETS');
  const rangesNode = constants(parse(root, RANGES_FILE)).get('OPTION_RANGES');
  if (!rangesNode) throw new Error(`${RANGES_FILE}: no constant OPTION_RANGES`);
  const ranges = literalValue(rangesNode, RANGES_FILE);

  const errors = [];
  /** @type {OptionDoc[]} */
  const options = [];
  const add = (path, group, member) => {
    const [groupKey, key] = path.includes('.') ? path.split('.') : [undefined, path];
    const siblings = groupKey === undefined ? defaults : defaults[groupKey];
    const qualify = (name) =>
      groupKey !== undefined && Object.hasOwn(siblings ?? {}, name) ? `${groupKey}.${name}` : name;
    const { text, defaultValue } = tsdoc(member, qualify);
    const pick = (source) => (groupKey === undefined ? source?.[key] : source?.[groupKey]?.[key]);
    const balanced = pick(defaults);
    if (typeof balanced !== 'number') errors.push(`${path}: no value in DEFAULT_OPTIONS`);
    if (text === '') errors.push(`${path}: no TSDoc`);
    if (defaultValue === undefined) errors.push(`${path}: no @default in its TSDoc`);
    else if (defaultValue !== balanced) {
      errors.push(`${path}: TSDoc says @default ${defaultValue}, DEFAULT_OPTIONS has ${balanced}`);
    }
    if (!ranges[path]) errors.push(`${path}: no range in ${RANGES_FILE}`);
    options.push({
      path,
      group,
      description: text,
      balanced,
      lenient: pick(presets.lenient) ?? balanced,
      strict: pick(presets.strict) ?? balanced,
      range: ranges[path] ?? [NaN, NaN],
    });
  };

  const top = interfaces.get('PrecheckOptions');
  if (!top) throw new Error(`${OPTIONS_FILE}: no interface PrecheckOptions`);
  for (const member of top.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const name = member.name.getText();
    const type = member.type;
    if (ts.isTypeReferenceNode(type) && interfaces.has(type.typeName.getText())) {
      for (const field of interfaces.get(type.typeName.getText()).members) {
        if (ts.isPropertySignature(field)) add(`${name}.${field.name.getText()}`, name, field);
      }
    } else {
      add(name, 'general', member);
    }
  }
  const documented = new Set(options.map((option) => option.path));
  for (const path of Object.keys(ranges)) {
    if (!documented.has(path)) errors.push(`${path}: has a range but is not a field of an options interface`);
  }
  for (const group of new Set(options.map((option) => option.group))) {
    if (!PAGES[group]) errors.push(`option group "${group}" has no page in scripts/docs.mjs PAGES`);
  }
  return { options, errors };
}

const format = (value) => (Number.isFinite(value) ? String(value) : '?');

/** The markdown table of one option group, formatted as Prettier formats the page around it. */
export async function renderTable(options, root = ROOT) {
  const cell = (text) => text.replace(/\|/g, '\\|');
  const rows = options.map((option) => {
    const [min, max, integer] = option.range;
    const range = `${format(min)}–${format(max)}${integer ? ', integer' : ''}`;
    const values = [option.balanced, option.lenient, option.strict].map(format);
    return `| \`${option.path}\` | ${values.join(' | ')} | ${range} | ${cell(option.description)} |`;
  });
  const table = [
    '| option | balanced (default) | lenient | strict | allowed | what it sets |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  const config = (await prettier.resolveConfig(join(root, 'docs/options.md'))) ?? {};
  return (await prettier.format(table, { ...config, parser: 'markdown' })).trimEnd();
}

const markers = (group) => [`<!-- options:${group}:start -->`, `<!-- options:${group}:end -->`];

/** `text` with the block of `group` replaced by `table`; throws when the markers are missing. */
export function replaceBlock(text, group, table, file = 'the page') {
  const [start, end] = markers(group);
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: missing "${start}" … "${end}"`);
  return `${text.slice(0, from + start.length)}\n\n${table}\n\n${text.slice(to)}`;
}

/**
 * What every page with option tables holds now and what it should hold.
 * @returns {Promise<{ pages: { file: string, current: string, expected: string }[], errors: string[] }>}
 */
export async function optionPages(root = ROOT) {
  const { options, errors } = readOptions(root);
  const pages = [];
  for (const file of [...new Set(Object.values(PAGES))]) {
    const current = readFileSync(join(root, file), 'utf8');
    let expected = current;
    for (const [group, page] of Object.entries(PAGES)) {
      if (page !== file) continue;
      const members = options.filter((option) => option.group === group);
      if (members.length === 0) {
        errors.push(`${file}: option group "${group}" has no options`);
        continue;
      }
      try {
        expected = replaceBlock(expected, group, await renderTable(members, root), file);
      } catch (error) {
        errors.push(error.message);
      }
    }
    for (const match of expected.matchAll(/<!-- options:([\w-]+):start -->/g)) {
      if (PAGES[match[1]] !== file) errors.push(`${file}: markers of unknown option group "${match[1]}"`);
    }
    pages.push({ file, current, expected });
  }
  errors.push(...proseErrors(root, options));
  return { pages, errors };
}

/** Where the demo page reads each option's one-line help. */
export const HELP_FILE = 'src/demo/option-help.json';

/** The first sentence of a TSDoc text: up to a `.` or `…` followed by a new sentence (`e.g. x` goes on). */
export function firstSentence(text) {
  return text.match(/^.*?[.…](?=\s+[A-Z(`"]|$)/)?.[0] ?? text;
}

/**
 * What {@link HELP_FILE} holds now and what it should hold: every option's dotted path and the first
 * sentence of its TSDoc, formatted as Prettier formats JSON.
 * @returns {Promise<{ file: string, current: string, expected: string }>}
 */
export async function helpPage(root = ROOT) {
  const { options } = readOptions(root);
  const help = Object.fromEntries(options.map((option) => [option.path, firstSentence(option.description)]));
  const config = (await prettier.resolveConfig(join(root, HELP_FILE))) ?? {};
  const expected = await prettier.format(JSON.stringify(help), { ...config, parser: 'json' });
  const file = join(root, HELP_FILE);
  return { file: HELP_FILE, current: existsSync(file) ? readFileSync(file, 'utf8') : '', expected };
}

/** README.md and every page under docs/, relative to `root`. */
function markdownFiles(root) {
  const pages = readdirSync(join(root, 'docs'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .map((file) => join('docs', file));
  return ['README.md', ...pages.sort()];
}

/**
 * Prose that states an option's balanced value as `` `group.option` = value `` must state the
 * default: such numbers are written by hand, so they are checked here.
 */
export function proseErrors(root, options) {
  const balanced = new Map(options.map((option) => [option.path, option.balanced]));
  const errors = [];
  for (const file of markdownFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(
      /`([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)?)`\s*=\s*(-?\d[\d_]*(?:\.\d+)?)/g,
    )) {
      const [, path, written] = match;
      if (!balanced.has(path)) continue;
      const value = Number(written.replace(/_/g, ''));
      if (value !== balanced.get(path)) {
        const line = text.slice(0, match.index).split('\n').length;
        errors.push(`${file}:${line}: says \`${path}\` = ${written}, the default is ${balanced.get(path)}`);
      }
    }
  }
  return errors;
}

/** The first line where two texts differ, for messages. */
export function firstDifference(current, expected) {
  const a = current.split('\n');
  const b = expected.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line < 0 ? a.length : line;
  return `line ${at + 1}:\n  committed: ${a[at] ?? '(end of file)'}\n  generated: ${b[at] ?? '(end of file)'}`;
}

async function main(argv) {
  const check = argv.includes('--check');
  const { pages: docPages, errors } = await optionPages();
  const pages = [...docPages, await helpPage()];
  for (const error of errors) console.error(`error: ${error}`);
  const stale = pages.filter((page) => page.current !== page.expected);
  if (check) {
    for (const page of stale) {
      console.error(
        `${page.file} is out of date (run \`npm run docs\`); ${firstDifference(page.current, page.expected)}`,
      );
    }
    if (stale.length === 0 && errors.length === 0) {
      console.log(`option tables up to date in ${docPages.length} pages, and ${HELP_FILE}`);
    }
  } else {
    for (const page of stale) writeFileSync(join(ROOT, page.file), page.expected);
    console.log(`option tables and ${HELP_FILE}: ${stale.length} of ${pages.length} files rewritten`);
  }
  return errors.length > 0 || (check && stale.length > 0) ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
