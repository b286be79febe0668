import { ISSUE_CODES } from '../codes.js';
import { scannerToolOf } from '../data/scanner-tools.js';
import { lightUnevenness } from '../imageops/light-field.js';
import { borderSpread, outsideSpread, squareOnTilt } from '../imageops/scan-layout.js';
import type { Check } from './check.js';
import { weighClues, type Clue } from './clues.js';
import { documentRegion } from './outline.js';
import { flatAreaShare } from './screenshot.js';

/** The document as the shadow check measures it (the same region, made once): its longest side… */
const WORKING_SIDE = 256;
/** …and the share of the way to its centre left out (its edge, and what lies just beyond it). */
const INSET = 0.03;
/** A document within this many degrees of the frame's axes lies square on the glass. */
const MAX_TILT_DEGREES = 1;
/** Luma spread (90th - 10th percentile) of a plain, evenly lit background: a scanner's lid or bed. */
const MAX_BACKGROUND_SPREAD = 12;
/** For a document filling the frame, the band along the frame's edges measured: this share of its shorter side. */
const BORDER_BAND = 0.04;
/** A pixel is neutral when its channels differ by at most this (a mono scan writes R = G = B). */
const NEUTRAL_SPREAD = 2;
/** The file is neutral when this share of the document's pixels is. */
const MIN_NEUTRAL_SHARE = 0.98;

/**
 * How much each clue adds to the evidence that a file is a scan or copy. Only the metadata is
 * decisive alone: a photo cropped tightly in the gallery fills the frame too, a card on a plain
 * table can lie square to the camera, a well-lit page can be evenly lit, and a black-and-white
 * original is neutral. Camera EXIF (a make or model that is no scanner's) speaks against, and
 * so do areas of one exact colour (a screenshot's: a scanner's sensor is noisy like a camera's).
 */
const EVIDENCE = {
  scannerMetadata: 3,
  noBackground: 1,
  squareOn: 1,
  plainBackground: 1,
  evenLight: 1,
  neutral: 1,
  cameraExif: -2,
  rendered: -2,
} as const;

/**
 * `scan_or_copy`: the file shows a flatbed scan, a scanning app's output or a photocopy instead
 * of the original photographed. Adds up the clues in {@link EVIDENCE}: scanner or scanning-app
 * names in the metadata; the document filling the frame with no background (a scan cropped to
 * the document), or lying square to the frame, on a plain and evenly lit background (a card on
 * the scanner's glass under its lid); its paper lit evenly (see `lightUnevenness`), as a scanner's lamp does and a room light does not;
 * every pixel neutral (a mono scan or copy). Warns from `scanOrCopy.minEvidence`, fails from
 * `failEvidence` (only the `strict` preset sets it within reach). The issue's `detail` lists the
 * clues. What it cannot tell (halftone dots, which the analysis size averages away; a colour
 * print of an ID photographed with a camera) is in docs/checks/scan-or-copy.md.
 */
export const scanOrCopyCheck: Check<{ clues: Clue[]; flatShare: number }> = {
  name: 'scan_or_copy',
  kinds: ['document'],
  codes: [ISSUE_CODES.scan_or_copy],
  measure(context) {
    const exif = context.meta.exif;
    const fields = [exif?.make, exif?.model, exif?.software, exif?.creatorTool];
    const scanner = fields.map((field) => (field === undefined ? null : scannerToolOf(field))).find((name) => name);
    const clues: Clue[] = [];
    if (scanner) clues.push({ weight: EVIDENCE.scannerMetadata, note: `metadata names ${scanner}` });
    else if (exif?.make !== undefined || exif?.model !== undefined) {
      clues.push({ weight: EVIDENCE.cameraExif, note: 'camera EXIF' });
    }
    const flatShare = flatAreaShare(context);
    const finding = context.document;
    const scores = {
      scanFillsFrame: 0,
      scanTilt: -1,
      scanBackgroundSpread: -1,
      scanUnevenness: -1,
      scanNeutralShare: 0,
    };
    if (finding?.corners == null) return { scores, evidence: { clues, flatShare } };

    scores.scanFillsFrame = Number(finding.fillsFrame);
    if (finding.fillsFrame) scores.scanBackgroundSpread = borderSpread(context.luma, BORDER_BAND);
    else {
      scores.scanTilt = squareOnTilt(finding.corners);
      scores.scanBackgroundSpread = outsideSpread(context.luma, finding.corners);
    }
    const region = documentRegion(context, INSET, WORKING_SIDE);
    scores.scanUnevenness = lightUnevenness(region) ?? -1;
    scores.scanNeutralShare = neutralShare(region.raster.data, region.spans, region.raster.width);
    return { scores, evidence: { clues, flatShare } };
  },
  judge({ scores, evidence }, { options: { scanOrCopy: options, screenshot } }) {
    const clues = [...evidence!.clues];
    if (evidence!.flatShare >= screenshot.flatShare) {
      clues.push({ weight: EVIDENCE.rendered, note: `flat areas cover ${Math.round(evidence!.flatShare * 100)} %` });
    }
    if (scores.scanFillsFrame === 1) clues.push({ weight: EVIDENCE.noBackground, note: 'no background' });
    if (scores.scanTilt! >= 0 && scores.scanTilt! <= MAX_TILT_DEGREES) {
      clues.push({ weight: EVIDENCE.squareOn, note: 'square to the frame' });
    }
    if (scores.scanBackgroundSpread! >= 0 && scores.scanBackgroundSpread! <= MAX_BACKGROUND_SPREAD) {
      const where = scores.scanFillsFrame === 1 ? 'a plain, evenly lit margin' : 'on a plain, evenly lit background';
      clues.push({ weight: EVIDENCE.plainBackground, note: where });
    }
    if (scores.scanUnevenness! >= 0 && scores.scanUnevenness! <= options.maxUnevenness) {
      clues.push({ weight: EVIDENCE.evenLight, note: `evenly lit (${Math.round(scores.scanUnevenness! * 100)} %)` });
    }
    if (scores.scanNeutralShare! >= MIN_NEUTRAL_SHARE) clues.push({ weight: EVIDENCE.neutral, note: 'no colour' });
    const { evidence: scanEvidence, detail } = weighClues(clues);
    if (scanEvidence < options.minEvidence) return { issues: [], scores: { scanEvidence } };
    const fails = scanEvidence >= options.failEvidence;
    return {
      scores: { scanEvidence },
      issues: [
        {
          code: ISSUE_CODES.scan_or_copy,
          severity: fails ? 'fail' : 'warn',
          score: scanEvidence,
          threshold: fails ? options.failEvidence : options.minEvidence,
          detail,
        },
      ],
    };
  },
};

/** Share of the pixels inside `spans` whose channels are (nearly) equal. */
function neutralShare(data: Uint8ClampedArray, spans: Int32Array, width: number): number {
  let neutral = 0;
  let total = 0;
  for (let y = 0; 2 * y < spans.length; y++) {
    for (let x = spans[2 * y]!, i = (y * width + x) * 4; x < spans[2 * y + 1]!; x++, i += 4) {
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      if (Math.max(r, g, b) - Math.min(r, g, b) <= NEUTRAL_SPREAD) neutral++;
      total++;
    }
  }
  return total === 0 ? 0 : neutral / total;
}
