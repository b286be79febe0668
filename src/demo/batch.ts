import type { OptionsInput, Report, ResolvedOptions } from '../browser/index.js';
import { evaluate, kindOfLabel, type EvalResult } from '../eval/evaluate.js';
import type { ManifestEntry } from '../eval/parse-manifest.js';
import type { PickedFile } from './files.js';
import { matchManifest } from './manifest-match.js';
import { CheckQueue, type Job } from './queue.js';
import { releaseRow, thumbnailUrl, touch, type Row } from './rows.js';
import { judge, measure, type CheckKind } from './scoring.js';

/** Longer side of the table's thumbnails (twice their displayed size, for sharp screens). */
const THUMBNAIL_SIDE = 96;
/** Rows judged between two pauses for the page: a few milliseconds of work at most. */
const JUDGE_CHUNK = 200;

/** A labelled manifest loaded into the page. */
export interface Manifest {
  name: string;
  entries: ManifestEntry[];
}

/** The evaluation of the checked files a manifest names, and how much of the manifest it covers. */
export interface Evaluation {
  manifest: Manifest;
  /** As `id-precheck eval` computes it, over the manifest rows whose file is here and checked. */
  result: EvalResult;
  /** Manifest rows whose file is here but not checked yet. */
  pending: number;
  /** Manifest rows with no file here. */
  missing: number;
}

/**
 * Whether two judgements of one measurement say the same, issues and scores alike (a threshold can
 * change a count or an issue's detail and leave its code): the row need not be drawn again.
 */
function sameJudgement(a: Report, b: Report): boolean {
  return a === b || JSON.stringify([a.issues, a.scores]) === JSON.stringify([b.issues, b.scores]);
}

/** Lets the page draw and handle input between chunks of work. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The files of the page and their checks: rows in the order they came, each checked in the queue
 * with the kind its manifest label implies (as `id-precheck eval` does) or the kind chosen, and
 * judged again, without decoding, when thresholds move.
 */
export class Batch {
  readonly rows: Row[] = [];
  readonly queue: CheckQueue;
  /** What files without a manifest label are checked as. */
  kind: CheckKind = 'auto';
  manifest: Manifest | undefined;
  readonly #onChange: () => void;
  #options: { input: OptionsInput; resolved: ResolvedOptions };
  #nextId = 1;
  #judging = 0;

  /** `options`: the valid options to check and judge with; `onChange` runs whenever a row or the queue changes. */
  constructor(options: { input: OptionsInput; resolved: ResolvedOptions }, workers: number, onChange: () => void) {
    this.#options = options;
    this.#onChange = onChange;
    this.queue = new CheckQueue(workers, onChange);
  }

  /** Adds files as rows and queues their checks. */
  add(files: readonly PickedFile[]): void {
    const labels = this.manifest
      ? matchManifest(
          this.manifest.entries,
          files.map((picked) => picked.path),
        )
      : [];
    const rows = files.map(({ file, path }, index): Row => {
      const row: Row = { id: this.#nextId++, file, path, status: 'queued', kind: this.kind, version: 0 };
      if (labels[index]) row.label = labels[index];
      row.kind = this.#kindOf(row);
      return row;
    });
    this.rows.push(...rows);
    this.#check(rows);
  }

  /**
   * Loads a manifest: files are matched to its rows by path, and those already checked as another
   * kind than their label's are checked again.
   */
  setManifest(manifest: Manifest | undefined): void {
    this.manifest = manifest;
    const labels = manifest
      ? matchManifest(
          manifest.entries,
          this.rows.map((row) => row.path),
        )
      : [];
    const again: Row[] = [];
    this.rows.forEach((row, index) => {
      if (labels[index]) row.label = labels[index];
      else delete row.label;
      const kind = this.#kindOf(row);
      if (kind !== row.kind && row.status !== 'queued') again.push(row);
      row.kind = kind;
      touch(row);
    });
    this.#check(again);
    this.#onChange();
  }

  /** Checks every row again (decoding again), with the current kind and options. */
  recheckAll(): void {
    this.cancel();
    for (const row of this.rows) row.kind = this.#kindOf(row);
    this.#check(this.rows);
  }

  /** Stops the checks: running ones are abandoned, queued ones dropped. */
  cancel(): void {
    this.queue.cancel();
    for (const row of this.rows) {
      if (row.status === 'queued') {
        row.status = row.report ? 'done' : 'cancelled';
        touch(row);
      }
    }
    this.#onChange();
  }

  /** Drops every row. */
  clear(): void {
    this.cancel();
    this.rows.forEach(releaseRow);
    this.rows.length = 0;
    this.#onChange();
  }

  /**
   * Judges every measured row again with new options, in chunks so the page stays responsive. A
   * newer call supersedes a running one.
   */
  async rejudge(options: { input: OptionsInput; resolved: ResolvedOptions }): Promise<void> {
    this.#options = options;
    const run = ++this.#judging;
    for (let start = 0; start < this.rows.length; start += JUDGE_CHUNK) {
      for (const row of this.rows.slice(start, start + JUDGE_CHUNK)) {
        if (!row.measured) continue;
        const report = judge(row.measured, options.resolved);
        const same = row.report !== undefined && sameJudgement(row.report, report);
        row.report = report;
        if (!same) touch(row);
      }
      await pause();
      if (run !== this.#judging) return;
    }
    this.#onChange();
  }

  /** The evaluation against the loaded manifest, if one is loaded. */
  evaluation(): Evaluation | undefined {
    const manifest = this.manifest;
    if (!manifest) return undefined;
    const rowOf = new Map<ManifestEntry, Row>();
    for (const row of this.rows) if (row.label && !rowOf.has(row.label)) rowOf.set(row.label, row);
    const checked = manifest.entries.filter((entry) => rowOf.get(entry)?.status === 'done');
    // Labels with no capture kind yet are listed, not scored, as `id-precheck eval` does.
    const reports = checked.map((entry) => (kindOfLabel(entry.label) ? (rowOf.get(entry)!.report ?? null) : null));
    return {
      manifest,
      result: evaluate(checked, reports),
      pending: manifest.entries.filter((entry) => rowOf.has(entry)).length - checked.length,
      missing: manifest.entries.length - rowOf.size,
    };
  }

  /** The kind a row is checked as: its label's, else the kind chosen. */
  #kindOf(row: Row): CheckKind {
    return (row.label && kindOfLabel(row.label.label)) || this.kind;
  }

  #check(rows: readonly Row[]): void {
    for (const row of rows) {
      row.status = 'queued';
      touch(row);
    }
    this.queue.add(rows.map((row) => this.#job(row)));
  }

  #job(row: Row): Job {
    return async (checker, signal) => {
      row.status = 'checking';
      touch(row);
      this.#onChange();
      try {
        const { measured, thumbnail } = await measure(checker, row.file, {
          kind: row.kind,
          options: this.#options.input,
          signal,
          ...(row.thumbnail ? {} : { thumbnailSide: THUMBNAIL_SIDE }),
        });
        row.measured = measured;
        row.report = judge(measured, this.#options.resolved);
        row.status = 'done';
        if (thumbnail) row.thumbnail = await thumbnailUrl(thumbnail);
      } finally {
        if (row.status === 'checking') row.status = row.report ? 'done' : 'cancelled';
        touch(row);
      }
    };
  }
}
