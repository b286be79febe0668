/** id-precheck in the browser: checks run in a Web Worker, off the page's main thread. */
export {
  createPrechecker,
  type Prechecker,
  type PrecheckerOptions,
  type PrecheckInput,
  type AnalyzeCall,
  type BrowserPrecheckRequest,
} from './prechecker.js';
export type { MeasuredImage } from './protocol.js';
export type { PrecheckRequest } from '../host/request.js';
export type { FaceDetectorConfig } from '../core/face/factory.js';
export {
  isInputErrorCode,
  ISSUE_CODES,
  REQUEST_KINDS,
  type CaptureKind,
  type IssueCode,
  type RequestKind,
} from '../core/codes.js';
export { judge } from '../core/judge.js';
export type { Measurements } from '../core/measure.js';
export type { Measured } from '../host/check-image.js';
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
  type OptionsInput,
  type PrecheckOptions,
  type PresetName,
  type ResolvedOptions,
} from '../core/options.js';
export type { Box, CornerName, FrameSide, Heatmap, Issue, IssueFacts, Point, Report, Verdict } from '../core/types.js';
