/**
 * Every threshold of every check, in one place. Values are measured on the evaluation corpus
 * (see docs/accuracy.md and each check's page in docs/checks/), not guessed; presets shift them for stricter or more
 * forgiving upload flows.
 */

import type {
  BlurOptions,
  ExposureOptions,
  FramingOptions,
  GlareOptions,
  GrayscaleOptions,
  ResolutionOptions,
} from './options/document-options.js';
import type { RecaptureOptions, ScreenshotOptions } from './options/screen-options.js';
import type { ScanOrCopyOptions, ShadowOptions } from './options/paper-light-options.js';
import type { FaceOptions, FaceQualityOptions, PortraitOptions } from './options/face-options.js';
import { OPTION_RANGES, ORDERED_OPTIONS } from './options/ranges.js';

export type * from './options/document-options.js';
export type * from './options/face-options.js';
export type * from './options/paper-light-options.js';
export type * from './options/screen-options.js';
export { OPTION_RANGES } from './options/ranges.js';

/** All options. Pass a partial object (and optionally a preset name) to {@link resolveOptions}. */
export interface PrecheckOptions {
  /**
   * Longest side, in pixels, of the raster the checks work on (photos are decoded at this size;
   * live frames area-averaged down to it). Scores are defined at this size, so changing it changes
   * the calibration.
   * @default 1024
   */
  analysisSize: number;
  /**
   * Largest accepted image, in pixels (width × height of the original). Larger inputs are
   * reported as `too_large` without being decoded.
   * @default 150_000_000
   */
  maxPixels: number;
  grayscale: GrayscaleOptions;
  exposure: ExposureOptions;
  resolution: ResolutionOptions;
  screenshot: ScreenshotOptions;
  recapture: RecaptureOptions;
  framing: FramingOptions;
  blur: BlurOptions;
  glare: GlareOptions;
  shadow: ShadowOptions;
  scanOrCopy: ScanOrCopyOptions;
  faces: FaceOptions;
  faceQuality: FaceQualityOptions;
  portrait: PortraitOptions;
}

/** Names of the presets. */
export const PRESET_NAMES = ['lenient', 'balanced', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
type DeepReadonly<T> = { readonly [K in keyof T]: T[K] extends object ? DeepReadonly<T[K]> : T[K] };

function deepFreeze<T extends object>(value: T): DeepReadonly<T> {
  for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) deepFreeze(child);
  return Object.freeze(value) as DeepReadonly<T>;
}

/** What callers may pass: any subset of the options, on top of a preset (default `balanced`). */
export type OptionsInput = DeepPartial<PrecheckOptions> & { preset?: PresetName };

declare const RESOLVED: unique symbol;

/**
 * Options merged over their preset and validated by {@link resolveOptions}: the only kind the
 * checks take, so a host resolves once and passes the result on (also across a thread boundary,
 * where it arrives as plain data) without resolving again.
 */
export type ResolvedOptions = DeepReadonly<PrecheckOptions> & { readonly [RESOLVED]: true };

/** The `balanced` preset. */
export const DEFAULT_OPTIONS: DeepReadonly<PrecheckOptions> = deepFreeze({
  analysisSize: 1024,
  maxPixels: 150_000_000,
  grayscale: { chromaThreshold: 14, minColourFraction: 0.0025, neutralChroma: 0.5, maxTintChroma: 60 },
  exposure: { darkP95: 80, clippedFraction: 0.15, documentClippedFraction: 0.6, brightP05: 120 },
  resolution: { documentMinSide: 150, documentWarnSide: 360, selfieMinSide: 160, selfieWarnSide: 320 },
  screenshot: { flatShare: 0.01, minEvidence: 2.5 },
  recapture: {
    fineMoireShare: 0.1,
    coarseMoireShare: 0.1,
    greenMagentaMoireShare: 0.03,
    lumaMoireShare: 0.05,
    nativeMoireShare: 0.05,
    nativeColourMoireShare: 0.05,
  },
  framing: {
    minScore: 0.25,
    notFoundFailScore: 0.1,
    minShare: 0.08,
    maxHiddenEdge: 0.1,
    maxOverrun: 0.004,
    maxFingers: 0.08,
  },
  blur: { maxEdgeWidth: 3.15 },
  glare: {
    minLuma: 245,
    minRise: 35,
    minClippedRise: 20,
    maxChroma: 25,
    minSpotShare: 0.005,
    failSpotShare: 0.02,
    minVeilRise: 45,
    minVeilFloorRise: 30,
    minVeilContrast: 20,
    maxVeilChroma: 40,
    minVeilShare: 0.025,
  },
  shadow: {
    minShare: 0.1,
    failShare: 0.6,
    minDarkening: 0.2,
    maxDarkening: 0.75,
    minEdgeStep: 0.085,
    maxPaperShift: 0.05,
  },
  scanOrCopy: { maxUnevenness: 0.02, minEvidence: 2, failEvidence: 10 },
  faces: { minScore: 0.6, minRelativeSize: 0.25, minFaceShare: 0.14, minHeadInFrame: 1.14 },
  faceQuality: { darkMedian: 65, brightMedian: 240, maxEdgeWidth: 5.75 },
  portrait: { minScore: 0.6 },
});

/** How each preset differs from {@link DEFAULT_OPTIONS}. */
export const PRESETS: DeepReadonly<Record<PresetName, DeepPartial<PrecheckOptions>>> = deepFreeze({
  lenient: {
    grayscale: { minColourFraction: 0.001 },
    exposure: { darkP95: 60, clippedFraction: 0.3, documentClippedFraction: 0.7, brightP05: 150 },
    resolution: { documentMinSide: 120, documentWarnSide: 300, selfieMinSide: 120, selfieWarnSide: 240 },
    screenshot: { minEvidence: 3 },
    recapture: {
      fineMoireShare: 0.15,
      coarseMoireShare: 0.15,
      greenMagentaMoireShare: 0.045,
      lumaMoireShare: 0.08,
      nativeMoireShare: 0.08,
      nativeColourMoireShare: 0.08,
    },
    framing: {
      minScore: 0.2,
      notFoundFailScore: 0.08,
      minShare: 0.05,
      maxHiddenEdge: 0.12,
      maxOverrun: 0.01,
      maxFingers: 0.12,
    },
    blur: { maxEdgeWidth: 3.3 },
    glare: { minSpotShare: 0.01, failSpotShare: 0.04, minVeilShare: 0.05 },
    shadow: { minShare: 0.15, failShare: 0.75 },
    faces: { minFaceShare: 0.1, minHeadInFrame: 0.9 },
    faceQuality: { darkMedian: 50, brightMedian: 248, maxEdgeWidth: 6.3 },
    portrait: { minScore: 0.5 },
  },
  balanced: {},
  strict: {
    grayscale: { minColourFraction: 0.005 },
    exposure: { darkP95: 100, clippedFraction: 0.08, documentClippedFraction: 0.5, brightP05: 100 },
    resolution: { documentMinSide: 300, documentWarnSide: 600, selfieMinSide: 320, selfieWarnSide: 480 },
    screenshot: { minEvidence: 2 },
    recapture: {
      fineMoireShare: 0.07,
      coarseMoireShare: 0.08,
      greenMagentaMoireShare: 0.02,
      lumaMoireShare: 0.035,
      nativeMoireShare: 0.035,
      nativeColourMoireShare: 0.035,
    },
    framing: {
      minScore: 0.3,
      notFoundFailScore: 0.15,
      minShare: 0.12,
      maxHiddenEdge: 0.08,
      maxOverrun: 0.002,
      maxFingers: 0.06,
    },
    blur: { maxEdgeWidth: 3.0 },
    glare: { minSpotShare: 0.003, failSpotShare: 0.01, minVeilShare: 0.02 },
    shadow: { minShare: 0.07, failShare: 0.4 },
    scanOrCopy: { failEvidence: 2 },
    faces: { minScore: 0.5, minRelativeSize: 0.15, minFaceShare: 0.2, minHeadInFrame: 1.4 },
    faceQuality: { darkMedian: 80, brightMedian: 230, maxEdgeWidth: 5.3 },
    portrait: { minScore: 0.7 },
  },
});

/**
 * Merges `input` over its preset over {@link DEFAULT_OPTIONS} and validates the result.
 * @throws TypeError for an unknown option name or a value that is not a finite number.
 * @throws RangeError for a value outside the option's range (or not an integer where one is
 * needed, or out of order with its pair), naming the option and the range.
 */
export function resolveOptions(input: OptionsInput = {}): ResolvedOptions {
  if (typeof input !== 'object' || input === null) {
    throw new TypeError('options must be an object');
  }
  const { preset = 'balanced', ...overrides } = input;
  if (!PRESET_NAMES.includes(preset)) {
    throw new RangeError(`options.preset must be one of ${PRESET_NAMES.join(', ')}; got ${String(preset)}`);
  }
  const merged = JSON.parse(JSON.stringify(DEFAULT_OPTIONS)) as PrecheckOptions; // options are plain numbers
  mergeInto(merged, PRESETS[preset], '');
  mergeInto(merged, overrides, '');
  for (const [lower, higher] of ORDERED_OPTIONS) {
    if (valueAt(merged, lower) > valueAt(merged, higher)) {
      throw new RangeError(`option "${lower}" must not exceed "${higher}"`);
    }
  }
  return deepFreeze(merged) as ResolvedOptions;
}

function mergeInto(target: object, source: object, prefix: string): void {
  const record = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(source)) {
    const path = prefix + key;
    if (!Object.hasOwn(record, key)) throw new TypeError(`unknown option "${path}"`);
    const current = record[key];
    if (typeof current === 'object' && current !== null) {
      if (typeof value !== 'object' || value === null) {
        throw new TypeError(`option "${path}" must be an object`);
      }
      mergeInto(current, value, `${path}.`);
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TypeError(`option "${path}" must be a finite number; got ${String(value)}`);
    }
    const [min, max, integer] = OPTION_RANGES[path]!;
    if (value < min || value > max || (integer && !Number.isInteger(value))) {
      const kind = integer ? 'an integer' : 'a number';
      throw new RangeError(`option "${path}" must be ${kind} between ${min} and ${max}; got ${value}`);
    }
    record[key] = value;
  }
}

function valueAt(options: PrecheckOptions, path: string): number {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], options) as number;
}

/** Every option's dotted path, for validation tests and documentation. */
export const OPTION_PATHS: readonly string[] = Object.keys(OPTION_RANGES);

/**
 * Options that change what is measured (the analysis size, what counts as a bright or coloured
 * pixel, how sure a found document or face must be), as opposed to how a measurement is judged:
 * a change to one of these needs the image checked again; every other option re-judges kept
 * measurements (see `judge`).
 */
export const MEASURED_OPTIONS: readonly string[] = [
  'analysisSize',
  'maxPixels',
  'grayscale.chromaThreshold',
  'glare.minLuma',
  'glare.minRise',
  'glare.minClippedRise',
  'glare.maxChroma',
  'glare.minVeilRise',
  'glare.minVeilFloorRise',
  'glare.minVeilContrast',
  'glare.maxVeilChroma',
  'framing.minScore',
  'faces.minScore',
  'portrait.minScore',
];

/** The value of an option by its dotted path (see {@link OPTION_PATHS}). */
export function optionValue(options: DeepReadonly<PrecheckOptions>, path: string): number {
  return valueAt(options as PrecheckOptions, path);
}

/** The option paths (of `paths`, default all) whose values differ between `a` and `b`. */
export function changedOptions(
  a: DeepReadonly<PrecheckOptions>,
  b: DeepReadonly<PrecheckOptions>,
  paths: readonly string[] = OPTION_PATHS,
): string[] {
  return paths.filter((path) => optionValue(a, path) !== optionValue(b, path));
}
