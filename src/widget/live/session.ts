import type { FaceDetectorConfig, OptionsInput, Prechecker } from '../../browser/index.js';
import type { FrameResult } from '../../browser/protocol.js';
import { acquirePrechecker, releasePrechecker } from '../shared-prechecker.js';
import { CameraError, openCamera, stopStream } from './camera.js';
import { GuidanceStabiliser, type Guidance, type StabiliserOptions } from './stabiliser.js';

/** Settings of {@link createLiveSession}. */
export interface LiveSessionOptions {
  kind: 'document' | 'selfie';
  /** Where the camera's picture plays (the session sets its `srcObject`). */
  video: HTMLVideoElement;
  /** The prechecker whose worker checks the frames; default: the page's shared one for `assetsUrl`. */
  prechecker?: Prechecker;
  /** Where the package's `dist/browser/` is served, for the default prechecker. */
  assetsUrl?: string;
  /** Option overrides on a preset, as for a photo. */
  options?: OptionsInput;
  /** The face detector for selfies (documents check no portrait live). */
  faces?: Partial<FaceDetectorConfig>;
  /** Take the photo once the frames have held ready (a manual shutter is always there). @default true */
  autoCapture?: boolean;
  /** Frames checked per second at most (one is in the worker at a time). @default 12 */
  maxFramesPerSecond?: number;
  stabiliser?: Partial<StabiliserOptions>;
  /** After each checked frame: what to show, and the frame's own result. */
  onGuidance?: (guidance: Guidance, frame: FrameResult) => void;
  /** A photo was taken: a JPEG of the camera's frame at full size. Frames stop until `resume()`. */
  onCapture?: (photo: File, how: 'auto' | 'manual') => void;
  /** The camera stopped (unplugged, permission revoked) or a frame could not be checked. */
  onError?: (error: Error) => void;
}

/** A live camera view's frames, checked for guidance, and its capture. */
export interface LiveSession {
  /** Opens the camera and starts checking frames. Rejects with a `CameraError`. */
  start(): Promise<void>;
  /** The manual shutter: the current frame as a photo (also sent to `onCapture`). */
  capture(): Promise<File | undefined>;
  /** Checks frames again after a capture. */
  resume(): void;
  /** Releases the camera (its light goes off) and the kept frames; the worker, if it was the session's own. */
  stop(): void;
  /** The camera's stream while open. */
  readonly stream: MediaStream | undefined;
}

const DEFAULT_FPS = 12;

/**
 * A live camera session under a page's own UI (the widget's live view uses it): frames go to the
 * worker as transferred `ImageBitmap`s, one at a time and at most `maxFramesPerSecond`; each
 * frame's hint goes through a {@link GuidanceStabiliser}; once the frames have held ready, the
 * sharpest ready frame of that stretch becomes the photo.
 */
export function createLiveSession(settings: LiveSessionOptions): LiveSession {
  const { kind, video } = settings;
  const ownPrechecker = settings.prechecker === undefined;
  let prechecker: Prechecker | undefined = settings.prechecker;
  const stabiliser = new GuidanceStabiliser(settings.stabiliser);
  const minInterval = 1000 / (settings.maxFramesPerSecond ?? DEFAULT_FPS);
  let stream: MediaStream | undefined;
  /** Bumped whenever frames must stop: a loop runs only while its generation is current. */
  let generation = 0;

  const deliver = (blob: Blob | undefined, how: 'auto' | 'manual'): File | undefined => {
    if (blob === undefined) return undefined;
    const photo = new File([blob], `${kind}-${Date.now()}.jpg`, { type: 'image/jpeg', lastModified: Date.now() });
    settings.onCapture?.(photo, how);
    return photo;
  };

  const loop = async (mine: number): Promise<void> => {
    let serial = 0;
    let holdSince = 1;
    stabiliser.reset();
    while (mine === generation && prechecker !== undefined) {
      const started = performance.now();
      await nextVideoFrame(video);
      if (mine !== generation) return;
      let result: FrameResult;
      try {
        const bitmap = await createImageBitmap(video);
        serial++;
        result = await prechecker.checkFrame(bitmap, {
          kind,
          serial,
          holdSince: Math.min(holdSince, serial),
          ...(settings.options ? { options: settings.options } : {}),
          ...(kind === 'selfie' ? { faces: settings.faces ?? {} } : { faces: false as const }),
        });
      } catch (error) {
        if (mine !== generation) return;
        settings.onError?.(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (mine !== generation) return;
      const guidance = stabiliser.push(result.hint, performance.now(), serial);
      holdSince = guidance.holdSince ?? serial + 1;
      settings.onGuidance?.(guidance, result);
      if (guidance.capture && settings.autoCapture !== false) {
        generation++;
        // The kept frame, or (should the worker have lost it) the frame showing now.
        const kept = await prechecker.takeFrame();
        deliver(kept ?? (await prechecker.takeFrame(await createImageBitmap(video))), 'auto');
        return;
      }
      await sleep(minInterval - (performance.now() - started));
    }
  };

  const session: LiveSession = {
    async start() {
      session.stop();
      const mine = ++generation;
      const opened = await openCamera(kind);
      if (mine !== generation) return stopStream(opened);
      stream = opened;
      for (const track of opened.getVideoTracks()) {
        track.addEventListener('ended', () => {
          if (stream !== opened) return;
          session.stop();
          settings.onError?.(new CameraError('camera_failed', 'the camera stopped'));
        });
      }
      video.muted = true;
      video.playsInline = true;
      video.srcObject = opened;
      await video.play().catch(() => {});
      prechecker ??= acquirePrechecker(settings.assetsUrl ?? '');
      void loop(mine);
    },
    async capture() {
      if (stream === undefined || prechecker === undefined || video.readyState < 2) return undefined;
      generation++;
      const bitmap = await createImageBitmap(video);
      return deliver(await prechecker.takeFrame(bitmap), 'manual');
    },
    resume() {
      if (stream !== undefined) void loop(++generation);
    },
    stop() {
      generation++;
      stopStream(stream);
      stream = undefined;
      video.srcObject = null;
      prechecker?.dropFrames();
      if (ownPrechecker && prechecker !== undefined) {
        releasePrechecker(prechecker);
        prechecker = undefined;
      }
    },
    get stream() {
      return stream;
    },
  };
  return session;
}

/** Resolves when the video shows a new frame (or after a frame's time, where that cannot be watched). */
function nextVideoFrame(video: HTMLVideoElement): Promise<void> {
  return new Promise((resolve) => {
    if (typeof video.requestVideoFrameCallback === 'function') video.requestVideoFrameCallback(() => resolve());
    else setTimeout(resolve, 33);
  });
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
