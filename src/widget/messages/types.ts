import type { CornerName, FrameSide, IssueCode, RequestKind } from '../../browser/index.js';
import type { FrameHint } from '../../core/frame.js';
import type { CameraErrorCode } from '../live/camera.js';
import type { FlowStep } from '../flow.js';

/** A region's place in the picture, in thirds. */
export type Place =
  'top-left' | 'top' | 'top-right' | 'left' | 'center' | 'right' | 'bottom-left' | 'bottom' | 'bottom-right';

/** Everything a message may say about one issue: structured facts, never the English `detail`. */
export interface IssueContext {
  /** The kind checked; `auto` only for a file that could not be read (no kind was chosen). */
  kind: RequestKind;
  severity: 'warn' | 'fail';
  /** Where the issue's region lies in the picture, when it has one. */
  place?: Place;
  cutSides: readonly FrameSide[];
  coveredCorners: readonly CornerName[];
  coveredEdges: readonly FrameSide[];
  glare?: 'spot' | 'veil';
  faceCount?: number;
  /** The file's format as sniffed from its bytes (`heic`, `pdf`, `tiff`, …), for input errors. */
  format?: string;
  /** The file is a PDF that opens only with a password (`unreadable`). */
  passwordProtected?: boolean;
  /** The cast shadow lies over the document's portrait (`shadow`). */
  overPortrait?: boolean;
}

/** The words of the widget's user interface. */
export interface UiStrings {
  /** What the widget asks for, per kind. */
  titleDocument: string;
  titleSelfie: string;
  /** The drop zone's line. */
  dropHint: string;
  chooseFile: string;
  takePhoto: string;
  checking: string;
  verdictPass: string;
  verdictWarn: string;
  verdictFail: string;
  /** Above the message of a file that cannot be checked at all (not an image, HEIC, too large). */
  verdictUnreadable: string;
  useThisPhoto: string;
  retake: string;
  useAnyway: string;
  /** Shown next to "use anyway" once the tries are used up. */
  softFailNote: string;
  accepted: string;
  acceptedOverridden: string;
  changePhoto: string;
  showMaps: string;
  /** Alt text of the preview. */
  previewAlt: string;
  /** The worker crashed or an asset is missing. */
  widgetError: string;
  /** "Try {n} of {max}"-style counter. */
  attempt: (attempt: number, maxAttempts: number) => string;
}

/** The words of the live camera view and the capture flow. */
export interface LiveStrings {
  /** Opens the live camera view. */
  openCamera: string;
  /** The manual shutter. */
  shutter: string;
  closeCamera: string;
  /** Accessible name of the camera's picture. */
  videoLabel: string;
  /** Shown while the camera starts. */
  starting: string;
  /**
   * What a live frame asks of the user: the first wording, and the more concrete one shown when
   * the hint has held for a few seconds.
   */
  hints: Record<FrameHint, readonly [string, string]>;
  /** Why the camera could not open; the file picker stays offered. */
  errors: Record<CameraErrorCode, string>;
  /** Names of the capture flow's steps. */
  steps: Record<FlowStep, string>;
  /** "Step {n} of {total}: {name}". */
  stepOf: (step: number, total: number, name: string) => string;
  /** Before the back of the card. */
  turnOver: string;
  /** Every step is done. */
  flowDone: string;
}

/**
 * One locale's messages. `issues` is a record over every `IssueCode`: a locale without a message
 * for a code does not compile.
 */
export interface Messages {
  /** The locale tag this catalog is for, e.g. `zh-Hant`. */
  locale: string;
  dir: 'ltr' | 'rtl';
  ui: UiStrings;
  live: LiveStrings;
  issues: Record<IssueCode, (context: IssueContext) => string>;
  sides: Record<FrameSide, string>;
  corners: Record<CornerName, string>;
  places: Record<Place, string>;
  /** Joins a list of names ("the top and left edges"). */
  list: (items: readonly string[]) => string;
}

/** What a page may override: any UI string, and any issue's message as a fixed text or a function. */
export interface MessageOverrides {
  ui?: Partial<UiStrings>;
  issues?: Partial<Record<IssueCode, string | ((context: IssueContext) => string)>>;
}
