import type { IssueFacts } from './types.js';

/**
 * Stable machine codes for everything a report can flag. Codes are added, never renamed:
 * integrators switch on them to pick the message they show.
 */
export const ISSUE_CODES = {
  blurry: 'blurry',
  glare: 'glare',
  document_not_found: 'document_not_found',
  cropped: 'cropped',
  too_far: 'too_far',
  grayscale: 'grayscale',
  screenshot: 'screenshot',
  screen_recapture: 'screen_recapture',
  edited: 'edited',
  no_portrait: 'no_portrait',
  too_dark: 'too_dark',
  overexposed: 'overexposed',
  low_resolution: 'low_resolution',
  no_face: 'no_face',
  multiple_faces: 'multiple_faces',
  face_too_small: 'face_too_small',
  face_cut_off: 'face_cut_off',
  unreadable: 'unreadable',
  unsupported_format: 'unsupported_format',
  too_large: 'too_large',
  shadow: 'shadow',
  scan_or_copy: 'scan_or_copy',
} as const;

/** One of the stable issue codes. */
export type IssueCode = (typeof ISSUE_CODES)[keyof typeof ISSUE_CODES];

/** Codes that mean the input could not be analysed at all (no quality checks ran). */
export const INPUT_ERROR_CODES = [
  ISSUE_CODES.unreadable,
  ISSUE_CODES.unsupported_format,
  ISSUE_CODES.too_large,
] as const;

/** An input error code. */
export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

/** Whether `code` means the input could not be analysed. */
export function isInputErrorCode(code: string): code is InputErrorCode {
  return (INPUT_ERROR_CODES as readonly string[]).includes(code);
}

/** Why an input could not be analysed; the measured value and limit where there is one (`too_large`). */
export interface InputError {
  code: InputErrorCode;
  /** For logs and QA: the decoder's message, the size and its limit, … */
  detail: string;
  score?: number;
  threshold?: number;
  /** Structured facts for the user's message (see `IssueFacts`). */
  facts?: IssueFacts;
}

/** What is being checked: a photo of an ID document, or a selfie. */
export const CAPTURE_KINDS = ['document', 'selfie'] as const;

/** One of {@link CAPTURE_KINDS}. */
export type CaptureKind = (typeof CAPTURE_KINDS)[number];

/**
 * What a caller may ask to check: a capture kind, or `auto` to have it chosen from what is in the
 * photo (see `chooseKind`). A report says the kind that was checked; `auto` only when the file
 * could not be read, so no kind was chosen.
 */
export const REQUEST_KINDS = [...CAPTURE_KINDS, 'auto'] as const;

/** One of {@link REQUEST_KINDS}. */
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** @throws TypeError when `request` is not an object or its `kind` is invalid. */
export function validateRequest(request: { kind: unknown }): void {
  if (typeof request !== 'object' || request === null) throw new TypeError('request must be an object');
  validateKind(request.kind);
}

/** @throws TypeError when `kind` is not one of {@link REQUEST_KINDS}. */
export function validateKind(kind: unknown): asserts kind is RequestKind {
  if (!(REQUEST_KINDS as readonly unknown[]).includes(kind)) {
    throw new TypeError(`request.kind must be one of ${REQUEST_KINDS.join(', ')}; got ${String(kind)}`);
  }
}
