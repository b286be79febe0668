/** Options of the checks for a picture of a screen: `screenshot` and `screen_recapture`. */

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
   * Evidence (flat areas 2, phone status bar 1, lossless file 1, exact screen size 1, no camera
   * EXIF 0.5, camera EXIF −2) at which the file is reported as a screenshot. At 2.5, flat areas need
   * one more clue (e.g. no camera EXIF); without flat areas, two of status bar, lossless file and
   * screen size, and no camera EXIF.
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
  /**
   * Share of 64-pixel blocks at the analysis size striped with green and magenta bands 4 to 16
   * pixels apart, green rising where red and blue fall: a phone's colour filter grid demosaicing
   * a screen's pixel grid. Printed lines keep the three channels in phase, whatever their ink.
   * Measured inside the document's outline when one is found. Corpus: documents and general photos
   * 0; photos of screens 0.014 to 0.069. Generated: see docs/checks/screen-recapture.md.
   * @default 0.03
   */
  greenMagentaMoireShare: number;
  /**
   * Share of 64-pixel blocks at the analysis size striped with luma moiré: regular stripes 2 to 8
   * pixels apart that run on into a neighbouring block. Measured inside the document's outline when
   * one is found, so that a desk's wood grain around it does not count. Corpus: documents and
   * general photos 0, two shadowed pages of small print 0.037 and 0.028; photos of screens 0.16
   * and 0.19. Generated: see docs/checks/screen-recapture.md.
   * @default 0.05
   */
  lumaMoireShare: number;
  /**
   * The same luma moiré, 2 to 5 pixels apart, in the picture's centre at the file's own resolution
   * (512 pixels square, decoded besides the analysis-size image), where a screen's pixel grid has
   * not been averaged away by the shrink. Corpus: documents and general photos 0; photos of
   * screens 0.093 and 1. Generated: good documents 0, screen photos 0.078 to 0.91.
   * @default 0.05
   */
  nativeMoireShare: number;
  /**
   * Share of 64-pixel blocks of the same centre square at the file's own resolution striped in
   * green against red and blue, 2 to 5 pixels apart: a screen's pixel columns read through the
   * camera's colour filter grid (their rows, dark gaps that darken every colour alike, drop out
   * of the colour). Corpus: documents and general photos 0. Generated: good documents 0, photos
   * of screens up to 0.42, the printed guilloche and woven fabric 0.
   * @default 0.05
   */
  nativeColourMoireShare: number;
}
