/** Thresholds of the document checks (collected in `PrecheckOptions`, see `../options.ts`). */

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
   * The same share measured inside the document's outline, when it was found: a white card
   * photographed well may clip its paper. Corpus: good documents up to 0.45 (white German ID
   * cards); generated blown-out documents 0.74-0.78.
   * @default 0.6
   */
  documentClippedFraction: number;
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

/** Options of the framing checks: `document_not_found`, `cropped`, `too_far`. */
export interface FramingOptions {
  /**
   * `document_not_found` when the best document outline scores below this (weakest side's edge
   * support × mean support × area share^¼), unless the frame has a document's proportions (a scan
   * or a tight crop, taken as filling the frame). Corpus: phone photos of ID cards from 0.48
   * (median 0.69), but a white card on a white bag 0.16; selfies scored as documents up to 0.49.
   * A warning down to {@link notFoundFailScore}: the outline is there but faint (low contrast
   * with the background), and "put the document on a darker surface" is the advice.
   * @default 0.25
   */
  minScore: number;
  /**
   * Below this outline score `document_not_found` fails: no document edges at all.
   * @default 0.1
   */
  notFoundFailScore: number;
  /**
   * `too_far` when the document covers less than this share of the frame. Corpus: phone photos
   * of ID cards from 0.10.
   * @default 0.08
   */
  minShare: number;
  /**
   * `cropped` (a warning) when, at a corner inside the frame, both edges meeting there are missing
   * next to it for more than this share of the document's shorter side: a thumb or an object covers
   * the corner. An ID-1 card's rounded corner takes 6 % of its short side off each edge, but the arc
   * still shows most of it. Corpus: visible corners up to 0.068 (a white card's corner against a
   * white paper flag), corners under a thumb 0.11-0.15 (a fingertip only over the tip: 0.04). The
   * lenient preset (0.12) catches 2 of those 3 thumbs; strict (0.08) stays above every visible one.
   * @default 0.1
   */
  maxHiddenEdge: number;
  /**
   * `cropped` (a warning) when a rounded corner of the document reaches past the frame by more
   * than this share of the frame's longer side, but less than the 2 % from which the frame cuts it
   * (a fail): more than the localisation errs (corpus doc_good, 172 corners: 0.09 % at the
   * median, 0.32 % at p98), so the corner is probably just outside the photo. Corpus: one good
   * photo's page corner is 1.5 % past the frame (its MIDV-500 outline agrees), a cut passport
   * page 0.45 %; the other good photos' tips stay within 0.1 %.
   * @default 0.004
   */
  maxOverrun: number;
  /**
   * `cropped` (a warning) when fingers lie across the document's edge for more than this share of
   * its shorter side: skin-coloured on both sides of the edge, 5 % of the shorter side in and
   * out, where the edge is missing, unlike the document's colour along the rest of that side.
   * Near a corner (within 20 % of the side) the corner is named; over the middle of an edge, the
   * edge (a thumb reaching onto the card past its rim; one resting on the rim is not counted).
   * Corpus (cards held in a hand): fingers over a corner or an edge 0.085-0.38, the least a thumb
   * over the middle of a card's left edge; good photos up to 0.062, but for a pale page's edge
   * over a beige object (0.15, on a photo already warned of). Generated fingers (five skin tones)
   * 0.10 and more, thumbs resting on the rim 0.02 at most.
   * @default 0.08
   */
  maxFingers: number;
}

/** Options of the `blurry` check on documents. */
export interface BlurOptions {
  /**
   * `blurry` when the document's sharpest edges are wider than this (pixels, the document at its
   * own size in the analysis image; where no outline was found, the whole frame downscaled to at
   * most 640 px): the worst, over the four edge directions and the document's four outer thirds,
   * of the 5 % quantile edge width. A crisp edge measures about 2. Corpus: sharp documents and
   * photos up to 3.1, defocused and motion-blurred photos from 3.3, the good phone photos with a
   * generated mild defocus (σ 0.15 % of the long side) from 3.2.
   * @default 3.15
   */
  maxEdgeWidth: number;
}

/** Options of the `glare` check. */
export interface GlareOptions {
  /**
   * A glare pixel is at least this bright (luma, 0-255, at the document's working size)…
   * @default 245
   */
  minLuma: number;
  /**
   * …at least this much brighter than the document's typical level (its 60th-percentile luma), so
   * a white card or a white page is not glare in itself…
   * @default 35
   */
  minRise: number;
  /**
   * A clipped pixel (every channel ≥ 250: the camera saturated, whatever was printed there is
   * gone) needs only this rise above the document's typical level: a bright page or card leaves
   * less headroom than `minRise` between its paper and white, yet a clipped streak across it still
   * wipes out the print. Corpus: glare on a passport page whose paper is at 228; white ID cards
   * (whose paper is at 248-250, so clipping is their paper) stay out.
   * @default 20
   */
  minClippedRise: number;
  /**
   * …and colourless: at most this spread between its R, G and B (a reflection has the lamp's
   * colour; holographic sparkles are coloured).
   * @default 25
   */
  maxChroma: number;
  /**
   * `glare` (a warning) when the largest solid spot of such pixels covers at least this share of
   * the measured document (its outline pulled in by 8 %): a small reflection may hide a date or a digit, worth a retake but not a reject.
   * Corpus: glare photos' spots 0.007-0.16; good documents up to 0.012 (a genuine small
   * reflection on one of them).
   * @default 0.005
   */
  minSpotShare: number;
  /**
   * From this share of the document the spot fails the photo: 2 % of a card is a whole field.
   * @default 0.02
   */
  failSpotShare: number;
  /**
   * A veil of reflected light lifts both ends of a patch of the document, its paper and its
   * print: in a veiled cell (1/16 of the longer side of the document's bounding box) the white
   * level (95th-percentile luma) is at least this far above the typical (median) cell's…
   * @default 45
   */
  minVeilRise: number;
  /**
   * …the black level (5th percentile) at least this far above the document's print darkness (the
   * lower quartile of the cells' black levels), and at least half as far as the white level rose
   * (an added light lifts both alike; a brighter-lit part of a page beside a shadow scales them,
   * lifting the print far less)…
   * @default 30
   */
  minVeilFloorRise: number;
  /**
   * …faint print still shows through: at least this spread between its white and black levels (a
   * blank light panel of the design is not a veil; a fully washed-out patch is a spot)…
   * @default 20
   */
  minVeilContrast: number;
  /**
   * …and it is colourless: at most this mean spread between R, G and B (reflected lamp light).
   * @default 40
   */
  maxVeilChroma: number;
  /**
   * `glare` (a warning only: a light panel of the design with pale print looks the same) when the
   * largest connected veil covers at least this share of the measured document. Corpus: the veil
   * over a card's name fields 0.087; veils on good documents up to 0.017.
   * @default 0.025
   */
  minVeilShare: number;
}
