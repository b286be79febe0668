/** id-precheck in the browser: checks run in a Web Worker, off the page's main thread. */
export {
  createPrechecker,
  type Prechecker,
  type PrecheckerOptions,
  type PrecheckInput,
  type PrecheckRequest,
} from './prechecker.js';
export type { BrowserRequest } from './protocol.js';
export { ISSUE_CODES, type CaptureKind, type IssueCode } from '../core/codes.js';
export { DEFAULT_OPTIONS, PRESETS, PRESET_NAMES, type OptionsInput, type PrecheckOptions } from '../core/options.js';
export type { Box, Issue, Point, Report, Verdict } from '../core/types.js';
