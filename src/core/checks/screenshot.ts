import { ISSUE_CODES } from '../codes.js';
import { isScreenSize } from '../data/screen-sizes.js';
import { flatRegionShare } from '../imageops/flat.js';
import { findStatusBar } from '../imageops/status-bar.js';
import { sharedValue, type AnalysisContext, type Check } from './check.js';
import { weighClues, type Clue } from './clues.js';

/** Flat regions are judged on 4 × 4 blocks, and must cover at least 64 of them (1024 pixels). */
const FLAT_BLOCK = 4;
const FLAT_REGION_BLOCKS = 64;

/**
 * How much each clue adds to the evidence that a file is a screenshot. None is decisive alone:
 * a lossless file may be a scan, a screen-sized image may be a video frame, most web images have
 * no EXIF, a camera photo with a studio backdrop edited in an app can have flat areas, and a
 * cluttered top edge could pass for a status bar. Camera EXIF (make or model) speaks against:
 * screenshot tools do not write it.
 */
const EVIDENCE = {
  flatAreas: 2,
  statusBar: 1,
  lossless: 1,
  screenSize: 1,
  noCameraExif: 0.5,
  cameraExif: -2,
} as const;

/**
 * `screenshot`: a rendered or screen-captured image instead of a camera photo. Adds up the clues
 * in {@link EVIDENCE}; the strongest is large areas of one exact colour (app backgrounds, bars,
 * dialogs), which a camera cannot produce because sensor noise survives in every unclipped pixel.
 * A phone status bar along the top catches screenshots of photos and wallpapers, which have no
 * flat areas. The issue's `detail` lists the clues found.
 */
export const screenshotCheck: Check<{ clues: Clue[] }> = {
  name: 'screenshot',
  kinds: ['document'],
  codes: [ISSUE_CODES.screenshot],
  measure(context) {
    const { meta } = context;
    const flat = flatAreaShare(context);
    const hasCameraExif = meta.exif?.make !== undefined || meta.exif?.model !== undefined;
    const statusBar = findStatusBar(context.luma);
    const clues: Clue[] = [];
    if (statusBar !== null) clues.push({ weight: EVIDENCE.statusBar, note: 'phone status bar at the top' });
    if (meta.lossless === true) clues.push({ weight: EVIDENCE.lossless, note: `lossless ${meta.format}` });
    if (isScreenSize(meta.width, meta.height)) {
      clues.push({ weight: EVIDENCE.screenSize, note: `${meta.width}x${meta.height} is a screen size` });
    }
    clues.push(
      hasCameraExif
        ? { weight: EVIDENCE.cameraExif, note: 'camera EXIF' }
        : { weight: EVIDENCE.noCameraExif, note: 'no camera EXIF' },
    );
    return { scores: { flatAreaShare: flat, statusBar: statusBar === null ? 0 : 1 }, evidence: { clues } };
  },
  judge({ scores, evidence }, { options }) {
    const { flatShare, minEvidence } = options.screenshot;
    const flat = scores.flatAreaShare!;
    const clues = [
      ...(flat >= flatShare
        ? [{ weight: EVIDENCE.flatAreas, note: `flat areas cover ${Math.round(flat * 100)} %` }]
        : []),
      ...evidence!.clues,
    ];
    const { evidence: screenshotEvidence, detail } = weighClues(clues);
    if (screenshotEvidence < minEvidence) return { issues: [], scores: { screenshotEvidence } };
    return {
      scores: { screenshotEvidence },
      issues: [
        {
          code: ISSUE_CODES.screenshot,
          severity: 'fail',
          score: screenshotEvidence,
          threshold: minEvidence,
          detail,
        },
      ],
    };
  },
};

/** A clue to a screenshot: how much it weighs ({@link EVIDENCE}) and what it says in the issue's detail. */
/**
 * Share of the image in large areas of one exact colour (see `flatRegionShare`): rendered, not
 * captured by a sensor. Read by this check and by `scan_or_copy`, so computed once per analysis.
 */
export function flatAreaShare(context: AnalysisContext): number {
  return sharedValue(context, 'flatAreaShare', () => flatRegionShare(context.raster, FLAT_BLOCK, FLAT_REGION_BLOCKS));
}
