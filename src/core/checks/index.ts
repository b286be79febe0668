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
import { screenRecaptureCheck } from './screen-recapture.js';
import { screenshotCheck } from './screenshot.js';

/** Every check, in the order they run. */
export const CHECKS: readonly Check[] = [
  resolutionCheck,
  framingCheck,
  exposureCheck,
  blurCheck,
  glareCheck,
  grayscaleCheck,
  screenshotCheck,
  screenRecaptureCheck,
  editedCheck,
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
