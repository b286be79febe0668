/** Thresholds of the face checks and the document portrait (collected in `PrecheckOptions`, see `../options.ts`). */

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
   * misses are low-resolution scans); faces were also found on 2 of the 10 portrait-less documents.
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
   * `blurry` when the inner face's edges are wider than this (quartile edge width, pixels, with
   * the inner face downscaled to at most 160 px; a crisp edge measures about 2). Independent of
   * the face's contrast; a face too dark to show edges is left to `too_dark`. Corpus: blurred
   * selfies from 6.6, single-face selfies up to 5.0. (The Laplacian energy over luma variance used before left blurred selfies at up to 0.023
   * against sharp ones from 0.030: a much narrower gap.)
   * @default 5.75
   */
  maxEdgeWidth: number;
}
