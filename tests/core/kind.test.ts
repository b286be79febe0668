import { describe, expect, it } from 'vitest';
import type { DocumentFinding } from '../../src/core/document/locate.js';
import type { FaceDetection } from '../../src/core/face/types.js';
import { chooseKind, type KindEvidence } from '../../src/core/kind.js';
import { resolveOptions } from '../../src/core/options.js';
import type { Point } from '../../src/core/types.js';

const options = resolveOptions();
/** A 4:3 phone frame: not scan-shaped, so a frame without an outline is `corners: null`. */
const WIDTH = 1024;
const HEIGHT = 768;

/** An upright face `width` wide centred on (cx, cy), with BlazeFace-like keypoints; `sideways` turns it 90°. */
function face(cx: number, cy: number, width: number, score = 0.9, sideways = false): FaceDetection {
  const at = (dx: number, dy: number): Point =>
    sideways ? { x: cx + dy * width, y: cy - dx * width } : { x: cx + dx * width, y: cy + dy * width };
  return {
    box: { x: cx - width / 2, y: cy - width / 2, width, height: width },
    score,
    // right eye, left eye, nose tip, mouth, right ear, left ear (subject's right = viewer's left)
    keypoints: [at(-0.2, -0.2), at(0.2, -0.2), at(0, 0), at(0, 0.25), at(-0.5, -0.1), at(0.5, -0.1)],
  };
}

function finding(corners: [Point, Point, Point, Point] | null, fillsFrame = false): DocumentFinding {
  return {
    corners,
    score: corners ? 0.7 : 0.1,
    areaShare: 0,
    fillsFrame,
    cutSides: [],
    overrun: { top: -1, right: -1, bottom: -1, left: -1 },
    fingers: [],
    fingersOnSides: [],
    sideSupport: [],
    hiddenEdges: [],
  };
}

const box = (x: number, y: number, w: number, h: number): [Point, Point, Point, Point] => [
  { x, y },
  { x: x + w, y },
  { x: x + w, y: y + h },
  { x, y: y + h },
];

/** An ID-1 card (85.6 × 54 mm) 500 px wide in the middle of the frame, its portrait 0.2 of its length from the left. */
const CARD = box(262, 234, 500, 315);
const cardPortrait = (score = 0.9): FaceDetection => face(262 + 0.2 * 500, 234 + 0.5 * 315, 0.3 * 315, score);

function kindOf(faces: FaceDetection[], found: DocumentFinding, width = WIDTH, height = HEIGHT, preset = options) {
  return chooseKind({ width, height, finding: found, faces } satisfies KindEvidence, preset);
}

describe('chooseKind', () => {
  it('a big centred face with no document outline is a selfie', () => {
    const choice = kindOf([face(512, 350, 300)], finding(null));
    expect(choice.kind).toBe('selfie');
    expect(choice.scores.autoSelfie).toBe(1);
    expect(choice.scores.autoFaceShare).toBeCloseTo(300 / 768);
  });

  it('a small portrait at one end of a found card is a document; the same face in the card middle is not', () => {
    const choice = kindOf([cardPortrait()], finding(CARD));
    expect(choice.kind).toBe('document');
    expect(choice.scores).toMatchObject({ autoSelfie: 0, autoFaceInOutline: 1 });
    expect(choice.scores.autoPortraitOffset).toBeCloseTo(0.6);
    expect(kindOf([face(512, 391, 95)], finding(CARD)).kind).toBe('selfie');
  });

  it('a ghost portrait (a second, smaller face on the card) keeps it a document', () => {
    const ghost = face(262 + 0.85 * 500, 234 + 0.3 * 315, 0.3 * 95);
    expect(kindOf([cardPortrait(), ghost], finding(CARD)).kind).toBe('document');
  });

  it('no face is a document, whether an outline is found or not', () => {
    expect(kindOf([], finding(CARD)).kind).toBe('document');
    // Nothing found either: a photo with no face cannot pass as a selfie, and the corpus's faceless
    // photos without an outline are documents (21) far more than selfies (1): text pages, scans.
    expect(kindOf([], finding(null))).toEqual({ kind: 'document', scores: { autoSelfie: 0, autoFaceCount: 0 } });
  });

  it('a person holding their card beside their face is a selfie (the face is outside the card)', () => {
    const card = box(560, 300, 380, 240);
    const person = face(330, 330, 220);
    const printed = face(560 + 0.2 * 380, 420, 0.3 * 240);
    const choice = kindOf([printed, person], finding(card));
    expect(choice.kind).toBe('selfie');
    expect(choice.scores).toMatchObject({ autoFaceCount: 2, autoPeople: 1, autoFaceInOutline: 0 });
  });

  it('a passport page close-up with a big portrait inside its outline is a document', () => {
    const page = box(40, 80, 944, 664);
    const portrait = face(40 + 0.2 * 944, 412, 0.35 * 664);
    const choice = kindOf([portrait], finding(page));
    expect(choice.kind).toBe('document');
    expect(choice.scores.autoFaceShare).toBeGreaterThan(0.3);
    // A face too big for the page it lies on is a person in front of something rectangular.
    expect(kindOf([face(40 + 0.2 * 944, 412, 0.6 * 664)], finding(page)).kind).toBe('selfie');
  });

  it('a scan (the frame is the document) with the portrait at one end is a document, a tiny face is not', () => {
    const scan = finding(box(0, 0, 1024, 721), true);
    expect(kindOf([face(170, 330, 0.2 * 721)], scan, 1024, 721).kind).toBe('document');
    expect(kindOf([face(170, 330, 0.05 * 721)], scan, 1024, 721).kind).toBe('selfie');
  });

  it('a card lying sideways is measured along its length', () => {
    // The frame turned: portrait-format 768 x 1024, the card's length along y, portrait near the bottom.
    const card = box(234, 262, 315, 500);
    expect(kindOf([face(391, 262 + 0.8 * 500, 95, 0.9, true)], finding(card), 768, 1024).kind).toBe('document');
  });

  it('two faces of similar size are people', () => {
    expect(kindOf([face(300, 300, 120), face(700, 320, 110)], finding(null)).kind).toBe('selfie');
  });

  it('an off-centre face whose head the frame cuts is a person, not a portrait', () => {
    expect(kindOf([face(200, 400, 200)], finding(null)).kind).toBe('document');
    expect(kindOf([face(200, 40, 200)], finding(null)).kind).toBe('selfie');
  });

  it('faint detections do not count, even where the selfie checks count fainter ones', () => {
    expect(kindOf([face(512, 350, 300, 0.55)], finding(null)).kind).toBe('document');
    const strict = resolveOptions({ preset: 'strict' });
    expect(strict.faces.minScore).toBeLessThan(0.55);
    expect(kindOf([face(512, 350, 300, 0.55)], finding(null), WIDTH, HEIGHT, strict).kind).toBe('document');
  });
});
