/** Options of the checks that read the light over the document's paper: `shadow` and `scan_or_copy`. */

/** Options of the `shadow` check. */
export interface ShadowOptions {
  /**
   * `shadow` (a warning) when a cast shadow covers at least this share of the measured document
   * (its outline pulled in by 3 %; the whole frame for a scan or a page filling the photo): a
   * connected area of cells (1/16 of the document's longer side) whose paper is at most 80 % as
   * bright as the document's lit paper (the 80th percentile of the cells' white levels)…
   * Corpus: the shadows found cover 0.10-0.70 of their pages (the soft one 0.10: only its
   * darkest part reads as shaded).
   * @default 0.1
   */
  minShare: number;
  /**
   * From this share of the document the shadow fails the photo: most of it is in the dark. A
   * shadow over more than about four fifths of it is found from a lit side (cells at least 8 %
   * of the document reaching its border); one over all of it is not seen (the photo reads as
   * evenly dim). Corpus: the shadows found cover up to 0.55 of their pages, and 0.70 for a page
   * lit only along one side.
   * @default 0.6
   */
  failShare: number;
  /**
   * …it takes at least this share of the light (1 - its paper's median level over the lit
   * paper's; 0.2, the least, is what a cell needs to count as shaded)…
   * @default 0.2
   */
  minDarkening: number;
  /**
   * …and at most this much: darker than that is not paper in a shadow but something dark (the
   * desk beside a page, a dark panel of the design). Corpus: shadows take 0.21-0.50 of the light.
   * @default 0.75
   */
  maxDarkening: number;
  /**
   * …the light comes back at its edge: the paper level rises by at least this share of the lit
   * level within two cells outside the shadow on most of its border (the median over its border
   * cells), or, for a soft edge, within four cells beyond what the slope of the light inside it
   * explains on a quarter of its border (the upper quartile). Vignetting and light falling off
   * across a page rise a little per cell, as fast outside as inside. Corpus: the shadows found
   * 0.12 and more; generated light falling off across a card 0.055, with vignetting 0.074.
   * @default 0.085
   */
  minEdgeStep: number;
  /**
   * …and its paper keeps the lit paper's colour: the red or blue share of its paper's colour within
   * this of the lit paper's, in three quarters of its cells (a shadow lit by the sky is a little
   * bluer; a coloured band of the design is another colour). Corpus: the shadows found up to
   * 0.044; the darker, coloured panels of ID cards mostly 0.06 and more.
   * @default 0.05
   */
  maxPaperShift: number;
}

/** Options of the `scan_or_copy` check. */
export interface ScanOrCopyOptions {
  /**
   * The paper counts as evenly lit (a clue of a scan) when the surface fitted from above to its
   * cells' white levels (a level, a slope and a fall-off) varies by at most this share of the lit
   * paper's level over the document. Corpus: pages from a scanning app 0.003-0.012; phone photos
   * of cards (MIDV-500) 0.010 and up (median 0.05), generated camera photos 0.025 and up; colour
   * specimen scans 0.005-0.3 (their design, not their light, sets most of it).
   * @default 0.02
   */
  maxUnevenness: number;
  /**
   * `scan_or_copy` (a warning) from this much evidence: scanner metadata 3, no background 1, square
   * to the frame 1, on a plain background 1, evenly lit paper 1, no colour 1, camera EXIF −2,
   * flat areas of one colour (rendered) −2. At 2 a file needs two clues
   * from its pixels, or the metadata.
   * @default 2
   */
  minEvidence: number;
  /**
   * …a failure from this much (above what the clues can add up to in the `balanced` and `lenient`
   * presets: a warning only, as a scan of a genuine document is a common honest upload; `strict`
   * sets it to 2 for flows that need the original photographed).
   * @default 10
   */
  failEvidence: number;
}
