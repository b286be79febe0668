/**
 * Every call the demo page makes to the checker, and every verdict it computes, in one place: the
 * rest of the page knows only these functions and types. Until the core has `measure`/`judge`,
 * a "measurement" is the whole report of `analyze`, and judging returns it unchanged.
 */
import {
  createPrechecker,
  type OptionsInput,
  type Prechecker,
  type Report,
  type ResolvedOptions,
} from '../browser/index.js';

/** What the page asks a photo to be checked as; `auto` lets the checker decide per photo. */
export type CheckKind = 'auto' | 'document' | 'selfie';

/** The kinds of {@link CheckKind}, in the order the kind selector lists them. */
export const CHECK_KINDS: readonly CheckKind[] = ['auto', 'document', 'selfie'];

/** What one check measured, cached per file and judged again when thresholds move. Opaque to the page. */
export type Measured = Report;

/** One checking worker. Opaque to the page. */
export type Checker = Prechecker;

/**
 * Option paths that change what is measured, not only how it is judged: a new value needs the
 * batch checked again (decoded again), not just judged again.
 */
export const MEASURED_OPTIONS: readonly string[] = [];

/** Longer side of a photo in the detail view. */
const PREVIEW_SIDE = 1600;

const counts = { decodes: 0, previews: 0 };

/**
 * Decodes so far: `decodes` for checks and table thumbnails (what re-judging must never add to),
 * `previews` for photos opened in the detail view.
 */
export function decodeCounts(): Readonly<typeof counts> {
  return { ...counts };
}

/** A checker with its own worker (started on its first call, stopped when idle). */
export function createChecker(): Checker {
  return createPrechecker();
}

/**
 * Checks one photo: what it measured, and a thumbnail at most `thumbnailSide` on its longer side
 * when asked for (none when the browser cannot show the file). Rejects with an `AbortError` when
 * `signal` aborts; an unreadable file is a measurement like any other.
 */
export async function measure(
  checker: Checker,
  file: File,
  request: { kind: CheckKind; options: OptionsInput; signal: AbortSignal; thumbnailSide?: number },
): Promise<{ measured: Measured; thumbnail?: ImageBitmap }> {
  const { kind, options, signal, thumbnailSide } = request;
  counts.decodes++;
  // Until the core decides per photo, `auto` checks as a document.
  const measured = await checker.analyze(file, { kind: kind === 'auto' ? 'document' : kind, options, signal });
  if (thumbnailSide === undefined) return { measured };
  counts.decodes++;
  try {
    return { measured, thumbnail: await checker.preview(file, { maxSide: thumbnailSide, signal }) };
  } catch (error) {
    if (signal.aborted) throw error;
    return { measured }; // a format the browser cannot show (HEIC, PDF): the report says so
  }
}

/** The report of a measurement under `options`: verdict and issues, with no decoding. */
export function judge(measured: Measured, _options: ResolvedOptions): Report {
  return measured;
}

/**
 * The photo upright and large enough for the detail view. A deliberate decode, counted as a
 * preview; rejects when the browser cannot decode the file.
 */
export function preview(checker: Checker, file: File, signal?: AbortSignal): Promise<ImageBitmap> {
  counts.previews++;
  return checker.preview(file, { maxSide: PREVIEW_SIDE, ...(signal ? { signal } : {}) });
}
