/**
 * Videos for Chromium's fake camera (`launchChromium({ fakeCamera })`): YUV4MPEG2 files made from
 * real corpus photos, one per live-camera scenario the widget must handle. The corpus is only read;
 * the videos go into a folder the test chooses (a temp dir).
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { ROOT } from '../cli/run-cli.js';
import { writeY4m, type RgbFrame } from '../../scripts/y4m.mjs';
export { showOnFakeCamera } from '../../scripts/y4m.mjs';

/** Frames a second in every scenario (Chromium plays the file at the rate in its header, then loops it). */
export const CAMERA_FPS = 10;

/** The live-camera scenarios {@link cameraScenario} makes. */
export const CAMERA_SCENARIOS = [
  'one-face',
  'two-faces',
  'no-face',
  'face-drifting',
  'dark',
  'card-moving-then-steady',
] as const;
export type CameraScenario = (typeof CAMERA_SCENARIOS)[number];

const CORPUS = join(ROOT, '../shared/corpus');

/**
 * A corpus photo and where its subject is, in the photo's own pixels (face boxes from the
 * project's face detector, card corners from the manifest's `corners` column).
 */
interface ScenePhoto {
  /** Path under `../shared/corpus/`. */
  file: string;
  /** Its label in the corpus manifest. */
  label: string;
  /** The point the steady camera centres on. */
  centre: { x: number; y: number };
  /** The width of its face, if the scenario moves it. */
  faceWidth?: number;
}

/**
 * The corpus photos the scenarios are made of, and why each was chosen.
 */
export const SCENARIO_PHOTOS = {
  /**
   * one-face, face-drifting, dark: 2000 × 1418, one frontal face (box 565 × 563 at 708, 412),
   * centred (centre at 50 % × 49 %), plain backdrop; in a 480 × 640 frame the face fills 40 % of
   * its height. Other large centred faces are close-ups that overfill the frame (img1, img19: 65–75 %)
   * or smaller (img13, img14: 31–35 % of a landscape frame's height).
   */
  face: {
    file: 'face_one/deepface_img23.jpg',
    label: 'face_one',
    centre: { x: 990, y: 693 },
    faceWidth: 565,
  },
  /**
   * two-faces: 2000 × 1393, manifest `faces` 2, two frontal faces of the same size (boxes about
   * 575 px, centred at 28 % and 74 % across): a 640 × 480 crop keeps both, each 41 % of the height.
   * A 3:4 portrait crop cannot hold both, so this scenario is landscape.
   */
  twoFaces: {
    file: 'face_many/deepface_couple.jpg',
    label: 'face_many',
    centre: { x: 1011, y: 696 },
  },
  /**
   * no-face: 2000 × 1333, a sharp outdoor scene (office block, trees, sky) with no one in it; the
   * face detector finds nothing. The face_none photos are sheets of text filling the frame but for
   * one 200 × 133 dusk scene (pe_pacman), too small to fill a frame; the other sharp_general scenes
   * fool the detector (kwentar_176: 5 faces in posters on a wall, kwentar_180: 2 in a mural).
   */
  empty: {
    file: 'sharp_general/kwentar_106_NIKON-D3400-35MM_S.JPG',
    label: 'sharp_general',
    centre: { x: 1000, y: 666 },
  },
  /**
   * card-moving-then-steady: 1080 × 1920 phone video frame, German ID card flat on a keyboard (a
   * textured background motion blur shows on), corners 77,678 980,668 979,1263 72,1234: the
   * full-width 640 × 480 crop keeps 43–64 px of margin around the card on every side, the most of the
   * large MIDV cards (midvd_01_02_01 touches the left edge: 12 px).
   */
  card: {
    file: 'doc_good/midvd_05_14_06.jpg',
    label: 'doc_good',
    centre: { x: 526, y: 966 },
  },
} satisfies Record<string, ScenePhoto>;

/** Portrait, as a phone held for a selfie. */
const SELFIE_SIZE = { width: 480, height: 640 };
/** Landscape, as a phone held sideways over a card (and a webcam). */
const LANDSCAPE_SIZE = { width: 640, height: 480 };

/**
 * A photo scaled so that the frame just fits inside it (cover), with {@link MARGIN} pixels of its
 * edge colour around it so a window may move past the photo's edges; packed RGB.
 */
interface Backdrop {
  pixels: Buffer;
  width: number;
  height: number;
  /** Photo pixels to backdrop pixels. */
  scale: number;
  /** Where a frame-sized window shows the photo's subject (its `centre`) best, in backdrop pixels. */
  centre: { x: number; y: number };
}

/** Enough for the panned face (50 px past the photo) and the tilted card's larger window (120 px). */
const MARGIN = 200;

async function backdrop(photo: ScenePhoto, frame: { width: number; height: number }): Promise<Backdrop> {
  const image = sharp(join(CORPUS, photo.file)).autoOrient();
  const { width, height } = (await image.metadata()).autoOrient;
  const scale = Math.max(frame.width / width, frame.height / height);
  const { data, info } = await image
    .resize(Math.round(width * scale), Math.round(height * scale))
    .extend({ top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, extendWith: 'copy' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // The window centred on the subject, pushed back inside the photo where it would cross an edge.
  const inside = (centre: number, frameSide: number, side: number): number =>
    Math.min(Math.max(centre * scale, frameSide / 2), side * scale - frameSide / 2) + MARGIN;
  return {
    pixels: data,
    width: info.width,
    height: info.height,
    scale,
    centre: { x: inside(photo.centre.x, frame.width, width), y: inside(photo.centre.y, frame.height, height) },
  };
}

/** The `size` window of `backdrop` centred `offset` pixels from its subject. */
function cropWindow(
  { pixels, width, height, centre }: Backdrop,
  size: { width: number; height: number },
  offset = { x: 0, y: 0 },
): RgbFrame {
  const left = Math.round(centre.x + offset.x - size.width / 2);
  const top = Math.round(centre.y + offset.y - size.height / 2);
  if (left < 0 || top < 0 || left + size.width > width || top + size.height > height) {
    throw new Error('the window leaves the backdrop: widen MARGIN');
  }
  const data = Buffer.alloc(size.width * size.height * 3);
  for (let row = 0; row < size.height; row += 1) {
    const start = ((top + row) * width + left) * 3;
    pixels.copy(data, row * size.width * 3, start, start + size.width * 3);
  }
  return { data, ...size, channels: 3 };
}

/** A seeded pseudo-random source in [0, 1) (mulberry32), so every run makes the same videos. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hand-held camera shake: an offset of -1, 0 or 1 px each way. */
function shake(next: () => number): { x: number; y: number } {
  return { x: Math.floor(next() * 3) - 1, y: Math.floor(next() * 3) - 1 };
}

/** `count` frames of a still scene seen by a hand-held camera. */
function* stillScene(scene: Backdrop, size: { width: number; height: number }, count: number): Generator<RgbFrame> {
  const next = random(1);
  for (let index = 0; index < count; index += 1) yield cropWindow(scene, size, shake(next));
}

/** Seconds of a still scene; the camera loops it. */
const STILL_SECONDS = 2;

/** 0 → 1 with a gentle start and end. */
const smoothstep = (t: number): number => t * t * (3 - 2 * t);

/**
 * The face centred, then the camera pans over 3 s until the face's centre is a tenth of its width
 * past the left border (60 % of the face out of frame, the rest cut by the border), then 2 s there.
 */
function* faceDrifting(scene: Backdrop, faceWidth: number): Generator<RgbFrame> {
  const size = SELFIE_SIZE;
  const travel = size.width / 2 + faceWidth * 0.1;
  const panFrames = 3 * CAMERA_FPS;
  const next = random(2);
  for (let index = 0; index < 5 * CAMERA_FPS; index += 1) {
    const pan = travel * smoothstep(Math.min(index / panFrames, 1));
    const jitter = shake(next);
    yield cropWindow(scene, size, { x: pan + jitter.x, y: jitter.y });
  }
}

/** The one-face frames in a dim room: 12 % of the light, and sensor noise (σ ≈ 2 levels). */
function* dark(frames: Iterable<RgbFrame>): Generator<RgbFrame> {
  const next = random(3);
  // One field of noise, read from another place in each frame.
  const shift = 1 << 16;
  let noise: Float32Array | undefined;
  for (const frame of frames) {
    noise ??= Float32Array.from({ length: frame.data.length + shift }, () => (next() + next() + next() - 1.5) * 4);
    const start = Math.floor(next() * shift);
    const data = new Uint8ClampedArray(frame.data.length); // rounds and clamps to 0-255
    for (let i = 0; i < data.length; i += 1) data[i] = frame.data[i]! * 0.12 + 2 + noise[start + i]!;
    yield { ...frame, data };
  }
}

/**
 * A motion-blur kernel: a line `length` px long at `angle` radians, for sharp's `convolve`.
 */
function motionKernel(length: number, angle: number): { width: number; height: number; kernel: number[] } {
  const side = Math.max(3, Math.ceil(length) | 1);
  const kernel = new Array<number>(side * side).fill(0);
  const half = (side - 1) / 2;
  for (let step = -length / 2; step <= length / 2; step += 0.25) {
    const x = Math.round(half + step * Math.cos(angle));
    const y = Math.round(half + step * Math.sin(angle));
    kernel[y * side + x]! += 1;
  }
  return { width: side, height: side, kernel };
}

/** Where the hand-held card is `t` seconds in: offset (px) and tilt (degrees), settling to zero at `settle`. */
function cardPose(t: number, settle: number): { x: number; y: number; degrees: number } {
  const left = Math.max(0, 1 - t / settle);
  return {
    x: 60 * left * Math.sin(2 * Math.PI * 1.1 * t),
    y: 30 * left * Math.cos(2 * Math.PI * 0.8 * t),
    degrees: 6 * left * Math.sin(2 * Math.PI * 1.3 * t + 0.5),
  };
}

/**
 * A card held over the camera: 1.5 s moving (shifted tens of px and tilted a few degrees from
 * frame to frame, motion-blurred along its path), then 3 s steady and sharp (camera shake only).
 */
async function* cardMovingThenSteady(scene: Backdrop): AsyncGenerator<RgbFrame> {
  const size = LANDSCAPE_SIZE;
  const movingFrames = 1.5 * CAMERA_FPS;
  // A larger window rotates without its corners running out of picture.
  const border = 120;
  const around = cropWindow(scene, { width: size.width + 2 * border, height: size.height + 2 * border });
  const raw = { width: around.width, height: around.height, channels: 3 } as const;
  for (let index = 0; index < movingFrames; index += 1) {
    const pose = cardPose(index / CAMERA_FPS, movingFrames / CAMERA_FPS);
    const before = cardPose((index - 1) / CAMERA_FPS, movingFrames / CAMERA_FPS);
    const path = { x: pose.x - before.x, y: pose.y - before.y };
    const rotated = await sharp(around.data, { raw })
      .rotate(pose.degrees, { background: '#000' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { data } = await sharp(rotated.data, { raw: rotated.info })
      .extract({
        left: Math.round((rotated.info.width - size.width) / 2 - pose.x),
        top: Math.round((rotated.info.height - size.height) / 2 - pose.y),
        ...size,
      })
      .convolve(motionKernel(Math.max(9, Math.hypot(path.x, path.y)), Math.atan2(path.y, path.x)))
      .raw()
      .toBuffer({ resolveWithObject: true });
    yield { data, ...size, channels: 3 };
  }
  yield* stillScene(scene, size, 3 * CAMERA_FPS);
}

/** The frames of one scenario. */
async function scenarioFrames(name: CameraScenario): Promise<Iterable<RgbFrame> | AsyncIterable<RgbFrame>> {
  const stillFrames = STILL_SECONDS * CAMERA_FPS;
  switch (name) {
    case 'one-face':
      return stillScene(await backdrop(SCENARIO_PHOTOS.face, SELFIE_SIZE), SELFIE_SIZE, stillFrames);
    case 'two-faces':
      return stillScene(await backdrop(SCENARIO_PHOTOS.twoFaces, LANDSCAPE_SIZE), LANDSCAPE_SIZE, stillFrames);
    case 'no-face':
      return stillScene(await backdrop(SCENARIO_PHOTOS.empty, SELFIE_SIZE), SELFIE_SIZE, stillFrames);
    case 'face-drifting': {
      const scene = await backdrop(SCENARIO_PHOTOS.face, SELFIE_SIZE);
      return faceDrifting(scene, SCENARIO_PHOTOS.face.faceWidth * scene.scale);
    }
    case 'dark':
      return dark(stillScene(await backdrop(SCENARIO_PHOTOS.face, SELFIE_SIZE), SELFIE_SIZE, stillFrames));
    case 'card-moving-then-steady':
      return cardMovingThenSteady(await backdrop(SCENARIO_PHOTOS.card, LANDSCAPE_SIZE));
  }
}

/**
 * Makes one scenario's video, `<dir>/<name>.y4m`, for `launchChromium({ fakeCamera })`, and returns
 * its path. All play at {@link CAMERA_FPS} and Chromium loops them:
 *
 * - `one-face` (480 × 640, 2 s): one face, centred, 40 % of the frame height; camera shake only.
 * - `two-faces` (640 × 480, 2 s): two faces side by side, each 41 % of the height.
 * - `no-face` (480 × 640, 2 s): an outdoor scene with no one in it.
 * - `face-drifting` (480 × 640, 5 s): `one-face`, panned over 3 s until the face is cut by the
 *   left border with 60 % of it outside, then held 2 s (the loop jumps back to the centred face).
 * - `dark` (480 × 640, 2 s): `one-face` at 12 % of the light with sensor noise; luma mean about 20.
 * - `card-moving-then-steady` (640 × 480, 4.5 s): an ID card on a keyboard, moving and
 *   motion-blurred for 1.5 s, then steady and sharp for 3 s with a margin on every side.
 */
export async function cameraScenario(name: CameraScenario, dir: string): Promise<string> {
  const path = join(dir, `${name}.y4m`);
  await writeY4m(path, await scenarioFrames(name), { fps: CAMERA_FPS });
  return path;
}
