/**
 * Where each issue code is raised (one file per check; the document's outline itself is found in
 * `../document/locate.ts`):
 *
 * - `blurry` → blur.ts (documents), face-quality.ts (selfies)
 * - `glare` → glare.ts
 * - `shadow` → shadow.ts
 * - `document_not_found`, `cropped`, `too_far` → framing.ts
 * - `grayscale` → grayscale.ts
 * - `screenshot` → screenshot.ts
 * - `screen_recapture` → screen-recapture.ts
 * - `edited` → edited.ts
 * - `scan_or_copy` → scan-or-copy.ts
 * - `no_portrait` → portrait.ts
 * - `too_dark`, `overexposed` → exposure.ts (whole frame), face-quality.ts (the face)
 * - `low_resolution` → resolution.ts
 * - `no_face`, `multiple_faces`, `face_too_small`, `face_cut_off` → faces.ts
 * - `unreadable`, `unsupported_format`, `too_large` → the decoders (`../sniff.ts`, `src/host/decode.ts`)
 */
import type { CaptureKind, IssueCode } from '../codes.js';
import { blurCheck } from './blur.js';
import type { Check } from './check.js';
import { editedCheck } from './edited.js';
import { exposureCheck } from './exposure.js';
import { faceQualityCheck } from './face-quality.js';
import { faceCheck } from './faces.js';
import { framingCheck } from './framing.js';
import { glareCheck } from './glare.js';
import { grayscaleCheck } from './grayscale.js';
import { portraitCheck } from './portrait.js';
import { resolutionCheck } from './resolution.js';
import { scanOrCopyCheck } from './scan-or-copy.js';
import { screenRecaptureCheck } from './screen-recapture.js';
import { screenshotCheck } from './screenshot.js';
import { shadowCheck } from './shadow.js';

/** Every check, in the order they run. */
export const CHECKS: readonly Check[] = [
  resolutionCheck,
  framingCheck,
  exposureCheck,
  blurCheck,
  glareCheck,
  shadowCheck,
  grayscaleCheck,
  screenshotCheck,
  screenRecaptureCheck,
  editedCheck,
  scanOrCopyCheck,
  portraitCheck,
  faceCheck,
  faceQualityCheck,
];

/** The checks that run for a capture kind. */
export function checksFor(kind: CaptureKind): Check[] {
  return CHECKS.filter((check) => check.kinds.includes(kind));
}

/** Issue codes some check can raise for `kind`: a code missing here is not implemented yet. */
export function implementedCodes(kind: CaptureKind): Set<IssueCode> {
  return new Set(checksFor(kind).flatMap((check) => check.codes));
}
