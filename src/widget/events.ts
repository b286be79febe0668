/** What `<id-precheck>` hands the page in its events. */

import type { Report } from '../browser/index.js';

/** `detail` of `precheck-accept`. */
export interface PrecheckAcceptDetail {
  /** The user's original file, untouched. */
  file: File;
  report: Report;
  /** Photos checked so far, this one included. */
  attempts: number;
  /** Accepted with "use this photo anyway" after `max-attempts` failed tries, or after the check failed to run. */
  overridden: boolean;
}

/**
 * `detail` of `precheck-error`: the check itself could not run. `worker_crashed`: the browser
 * stopped the checking worker (out of memory on a huge photo, say); `check_failed`: the check
 * threw (a missing asset, a model that did not load). The user can then send the photo anyway.
 */
export interface PrecheckErrorDetail {
  code: 'worker_crashed' | 'check_failed';
  message: string;
}

/** The report of a photo whose check could not run, for a user who sends it anyway. */
export function failedCheckReport(kind: Report['kind'], message: string): Report {
  return {
    kind,
    verdict: 'fail',
    issues: [
      { code: 'unreadable', severity: 'fail', score: 0, threshold: 0, detail: `the check could not run: ${message}` },
    ],
    scores: {},
    image: { width: 0, height: 0, format: 'unknown' },
    timings: {},
  };
}
