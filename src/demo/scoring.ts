/**
 * Every call the demo page makes to the checker, and every verdict it computes, in one place: the
 * rest of the page knows only these functions and types. A photo is measured once in a worker
 * (`prechecker.measure`, with its thumbnail from the same decode); its verdict is judged on the
 * page (`judge`), and judged again, without decoding, whenever a threshold moves.
 */
import {
  createPrechecker,
  judge as judgeMeasurements,
  MEASURED_OPTIONS as CORE_MEASURED_OPTIONS,
  type Measured as CoreMeasured,
  type OptionsInput,
  type Prechecker,
  type Report,
  type ResolvedOptions,
} from '../browser/index.js';

/** What the page asks a photo to be checked as; `auto` lets the checker decide per photo. */
export type CheckKind = 'auto' | 'document' | 'selfie';

/** The kinds of {@link CheckKind}, in the order the kind selector lists them. */
export const CHECK_KINDS: readonly CheckKind[] = ['auto', 'document', 'selfie'];

/** What one check measured (or the report of a file that could not be read), kept per file. */
export type Measured = CoreMeasured;

/** One checking worker. Opaque to the page. */
export type Checker = Prechecker;

/**
 * Option paths that change what is measured, not only how it is judged: a new value needs the
 * batch checked again (decoded again), not just judged again.
 */
export const MEASURED_OPTIONS: readonly string[] = CORE_MEASURED_OPTIONS;

/** Longer side of a photo in the detail view. */
const PREVIEW_SIDE = 1600;

const counts = { decodes: 0, previews: 0 };

/**
 * Decodes so far: `decodes` for checks (each with its table thumbnail; what re-judging must never
 * add to), `previews` for photos opened in the detail view.
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
 * when asked for, made from the same decode (none when the file cannot be decoded). Rejects with
 * an `AbortError` when `signal` aborts; an unreadable file is a measurement like any other.
 */
export async function measure(
  checker: Checker,
  file: File,
  request: { kind: CheckKind; options: OptionsInput; signal: AbortSignal; thumbnailSide?: number },
): Promise<{ measured: Measured; thumbnail?: ImageBitmap }> {
  counts.decodes++;
  return checker.measure(file, request);
}

/** The report of a measurement under `options`: verdict, issues and scores, with no decoding. */
export function judge(measured: Measured, options: ResolvedOptions): Report {
  return measured.ok ? judgeMeasurements(measured.measurements, options) : measured.report;
}
/**
 * The photo upright and large enough for the detail view. A deliberate decode, counted as a
 * preview; rejects when the browser cannot decode the file.
 */
export function preview(checker: Checker, file: File, signal?: AbortSignal): Promise<ImageBitmap> {
  counts.previews++;
  return checker.preview(file, { maxSide: PREVIEW_SIDE, ...(signal ? { signal } : {}) });
}
