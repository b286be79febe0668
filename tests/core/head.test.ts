import { describe, expect, it } from 'vitest';
import { faceUnit, headBox, headFrame, headInFrame } from '../../src/core/face/head.js';
import type { FaceDetection } from '../../src/core/face/types.js';

/** An upright face: eyes 40 px apart at y = `eyesY`, mouth 45 px below them, centred on x = 100. */
function face(eyesY: number, rotate = 0): FaceDetection {
  const points = [
    { x: 80, y: eyesY },
    { x: 120, y: eyesY },
    { x: 100, y: eyesY + 20 },
    { x: 100, y: eyesY + 45 },
    { x: 60, y: eyesY + 10 },
    { x: 140, y: eyesY + 10 },
  ];
  const centre = { x: 100, y: eyesY };
  const [cos, sin] = [Math.cos(rotate), Math.sin(rotate)];
  const keypoints = points.map((p) => ({
    x: centre.x + (p.x - centre.x) * cos - (p.y - centre.y) * sin,
    y: centre.y + (p.x - centre.x) * sin + (p.y - centre.y) * cos,
  }));
  return { box: { x: 60, y: eyesY - 20, width: 80, height: 80 }, score: 0.9, keypoints };
}

describe('head geometry', () => {
  it('takes the larger of eye-to-mouth and eye spacing / 0.9 as the face unit', () => {
    expect(faceUnit(45, 40)).toBe(45);
    expect(faceUnit(20, 45)).toBe(50);
  });

  it('measures the forehead, chin and cheeks against the border in face units', () => {
    // Eyes 90 px below the top: two face units of forehead room; chin and cheeks have more.
    expect(headInFrame(headFrame(face(90)), 200, 300)).toBeCloseTo(2, 6);
    // Eyes 27 px below the top: 0.6 of the hairline's reach is in the frame.
    expect(headInFrame(headFrame(face(27)), 200, 300)).toBeCloseTo(0.6, 6);
    // Chin: the mouth at y 145 in a 160 px frame leaves 15 px of the 22.5 the chin needs.
    expect(headInFrame(headFrame(face(100)), 200, 160)).toBeCloseTo(15 / 22.5, 6);
    // Cheeks: eyes' midpoint 100 px from each side, cheeks need 40.5; a 130 px wide frame leaves 30.
    expect(headInFrame(headFrame(face(100)), 130, 300)).toBeCloseTo(30 / 40.5, 6);
    // Landmarks outside the frame: nothing of that reach is shown.
    expect(headInFrame(headFrame(face(-5)), 200, 300)).toBe(0);
  });

  it('follows the head’s own axes when it is tilted', () => {
    // Rolled 90° (lying on the right side): the forehead points to +x, 100 px from x = 100 to the border at 200.
    const frame = headFrame(face(150, Math.PI / 2));
    expect(frame.up.x).toBeCloseTo(1, 6);
    expect(headInFrame(frame, 200, 300)).toBeCloseTo(100 / 45 / 1, 6);
    expect(headInFrame(frame, 140, 300)).toBeCloseTo(40 / 45, 6);
  });

  it('boxes the head from the hairline to the chin and cheek to cheek', () => {
    expect(headBox(headFrame(face(90)))).toEqual({ x: 59.5, y: 45, width: 81, height: 112.5 });
  });

  it('places the landmarks in the box when the detector gave no keypoints', () => {
    const frame = headFrame({ box: { x: 0, y: 0, width: 100, height: 100 }, score: 1, keypoints: [] });
    expect(frame).toEqual({ eyes: { x: 50, y: 30 }, mouth: { x: 50, y: 75 }, up: { x: 0, y: -1 }, unit: 45 });
  });
});
