import type { Issue, Report } from '../../browser/index.js';
import { ar } from './ar.js';
import { en } from './en.js';
import type { IssueContext, MessageOverrides, Messages, Place } from './types.js';
import { zhHans } from './zh-Hans.js';
import { zhHant } from './zh-Hant.js';

export type { IssueContext, LiveStrings, MessageOverrides, Messages, Place, UiStrings } from './types.js';

const catalogs: Record<string, Messages> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans, ar };

/** The complete catalogs, by locale tag: the four shipped, and any a page added. */
export const CATALOGS: Readonly<Record<string, Messages>> = catalogs;

/**
 * Adds a language (or replaces one) for every widget on the page: a complete `Messages` catalog,
 * e.g. a copy of the English one translated. Widgets whose `lang` matches `catalog.locale` (or its
 * language) use it from their next redraw.
 */
export function registerMessages(catalog: Messages): void {
  catalogs[catalog.locale] = catalog;
}

/** Regions of Chinese that write Traditional characters when a tag names no script. */
const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

/**
 * The catalog for a BCP 47 tag: an exact match, then the script (`zh-TW` → `zh-Hant`, `zh-CN` →
 * `zh-Hans`), then the language, else English.
 */
export function catalogFor(tag: string | null | undefined): Messages {
  if (!tag) return en;
  if (catalogs[tag]) return catalogs[tag];
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return en;
  }
  if (locale.language === 'zh') {
    const script = locale.script ?? (TRADITIONAL_REGIONS.has(locale.region ?? '') ? 'Hant' : 'Hans');
    return catalogs[`zh-${script}`] ?? zhHans;
  }
  return catalogs[locale.language] ?? en;
}

/** A catalog with a page's overrides on top. */
export function withOverrides(messages: Messages, overrides: MessageOverrides | undefined): Messages {
  if (!overrides) return messages;
  const issues = { ...messages.issues };
  for (const [code, message] of Object.entries(overrides.issues ?? {}) as [keyof Messages['issues'], unknown][]) {
    if (typeof message === 'string') issues[code] = () => message;
    else if (typeof message === 'function') issues[code] = message as Messages['issues'][typeof code];
  }
  return { ...messages, ui: { ...messages.ui, ...overrides.ui }, issues };
}

/** What to tell the user about one issue, from its code, region and facts. */
export function messageFor(messages: Messages, issue: Issue, report: Report): string {
  const context: IssueContext = {
    kind: report.kind,
    severity: issue.severity,
    cutSides: issue.facts?.cutSides ?? [],
    coveredCorners: issue.facts?.coveredCorners ?? [],
    coveredEdges: issue.facts?.coveredEdges ?? [],
    format: report.image.format,
  };
  const place = issue.region && placeOf(issue.region, report);
  if (place) context.place = place;
  if (issue.facts?.glare) context.glare = issue.facts.glare;
  if (issue.facts?.faceCount !== undefined) context.faceCount = issue.facts.faceCount;
  if (issue.facts?.passwordProtected) context.passwordProtected = true;
  if (issue.facts?.overPortrait) context.overPortrait = true;
  return messages.issues[issue.code](context);
}

/**
 * Where a region's centre lies, in thirds of the document's bounding box when the document was
 * found (a glare spot "at the top left" of the card), else of the picture.
 */
export function placeOf(region: NonNullable<Issue['region']>, report: Report): Place | undefined {
  const corners = report.document?.corners;
  const xs = corners ? corners.map((p) => p.x) : [0, report.image.width];
  const ys = corners ? corners.map((p) => p.y) : [0, report.image.height];
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (!(right > left && bottom > top)) return undefined;
  const third = (value: number, low: number, high: number): 0 | 1 | 2 =>
    Math.min(2, Math.max(0, Math.floor(((value - low) / (high - low)) * 3))) as 0 | 1 | 2;
  const column = third(region.x + region.width / 2, left, right);
  const row = third(region.y + region.height / 2, top, bottom);
  return PLACES[row][column];
}

const PLACES = [
  ['top-left', 'top', 'top-right'],
  ['left', 'center', 'right'],
  ['bottom-left', 'bottom', 'bottom-right'],
] as const satisfies readonly (readonly Place[])[];
