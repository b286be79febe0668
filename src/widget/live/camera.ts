/** Why the camera could not open. */
export const CAMERA_ERROR_CODES = [
  'permission_denied',
  'no_camera',
  'camera_in_use',
  'insecure_context',
  'unsupported',
  'camera_failed',
] as const;
export type CameraErrorCode = (typeof CAMERA_ERROR_CODES)[number];

/** The camera could not open; `code` says why (the widget's message for it is in `live.errors`). */
export class CameraError extends Error {
  readonly code: CameraErrorCode;
  constructor(code: CameraErrorCode, message: string) {
    super(message);
    this.name = 'CameraError';
    this.code = code;
  }
}

/** A camera as `enumerateDevices` lists it. */
export interface CameraDevice {
  deviceId: string;
  label: string;
}

/** Cameras that do not show what a person sees: infrared (Windows Hello), depth, and software ones. */
const NOT_A_LENS = /infra ?red|\bIR\b|depth|virtual|\bOBS\b|snap camera|manycam|droidcam|xsplit|nvidia broadcast/i;
/** Rear cameras by their labels (Android: "camera2 0, facing back"; iOS: "Back Camera"). */
const REAR = /back|rear|environment|world/i;
/** Front cameras by their labels. */
const FRONT = /front|user|facetime|selfie/i;
/** Secondary rear lenses: a card photographed through them is distorted or needs a longer reach. */
const SECONDARY_LENS = /ultra|wide|tele|macro|zoom|depth/i;

/**
 * The camera to switch to, or `undefined` to keep `currentId`: never an infrared, depth or virtual
 * camera; for documents the main rear lens (a rear camera with no "ultra wide", "tele" or "macro"
 * in its label, the lowest-numbered first); for selfies a front one. Labels are known only once
 * the user allowed the camera, so this runs after the first `getUserMedia`.
 */
export function chooseCamera(
  devices: readonly CameraDevice[],
  kind: 'document' | 'selfie',
  currentId: string | undefined,
): string | undefined {
  const usable = devices.filter((device) => !NOT_A_LENS.test(device.label));
  const current = usable.find((device) => device.deviceId === currentId);
  const facing = kind === 'selfie' ? FRONT : REAR;
  const facingRight = usable.filter((device) => facing.test(device.label));
  const preferred =
    kind === 'selfie' ? facingRight : facingRight.filter((device) => !SECONDARY_LENS.test(device.label));
  if (current !== undefined && (preferred.length === 0 || preferred.includes(current))) return undefined;
  const best = preferred[0] ?? (current === undefined ? (facingRight[0] ?? usable[0]) : undefined);
  return best?.deviceId;
}

/** What is asked of the camera: enough pixels for the captured photo to pass `low_resolution` with room. */
function constraints(kind: 'document' | 'selfie'): MediaTrackConstraints {
  return kind === 'selfie'
    ? { width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { ideal: 30 } }
    : { width: { ideal: 1920 }, height: { ideal: 1080 }, frameRate: { ideal: 30 } };
}

/**
 * Opens the camera for `kind`: the front camera for selfies, the main rear lens for documents
 * (see {@link chooseCamera}). Rejects with a {@link CameraError}.
 */
export async function openCamera(kind: 'document' | 'selfie'): Promise<MediaStream> {
  if (globalThis.isSecureContext === false) {
    throw new CameraError('insecure_context', 'the camera needs a secure context (https or localhost)');
  }
  const devices = globalThis.navigator?.mediaDevices;
  if (devices?.getUserMedia === undefined) {
    throw new CameraError('unsupported', 'navigator.mediaDevices.getUserMedia is not available');
  }
  const first = { ...constraints(kind), facingMode: { ideal: kind === 'selfie' ? 'user' : 'environment' } };
  const stream = await getStream(first);
  const cameras = await devices.enumerateDevices().catch(() => []);
  const currentId = stream.getVideoTracks()[0]?.getSettings().deviceId;
  const better = chooseCamera(
    cameras.filter((device) => device.kind === 'videoinput'),
    kind,
    currentId,
  );
  if (better === undefined) return stream;
  // One camera open at a time: phones refuse a second.
  stopStream(stream);
  return getStream({ ...constraints(kind), deviceId: { exact: better } }).catch(() => getStream(first));
}

/** Stops every track of `stream`: the camera's light goes off. */
export function stopStream(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

async function getStream(video: MediaTrackConstraints): Promise<MediaStream> {
  try {
    return await navigator.mediaDevices.getUserMedia({ video, audio: false });
  } catch (error) {
    throw cameraError(error);
  }
}

/** A `getUserMedia` failure as a {@link CameraError}. */
function cameraError(error: unknown): CameraError {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return new CameraError('permission_denied', message);
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return new CameraError('no_camera', message);
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return new CameraError('camera_in_use', message);
    default:
      return new CameraError('camera_failed', message);
  }
}
