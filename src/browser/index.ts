/** id-precheck in the browser: checks run in a Web Worker, off the page's main thread. */
export {
  createPrechecker,
  type Prechecker,
  type PrecheckerOptions,
  type PrecheckInput,
  type BrowserPrecheckRequest,
} from './prechecker.js';
export type { PrecheckRequest } from '../host/request.js';
export type { FaceDetectorConfig } from '../core/face/factory.js';
export { isInputErrorCode, ISSUE_CODES, type CaptureKind, type IssueCode } from '../core/codes.js';
export {
  DEFAULT_OPTIONS,
  OPTION_RANGES,
  PRESETS,
  PRESET_NAMES,
  resolveOptions,
  type OptionsInput,
  type PrecheckOptions,
  type PresetName,
  type ResolvedOptions,
} from '../core/options.js';
export type { Box, CornerName, FrameSide, Heatmap, Issue, IssueFacts, Point, Report, Verdict } from '../core/types.js';
