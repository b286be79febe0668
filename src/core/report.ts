import { validateKind, type InputError, type RequestKind } from './codes.js';
import type { ImageMeta, Issue, Report, Verdict } from './types.js';

/** The report for an input that could not be analysed (undecodable, not an image, too large). */
export function inputErrorReport(
  kind: RequestKind,
  error: InputError,
  meta: Partial<ImageMeta> = {},
  timings: Record<string, number> = {},
): Report {
  validateKind(kind);
  const issue: Issue = {
    code: error.code,
    severity: 'fail',
    score: error.score ?? 0,
    threshold: error.threshold ?? 0,
    detail: error.detail,
  };
  if (error.facts) issue.facts = error.facts;
  return buildReport(kind, imageOf({ width: 0, height: 0, format: 'unknown', ...meta }), [issue], {}, timings);
}

/** What a report says of the file. */
export function imageOf(meta: ImageMeta): Report['image'] {
  const image: Report['image'] = { width: meta.width, height: meta.height, format: meta.format };
  if (meta.bytes !== undefined) image.bytes = meta.bytes;
  if (meta.lossless !== undefined) image.lossless = meta.lossless;
  if (meta.exif !== undefined) image.exif = meta.exif;
  if (meta.pages !== undefined) image.pages = meta.pages;
  return image;
}

/** The one place a Report is assembled. */
export function buildReport(
  kind: RequestKind,
  image: Report['image'],
  issues: Issue[],
  scores: Record<string, number>,
  timings: Record<string, number>,
): Report {
  return { kind, verdict: verdictOf(issues), issues, scores, image, timings };
}

function verdictOf(issues: readonly Issue[]): Verdict {
  if (issues.some((issue) => issue.severity === 'fail')) return 'fail';
  return issues.length > 0 ? 'warn' : 'pass';
}
