/**
 * id-precheck: image-quality pre-checks for KYC photos, platform-independent part.
 * Decode an image with `id-precheck/node` (sharp) or the browser worker, or hand {@link analyze}
 * your own RGBA pixels.
 */
export { analyze, inputErrorReport, type AnalyzeRequest } from './core/analyze.js';
export { judge } from './core/judge.js';
export type { Measurements } from './core/measure.js';
export { chooseKind, type KindChoice, type KindEvidence } from './core/kind.js';
export { prepareRequest, type PrecheckRequest, type PreparedRequest } from './host/request.js';
export type { Measured } from './host/check-image.js';
export {
  CAPTURE_KINDS,
  REQUEST_KINDS,
  INPUT_ERROR_CODES,
  isInputErrorCode,
  ISSUE_CODES,
  type CaptureKind,
  type RequestKind,
  type InputError,
  type InputErrorCode,
  type IssueCode,
} from './core/codes.js';
export { CHECKS, checksFor, implementedCodes } from './core/checks/index.js';
export { createFaceDetector, DEFAULT_FACE_DETECTOR_CONFIG, type FaceDetectorConfig } from './core/face/factory.js';
export {
  FACE_BACKENDS,
  type FaceBackend,
  type FaceDetection,
  type FaceDetector,
  type ModelFiles,
} from './core/face/types.js';
export type { AnalysisContext, Check, Frame, JudgeContext, Judgement, Measurement } from './core/checks/check.js';
export {
  changedOptions,
  DEFAULT_OPTIONS,
  MEASURED_OPTIONS,
  OPTION_PATHS,
  OPTION_RANGES,
  optionValue,
  PRESETS,
  PRESET_NAMES,
  resolveOptions,
  type ExposureOptions,
  type GrayscaleOptions,
  type OptionsInput,
  type PrecheckOptions,
  type PresetName,
  type ResolutionOptions,
  type ResolvedOptions,
} from './core/options.js';
export { ACCEPTED_FORMATS, isAcceptedFormat, sniffFormat, type AcceptedFormat } from './core/sniff.js';
export type {
  Box,
  CornerName,
  ExifSummary,
  FrameSide,
  GrayImage,
  Heatmap,
  ImageMeta,
  Issue,
  IssueFacts,
  Point,
  Raster,
  Report,
  Verdict,
} from './core/types.js';
