import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { checkFrame, FRAME_CHECKS, frameState, FRAME_HINTS } from '../../src/core/frame.js';
import { checksFor } from '../../src/core/checks/index.js';
import { createFaceDetector } from '../../src/core/face/factory.js';
import type { FaceDetector } from '../../src/core/face/types.js';
import { resolveOptions } from '../../src/core/options.js';
import type { Raster, Report } from '../../src/core/types.js';
import { nodeModelFiles } from '../../src/node/model-files.js';
import { ROOT } from '../cli/run-cli.js';
import { readRaster } from '../helpers.js';

interface Labelled {
  file: string;
  label: string;
  kind: 'document' | 'selfie';
  mustInclude: string[];
  mustExclude: string[];
}

const IMAGES = join(ROOT, 'test-images');
/** The longer side of a phone camera's 720p preview frames. */
const CAMERA_SIDE = 1280;

/** A test image as a camera frame: upright, at most 1280 px, RGBA. */
const cameraFrame = (file: string): Promise<Raster> =>
  readRaster(join(IMAGES, file), { maxSide: CAMERA_SIDE, withoutEnlargement: true });

describe('checkFrame', () => {
  let detector: FaceDetector;
  let labelled: Labelled[];
  const options = resolveOptions();

  beforeAll(async () => {
    detector = await createFaceDetector(nodeModelFiles(), {});
    labelled = JSON.parse(await readFile(join(IMAGES, 'labels.json'), 'utf8')).images;
  }, 60_000);
  afterAll(() => detector?.dispose());

  it('runs only the guidance checks', () => {
    for (const kind of ['document', 'selfie'] as const) {
      const names = checksFor(kind).map((check) => check.name);
      expect(FRAME_CHECKS[kind].every((name) => names.includes(name))).toBe(true);
    }
  });

  it("raises the guidance checks' issues of the photo check of the same frame", async () => {
    const differ: string[] = [];
    let checked = 0;
    for (const image of labelled) {
      if (!/\.(jpe?g|png)$/.test(image.file)) continue;
      const frame = await cameraFrame(image.file);
      const request = { kind: image.kind, faceDetector: detector };
      const guided = new Set<string>(FRAME_HINTS[image.kind]);
      const codes = (report: Report): string =>
        report.issues
          .map((issue) => issue.code as string)
          .filter((code) => guided.has(code))
          .sort()
          .join(',');
      const live = await checkFrame(frame, { ...request, options });
      const photo = await analyze(frame, { width: frame.width, height: frame.height, format: 'jpeg' }, request);
      checked++;
      if (codes(live) !== codes(photo)) differ.push(`${image.file}: live [${codes(live)}], photo [${codes(photo)}]`);
      expect(live.maps).toBeUndefined();
      expect(Object.keys(live.timings)).not.toContain('grayscale');
    }
    expect(checked).toBeGreaterThanOrEqual(60);
    // Measured: 119 of 130 the same; no other image may differ.
    const known = [
      // Two faces already too small, also called blurry.
      'selfie_small_01.jpg',
      'selfie_small_02.jpg',
      // A card with three fingers along an edge, whose outline the photo's 512 px search takes
      // for a small part of it (too_far) and the frame's 320 px one finds; four fingers along an
      // edge, where the photo also warns of glare.
      'doc_hand_edge_07.jpg',
      'doc_hand_edge_09.jpg',
      // Mild defocus and a one-sided blur: the photo's document is measured at its own size at
      // 1024 px, the frame's at 640 px, where a blur of a given share of the frame is 1.6 times
      // narrower (docs/widget.md, the live camera's frame check).
      'doc_blur_partial_06.jpg',
      'doc_blur_defocus_07.jpg',
      'doc_blur_defocus_08.jpg',
      'doc_blur_defocus_09.jpg',
      'doc_blur_defocus_10.jpg',
      // A camera photo of a fine guilloche print (a screen_recapture control), with and without a
      // colour filter grid: blurry only on the frame, where its fine lines, at 640 px, leave few
      // crisp edges (not looked into).
      'screen_control_guilloche_10.jpg',
      'screen_control_guilloche_bayer_14.jpg',
    ];
    const files = differ.map((line) => line.slice(0, line.indexOf(':')));
    expect(
      files.filter((file) => !known.includes(file)),
      differ.join('\n'),
    ).toEqual([]);
  }, 180_000);

  it('calls the good generated photos ready, or asks only to aim (closer, centred)', async () => {
    const aiming = new Set([
      'ready',
      'too_far',
      'document_too_close',
      'face_off_centre',
      'face_too_small',
      'face_too_close',
    ]);
    const hints: string[] = [];
    // Camera frames are photos: the PDFs among the good documents are not frames.
    const photos = labelled.filter((entry) => !entry.file.endsWith('.pdf'));
    for (const image of photos.filter((entry) => entry.label === 'doc_good' || entry.label === 'face_one')) {
      const report = await checkFrame(await cameraFrame(image.file), {
        kind: image.kind,
        options,
        faceDetector: detector,
      });
      const { hint } = frameState(report);
      if (!aiming.has(hint)) hints.push(`${image.file}: ${hint}`);
    }
    expect(hints).toEqual([]);
  }, 120_000);

  it('requires a face detector for a selfie frame', async () => {
    const raster: Raster = { data: new Uint8ClampedArray(16 * 16 * 4), width: 16, height: 16 };
    await expect(checkFrame(raster, { kind: 'selfie', options })).rejects.toThrow(TypeError);
  });
});

describe('frameState', () => {
  const report = (kind: 'document' | 'selfie', fields: Partial<Report>): Report => ({
    kind,
    verdict: 'pass',
    issues: [],
    scores: {},
    image: { width: 1000, height: 750, format: 'bitmap' },
    timings: {},
    ...fields,
  });
  const issue = (code: Report['issues'][number]['code']) => ({
    code,
    severity: 'fail' as const,
    score: 0,
    threshold: 0,
  });
  const face = (x: number, y: number, width: number) => ({ box: { x, y, width, height: width }, score: 0.9 });

  it('asks for light before anything else: a dark room hides faces', () => {
    expect(frameState(report('selfie', { issues: [issue('no_face'), issue('too_dark')] })).hint).toBe('too_dark');
    expect(frameState(report('document', { issues: [issue('document_not_found'), issue('too_dark')] })).hint).toBe(
      'too_dark',
    );
  });

  it('asks to centre a face off the middle, and to step back from one too close', () => {
    const centred = report('selfie', { faces: [face(380, 260, 240)], scores: { faceShare: 0.32, faceEdgeWidth: 2 } });
    expect(frameState(centred)).toEqual({ hint: 'ready', ready: true, edgeWidth: 2 });
    const aside = report('selfie', { faces: [face(650, 260, 240)], scores: { faceShare: 0.32 } });
    expect(frameState(aside).hint).toBe('face_off_centre');
    const close = report('selfie', { faces: [face(150, 20, 700)], scores: { faceShare: 0.93 } });
    expect(frameState(close).hint).toBe('face_too_close');
  });

  it('asks to come closer to a small document and to step back from one filling the frame', () => {
    expect(frameState(report('document', { scores: { documentShare: 0.12, edgeWidth: 2 } })).hint).toBe('too_far');
    expect(frameState(report('document', { scores: { documentShare: 1, documentFillsFrame: 1 } })).hint).toBe(
      'document_too_close',
    );
    expect(frameState(report('document', { scores: { documentShare: 0.5, edgeWidth: 2.5 } }))).toEqual({
      hint: 'ready',
      ready: true,
      edgeWidth: 2.5,
    });
  });

  it('a warning is not ready either: the frame to capture has no issue at all', () => {
    const glare = { ...issue('glare'), severity: 'warn' as const };
    expect(frameState(report('document', { issues: [glare], scores: { documentShare: 0.5 } })).hint).toBe('glare');
  });
});
