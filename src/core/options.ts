/**
 * Every threshold of every check, in one place. Values are measured on the evaluation corpus
 * (see the README's accuracy table), not guessed; presets shift them for stricter or more
 * forgiving upload flows.
 */

/** Options of the `grayscale` check. */
export interface GrayscaleOptions {
  /**
   * Chroma distance (0-255 scale) from the photo's own tint at the same brightness above which a
   * pixel counts as coloured. Measuring against the photo's own tint is what lets sepia scans and
   * colour-cast photos of printouts count as black-and-white.
   * @default 14
   */
  chromaThreshold: number;
  /**
   * Share of coloured pixels below which the document shows no colour.
   * @default 0.0025
   */
  minColourFraction: number;
  /**
   * A colourless photo whose median chroma is at most this is a black-and-white file
   * (R = G = B, as scanners and "mono" modes write it): `fail`. Above it, a tinted one (sepia or
   * blue-toned scan, colour photo of colourless paper): `warn`. Corpus: black-and-white files 0,
   * camera photos of printed pages 1.25-8.4, a blue-tinted ID scan 3.5.
   * @default 0.5
   */
  neutralChroma: number;
  /**
   * A photo whose median chroma exceeds this is colour even when one hue explains all of it (a
   * blue card back, a red wall; a saturated blue is ~70, red ~85). Corpus: colourless photos reach
   * 8.4; strong sepia toning (R:B ≈ 1.75) is ~47.
   * @default 60
   */
  maxTintChroma: number;
}

/** Options of the `too_dark` / `overexposed` checks. */
export interface ExposureOptions {
  /**
   * `too_dark` when the 95th-percentile luma (0-255) is below this: even the brightest part of
   * the photo (usually the paper or the face) is dim. Corpus: the darkest good photo has 123.
   * @default 80
   */
  darkP95: number;
  /**
   * `overexposed` needs at least this share of clipped pixels (luma ≥ 250)… Corpus: of the
   * good photos that also pass the second condition, none has more than 0.021.
   * @default 0.15
   */
  clippedFraction: number;
  /**
   * …and a 5th-percentile luma above this: nothing dark is left (text, hair, shadows washed
   * out). A white page or backdrop alone does not trigger it: unclipped paper stays below 250.
   * @default 120
   */
  brightP05: number;
}

/** Options of the `low_resolution` check. */
export interface ResolutionOptions {
  /**
   * A document photo whose shorter side (original pixels) is below this fails: text is unreadable.
   * Corpus: the smallest good document (a tight ID scan) has 159.
   * @default 150
   */
  documentMinSide: number;
  /**
   * Below this the document photo gets a warning: readable but marginal for OCR.
   * @default 360
   */
  documentWarnSide: number;
  /**
   * A selfie whose shorter side is below this fails. Corpus: the smallest good selfie has 191.
   * @default 160
   */
  selfieMinSide: number;
  /**
   * Below this the selfie gets a warning.
   * @default 320
   */
  selfieWarnSide: number;
}

/** Options of the `screenshot` check. */
export interface ScreenshotOptions {
  /**
   * Share of the image in large areas of one exact colour bounded by edges (see `flatRegionShare`)
   * from which flat areas count as evidence of a rendered image. Corpus: every photographed or
   * scanned document and every selfie has 0; 32 of 37 phone screenshots are above 0.02.
   * @default 0.01
   */
  flatShare: number;
  /**
   * Evidence (flat areas 2, lossless file 1, exact screen size 1, no camera EXIF 0.5, camera
   * EXIF −2) at which the file is reported as a screenshot. At 2.5, flat areas need one more clue
   * (e.g. no camera EXIF); without flat areas, a lossless screen-sized file without camera EXIF.
   * @default 2.5
   */
  minEvidence: number;
}

/** Options of the `screen_recapture` check. */
export interface RecaptureOptions {
  /**
   * Share of 32-pixel blocks at the analysis size whose colour rotates like moiré fringes.
   * Corpus: documents reach 0.0076 (passport scans with rainbow inks), general camera photos
   * 0.028; recaptures up to 0.049. A generated card with rainbow guilloche reaches 0.038, so the
   * threshold sits well above: only strong fringes over a tenth of the image count.
   * @default 0.1
   */
  fineMoireShare: number;
  /**
   * The same at a quarter of the analysis size (8-pixel blocks there): broad moiré bands.
   * Corpus: documents reach 0.046, general photos 0.067; a TV recapture 0.15.
   * @default 0.1
   */
  coarseMoireShare: number;
}

/** Options of the selfie's face checks: `no_face`, `multiple_faces`, `face_too_small`, `face_cut_off`. */
export interface FaceOptions {
  /**
   * Detector confidence (0-1) a face needs to count. Corpus: with 0.6, no face is found on any of
   * the 26 faceless photos and exactly one on each of the 75 single-face selfies.
   * @default 0.6
   */
  minScore: number;
  /**
   * Besides the main (widest) face, another face counts only when it is at least this share of
   * the main face's width. A deliberate choice: a distant passer-by, a poster or a photo on the
   * wall behind the user is far smaller than the user's face and is not a second person taking
   * part. Corpus: every counted second face in the group photos is above 0.4.
   * @default 0.25
   */
  minRelativeSize: number;
  /**
   * `face_too_small` when the main face box is narrower than this share of the image's shorter
   * side. Corpus: single-face selfies from 0.178 (median 0.47); far-away people at most 0.109.
   * @default 0.14
   */
  minFaceShare: number;
  /**
   * `face_cut_off` when the frame shows less than this much of the head's reach beyond the face's
   * landmarks, in the worst direction (see `headInFrame` in `face/head.ts`): 1 = the hairline,
   * chin or a cheek just touches the border. Measured from the keypoints, so a face filling the
   * frame with the forehead cut counts. Corpus (BlazeFace keypoints): faces cut off up to 1.09, single-face selfies from 1.19.
   * @default 1.14
   */
  minHeadInFrame: number;
}

/** Options of the document's `no_portrait` check. */
export interface PortraitOptions {
  /**
   * `no_portrait` (a warning) when no face on the document scores at least this. Corpus: the
   * printed portrait is found on 60 of the 62 ID documents in doc_good that carry one (the two
   * misses are low-resolution scans); faces were also found on 2 of 8 portrait-less documents.
   * @default 0.6
   */
  minScore: number;
}

/** Options of the quality checks on the selfie's face: `blurry`, `too_dark`, `overexposed`. */
export interface FaceQualityOptions {
  /**
   * `too_dark` when the median luma (0-255) of the inner face is below this. Corpus: dark
   * selfies 25-52; single-face selfies from 78.
   * @default 65
   */
  darkMedian: number;
  /**
   * `overexposed` when the median luma of the inner face is above this: skin washed out to white.
   * The corpus has no such selfie; single-face selfies reach 224.
   * @default 240
   */
  brightMedian: number;
  /**
   * `blurry` when the face's fine detail is weak for its contrast: Laplacian energy of the inner
   * face resampled to 96 px, over its luma variance (+1). Independent of the face's size in the
   * photo and of its brightness. Corpus: blurred selfies up to 0.020, single-face selfies from
   * 0.030. (Fine-over-coarse detail, Laplacian energy at 96 px over 48 px, separated the corpus
   * too, 0.133 against 0.14, but quantisation noise alone lifts a smooth face to 0.5.)
   * @default 0.025
   */
  minDetailContrast: number;
}

/** All options. Pass a partial object (and optionally a preset name) to {@link resolveOptions}. */
export interface PrecheckOptions {
  /**
   * Longest side, in pixels, of the raster the checks work on (area-averaged down from the decoded
   * image). Scores are defined at this size, so changing it changes the calibration.
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

/** The `balanced` preset. */
export const DEFAULT_OPTIONS: DeepReadonly<PrecheckOptions> = deepFreeze({
  analysisSize: 1024,
  maxPixels: 150_000_000,
  grayscale: { chromaThreshold: 14, minColourFraction: 0.0025, neutralChroma: 0.5, maxTintChroma: 60 },
  exposure: { darkP95: 80, clippedFraction: 0.15, brightP05: 120 },
  resolution: { documentMinSide: 150, documentWarnSide: 360, selfieMinSide: 160, selfieWarnSide: 320 },
  screenshot: { flatShare: 0.01, minEvidence: 2.5 },
  recapture: { fineMoireShare: 0.1, coarseMoireShare: 0.1 },
  faces: { minScore: 0.6, minRelativeSize: 0.25, minFaceShare: 0.14, minHeadInFrame: 1.14 },
  faceQuality: { darkMedian: 65, brightMedian: 240, minDetailContrast: 0.025 },
  portrait: { minScore: 0.6 },
});

/** How each preset differs from {@link DEFAULT_OPTIONS}. */
export const PRESETS: DeepReadonly<Record<PresetName, DeepPartial<PrecheckOptions>>> = deepFreeze({
  lenient: {
    grayscale: { minColourFraction: 0.001 },
    exposure: { darkP95: 60, clippedFraction: 0.3, brightP05: 150 },
    resolution: { documentMinSide: 120, documentWarnSide: 300, selfieMinSide: 120, selfieWarnSide: 240 },
    screenshot: { minEvidence: 3 },
    recapture: { fineMoireShare: 0.15, coarseMoireShare: 0.15 },
    faces: { minFaceShare: 0.1, minHeadInFrame: 0.9 },
    faceQuality: { darkMedian: 50, brightMedian: 248, minDetailContrast: 0.015 },
    portrait: { minScore: 0.5 },
  },
  balanced: {},
  strict: {
    grayscale: { minColourFraction: 0.005 },
    exposure: { darkP95: 100, clippedFraction: 0.08, brightP05: 100 },
    resolution: { documentMinSide: 300, documentWarnSide: 600, selfieMinSide: 320, selfieWarnSide: 480 },
    screenshot: { minEvidence: 2 },
    recapture: { fineMoireShare: 0.07, coarseMoireShare: 0.08 },
    faces: { minScore: 0.5, minRelativeSize: 0.15, minFaceShare: 0.2, minHeadInFrame: 1.4 },
    faceQuality: { darkMedian: 80, brightMedian: 230, minDetailContrast: 0.035 },
    portrait: { minScore: 0.7 },
  },
});

/** Allowed range [min, max] of every option, by dotted path, and whether it must be an integer. */
const RANGES: Readonly<Record<string, readonly [number, number, 'integer'?]>> = {
  analysisSize: [256, 4096, 'integer'],
  maxPixels: [1, 1_000_000_000, 'integer'],
  'grayscale.chromaThreshold': [0, 255],
  'grayscale.minColourFraction': [0, 1],
  'grayscale.neutralChroma': [0, 255],
  'grayscale.maxTintChroma': [0, 255],
  'exposure.darkP95': [0, 255],
  'exposure.clippedFraction': [0, 1],
  'exposure.brightP05': [0, 255],
  'resolution.documentMinSide': [0, 100_000],
  'resolution.documentWarnSide': [0, 100_000],
  'resolution.selfieMinSide': [0, 100_000],
  'resolution.selfieWarnSide': [0, 100_000],
  'screenshot.flatShare': [0, 1],
  'screenshot.minEvidence': [0, 10],
  'recapture.fineMoireShare': [0, 1],
  'recapture.coarseMoireShare': [0, 1],
  'faces.minScore': [0, 1],
  'faces.minRelativeSize': [0, 1],
  'faces.minFaceShare': [0, 1],
  'faces.minHeadInFrame': [0, 10],
  'faceQuality.darkMedian': [0, 255],
  'faceQuality.brightMedian': [0, 255],
  'faceQuality.minDetailContrast': [0, 10],
  'portrait.minScore': [0, 1],
};

/** Pairs [lower, higher] that must stay ordered. */
const ORDERED: readonly (readonly [string, string])[] = [
  ['resolution.documentMinSide', 'resolution.documentWarnSide'],
  ['resolution.selfieMinSide', 'resolution.selfieWarnSide'],
  ['grayscale.neutralChroma', 'grayscale.maxTintChroma'],
  ['faceQuality.darkMedian', 'faceQuality.brightMedian'],
];

/**
 * Merges `input` over its preset over {@link DEFAULT_OPTIONS} and validates the result.
 * @throws TypeError for an unknown option name or a value that is not a finite number.
 * @throws RangeError for a value outside the option's range (or not an integer where one is
 * needed, or out of order with its pair), naming the option and the range.
 */
export function resolveOptions(input: OptionsInput = {}): PrecheckOptions {
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
  for (const [lower, higher] of ORDERED) {
    if (valueAt(merged, lower) > valueAt(merged, higher)) {
      throw new RangeError(`option "${lower}" must not exceed "${higher}"`);
    }
  }
  return merged;
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
    const [min, max, integer] = RANGES[path]!;
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
export const OPTION_PATHS: readonly string[] = Object.keys(RANGES);
