import { ISSUE_CODES, type CaptureKind, type IssueCode } from '../core/codes.js';

/**
 * What a correct result is for each manifest label (see docs/accuracy.md, "Manifests and labels").
 * - `expect`: the report must contain one of these codes (any severity);
 * - `good`: the report must have no `fail` issue;
 * - `absent`: the report must not contain these codes;
 * - `oneFace`: exactly one detected face.
 * A label is evaluated only once every code its rule names is implemented.
 */
export interface LabelRule {
  /** How images with this label are scored; null: a capture kind that does not exist yet. */
  kind: CaptureKind | null;
  /**
   * The kind `auto` should take the photo for, when it differs from `kind`: `null` when the photo
   * does not show what a photo of its kind shows (a "selfie" without a face, general photos).
   */
  shows?: CaptureKind | null;
  expect?: readonly IssueCode[];
  good?: boolean;
  absent?: readonly IssueCode[];
  oneFace?: boolean;
}

const C = ISSUE_CODES;

export const LABEL_RULES = {
  doc_good: { kind: 'document', good: true },
  doc_blur: { kind: 'document', expect: [C.blurry] },
  doc_glare: { kind: 'document', expect: [C.glare] },
  doc_cropped: { kind: 'document', expect: [C.cropped, C.document_not_found] },
  doc_gray: { kind: 'document', expect: [C.grayscale] },
  screen_capture: { kind: 'document', expect: [C.screenshot, C.screen_recapture] },
  blur_general: { kind: 'document', shows: null, expect: [C.blurry] },
  sharp_general: { kind: 'document', shows: null, absent: [C.blurry] },
  face_one: { kind: 'selfie', oneFace: true, absent: [C.no_face, C.multiple_faces] },
  face_many: { kind: 'selfie', expect: [C.multiple_faces] },
  face_none: { kind: 'selfie', shows: null, expect: [C.no_face] },
  selfie_dark: { kind: 'selfie', expect: [C.too_dark] },
  selfie_blur: { kind: 'selfie', expect: [C.blurry] },
  face_small: { kind: 'selfie', expect: [C.face_too_small] },
  face_cut_off: { kind: 'selfie', expect: [C.face_cut_off] },
  doc_shadow: { kind: 'document', expect: [C.shadow] },
  doc_copy: { kind: 'document', expect: [C.scan_or_copy] },
  id_in_hand: { kind: null },
} as const satisfies Record<string, LabelRule>;

export type Label = keyof typeof LABEL_RULES;

/** Labels whose images should pass: where false rejects are counted. */
export const GOOD_LABELS: readonly Label[] = ['doc_good', 'sharp_general', 'face_one'];

export function isLabel(value: string): value is Label {
  return Object.hasOwn(LABEL_RULES, value);
}

/** The codes a label's rule depends on. */
export function codesOfRule(rule: LabelRule): IssueCode[] {
  return [...(rule.expect ?? []), ...(rule.absent ?? [])];
}
