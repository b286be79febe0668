import type { Box, FrameSide, Point } from '../types.js';
import type { FaceDetection } from './types.js';

/**
 * How far the head reaches from the face's landmarks, in face units (see {@link faceUnit}), from
 * adult anthropometric averages: the hairline about one unit above the eyes, the chin half a unit
 * below the mouth, the cheeks 0.9 units either side of the eyes' midpoint.
 */
export const HEAD_REACH = { forehead: 1, chin: 0.5, cheeks: 0.9 } as const;

/** Where the landmarks sit in a detector box, for detections without keypoints (corpus medians of BlazeFace boxes). */
const BOX_LANDMARKS = { eyesY: 0.3, mouthY: 0.75, eyeSpacing: 0.4 } as const;

/** The head's axes: the eyes' midpoint, the mouth, a unit vector from chin to crown, and the face unit in pixels. */
export interface HeadFrame {
  eyes: Point;
  mouth: Point;
  up: Point;
  unit: number;
}

/**
 * The face unit: the eye-to-mouth distance, or the eye spacing / 0.9 when that is larger (a face
 * tilted up or down shortens the first, a face turned sideways the second; frontal faces have
 * both about equal).
 */
export function faceUnit(eyeToMouth: number, eyeSpacing: number): number {
  return Math.max(eyeToMouth, eyeSpacing / 0.9);
}

/** The head's axes from the detector's keypoints (right eye, left eye, nose, mouth, …), or from its box. */
export function headFrame(face: FaceDetection): HeadFrame {
  const [rightEye, leftEye, , mouthCentre] = face.keypoints;
  if (rightEye && leftEye && mouthCentre) {
    const eyes = { x: (rightEye.x + leftEye.x) / 2, y: (rightEye.y + leftEye.y) / 2 };
    const eyeToMouth = Math.hypot(eyes.x - mouthCentre.x, eyes.y - mouthCentre.y);
    const spacing = Math.hypot(rightEye.x - leftEye.x, rightEye.y - leftEye.y);
    const up =
      eyeToMouth > 0 ? { x: (eyes.x - mouthCentre.x) / eyeToMouth, y: (eyes.y - mouthCentre.y) / eyeToMouth } : UP;
    return { eyes, mouth: { ...mouthCentre }, up, unit: faceUnit(eyeToMouth, spacing) };
  }
  const { x, y, width, height } = face.box;
  const eyes = { x: x + width / 2, y: y + BOX_LANDMARKS.eyesY * height };
  const mouth = { x: x + width / 2, y: y + BOX_LANDMARKS.mouthY * height };
  return {
    eyes,
    mouth,
    up: UP,
    unit: faceUnit((BOX_LANDMARKS.mouthY - BOX_LANDMARKS.eyesY) * height, BOX_LANDMARKS.eyeSpacing * width),
  };
}

const UP: Point = { x: 0, y: -1 };

/** The four points the head must show: top of the forehead, chin, and both cheeks. */
function reachPoints(frame: HeadFrame): { anchor: Point; direction: Point; reach: number }[] {
  const { eyes, mouth, up, unit } = frame;
  const side = { x: -up.y, y: up.x };
  return [
    { anchor: eyes, direction: up, reach: HEAD_REACH.forehead * unit },
    { anchor: mouth, direction: { x: -up.x, y: -up.y }, reach: HEAD_REACH.chin * unit },
    { anchor: eyes, direction: side, reach: HEAD_REACH.cheeks * unit },
    { anchor: eyes, direction: { x: -side.x, y: -side.y }, reach: HEAD_REACH.cheeks * unit },
  ];
}

/**
 * How much of the head's reach the frame shows, in the worst direction: for each of forehead,
 * chin and cheeks, the distance from the landmark to the border along the head's axes over the
 * reach {@link HEAD_REACH} asks for. 1 = the hairline (or chin, or cheek) touches the border;
 * below 1 it is cut; 0 = the landmark itself is outside.
 */
export function headInFrame(frame: HeadFrame, width: number, height: number): number {
  let worst = Infinity;
  for (const { anchor, direction, reach } of reachPoints(frame)) {
    worst = Math.min(worst, distanceToBorder(anchor, direction, width, height) / reach);
  }
  return worst;
}

/** The box around the head's reach points (may extend past the frame). */
export function headBox(frame: HeadFrame): Box {
  const points = reachPoints(frame).map(({ anchor, direction, reach }) => ({
    x: anchor.x + direction.x * reach,
    y: anchor.y + direction.y * reach,
  }));
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Distance from `point` along the unit vector `direction` to the edge of a `width` × `height` frame; 0 when outside. */
function distanceToBorder(point: Point, direction: Point, width: number, height: number): number {
  if (point.x < 0 || point.y < 0 || point.x > width || point.y > height) return 0;
  let distance = Infinity;
  if (direction.x > 0) distance = Math.min(distance, (width - point.x) / direction.x);
  if (direction.x < 0) distance = Math.min(distance, -point.x / direction.x);
  if (direction.y > 0) distance = Math.min(distance, (height - point.y) / direction.y);
  if (direction.y < 0) distance = Math.min(distance, -point.y / direction.y);
  return distance;
}

/**
 * The sides of a `width` × `height` frame that the head box, grown about its centre by `margin`
 * (the share of the head that must fit, `faces.minHeadInFrame`), runs past; the nearest side when
 * none does (the head's reach is measured along its own axes, the box only bounds it).
 */
export function sidesPast(head: Box, width: number, height: number, margin: number): FrameSide[] {
  const cx = head.x + head.width / 2;
  const cy = head.y + head.height / 2;
  const halfWidth = (head.width / 2) * margin;
  const halfHeight = (head.height / 2) * margin;
  const room: [FrameSide, number][] = [
    ['top', cy - halfHeight],
    ['right', width - (cx + halfWidth)],
    ['bottom', height - (cy + halfHeight)],
    ['left', cx - halfWidth],
  ];
  const past = room.filter(([, space]) => space < 0).map(([side]) => side);
  return past.length > 0 ? past : [room.reduce((nearest, side) => (side[1] < nearest[1] ? side : nearest))[0]];
}
