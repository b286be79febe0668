// YUV4MPEG2 videos for Chromium's fake camera (`launchChromium({ fakeCamera })`): the live-camera
// tests (tests/browser/fake-camera.ts) and the live screenshots (scripts/live-screenshots.mjs).
import { copyFile, open, rename } from 'node:fs/promises';

/** Rounded and clamped to 0–255 (full-range Cr of pure red is 255.5). */
const byte = (value) => Math.min(255, Math.max(0, Math.round(value)));

/**
 * Converts one picture (packed RGB or RGBA) to I420 (planar Y, then Cb and Cr at half resolution
 * each way) with the BT.601 matrix; each chroma sample is the average of its 2 × 2 pixels. Width and
 * height must be even. Chromium's fake camera decodes every y4m file as BT.601 `limited` (studio)
 * range, Y 16–235, whatever the header says: a `full` range file plays with crushed shadows and
 * clipped highlights.
 * @param {import('./y4m.d.mts').RgbFrame} frame
 * @param {'limited' | 'full'} [range]
 * @returns {Buffer}
 */
export function rgbToI420(frame, range = 'limited') {
  const { data, width, height, channels } = frame;
  if (width % 2 || height % 2) throw new Error(`I420 needs an even width and height, not ${width} × ${height}`);
  if (data.length !== width * height * channels) throw new Error('frame data does not match width × height × channels');
  // Full range: Y, Cb, Cr span 0–255. Limited: Y 16–235 and Cb, Cr 16–240.
  const [yScale, cScale, yOffset] = range === 'full' ? [1, 1, 0] : [219 / 255, 224 / 255, 16];
  const lumaSize = width * height;
  const out = Buffer.alloc(lumaSize * 1.5);
  for (let pixel = 0, at = 0; pixel < lumaSize; pixel += 1, at += channels) {
    out[pixel] = byte(yOffset + yScale * (0.299 * data[at] + 0.587 * data[at + 1] + 0.114 * data[at + 2]));
  }
  const row = width * channels;
  let chroma = lumaSize;
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2, chroma += 1) {
      // The 2 × 2 pixels' mean colour.
      const at = y * row + x * channels;
      const red = (data[at] + data[at + channels] + data[at + row] + data[at + row + channels]) / 4;
      const green = (data[at + 1] + data[at + channels + 1] + data[at + row + 1] + data[at + row + channels + 1]) / 4;
      const blue = (data[at + 2] + data[at + channels + 2] + data[at + row + 2] + data[at + row + channels + 2]) / 4;
      out[chroma] = byte(128 + cScale * (-0.168736 * red - 0.331264 * green + 0.5 * blue));
      out[chroma + lumaSize / 4] = byte(128 + cScale * (0.5 * red - 0.418688 * green - 0.081312 * blue));
    }
  }
  return out;
}

/**
 * Writes frames to a YUV4MPEG2 file (`YUV4MPEG2 W… H… F<fps>:1 Ip A1:1 C420jpeg`, then `FRAME\n`
 * and the I420 planes of each frame), one frame at a time: a long video never sits in memory.
 * The file appears complete at once (written next to `path`, then renamed), so a Chromium reading
 * `path` never sees half a file. All frames must have the size of the first.
 * @param {string} path
 * @param {Iterable<import('./y4m.d.mts').RgbFrame> | AsyncIterable<import('./y4m.d.mts').RgbFrame>} frames
 * @param {{ fps: number, range?: 'limited' | 'full' }} settings
 * @returns {Promise<{ width: number, height: number, frames: number }>}
 */
export async function writeY4m(path, frames, { fps, range = 'limited' }) {
  if (!Number.isInteger(fps) || fps <= 0) throw new Error(`fps must be a positive integer, not ${fps}`);
  const partial = `${path}.partial`;
  const file = await open(partial, 'w');
  let size;
  let count = 0;
  try {
    for await (const frame of frames) {
      if (!size) {
        size = { width: frame.width, height: frame.height };
        await file.write(`YUV4MPEG2 W${size.width} H${size.height} F${fps}:1 Ip A1:1 C420jpeg\n`);
      } else if (frame.width !== size.width || frame.height !== size.height) {
        throw new Error(`frame ${count} is ${frame.width} × ${frame.height}, not ${size.width} × ${size.height}`);
      }
      await file.write('FRAME\n');
      await file.write(rgbToI420(frame, range));
      count += 1;
    }
  } finally {
    await file.close();
  }
  if (!size) throw new Error('no frames to write');
  await rename(partial, path);
  return { ...size, frames: count };
}

/**
 * Points a running Chromium's fake camera at another video: Chromium opens the file named by
 * `--use-file-for-fake-video-capture` anew each time a capture starts, so replacing that file
 * (copied next to it, then renamed over it) while no page holds a camera track makes the next
 * `getUserMedia` play `video`, even at another frame size. A track still open keeps the old video,
 * and a page that opens the camera meanwhile shares that track's capture, old video included.
 * @param {string} video
 * @param {string} fakeCamera
 */
export async function showOnFakeCamera(video, fakeCamera) {
  await copyFile(video, `${fakeCamera}.partial`);
  await rename(`${fakeCamera}.partial`, fakeCamera);
}
