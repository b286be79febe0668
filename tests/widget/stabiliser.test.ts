import { describe, expect, it } from 'vitest';
import type { FrameHint } from '../../src/core/frame.js';
import { GuidanceStabiliser, type Guidance } from '../../src/widget/live/stabiliser.js';

/** Feeds `hints` at `fps`, starting at time 0; returns the guidance after each frame. */
function run(hints: readonly FrameHint[], fps = 10, stabiliser = new GuidanceStabiliser()): Guidance[] {
  return hints.map((hint, index) => stabiliser.push(hint, (index * 1000) / fps, index + 1));
}

const repeat = (hint: FrameHint, count: number): FrameHint[] => Array.from({ length: count }, () => hint);

describe('GuidanceStabiliser', () => {
  it('does not flicker: a hint alternating with another frame by frame does not replace the shown one', () => {
    const hints = Array.from({ length: 40 }, (_, index): FrameHint => (index % 2 === 0 ? 'no_face' : 'blurry'));
    const shown = run(hints).map((guidance) => guidance.hint);
    expect(new Set(shown)).toEqual(new Set(['no_face']));
  });

  it('shows a new hint once it holds most of the window, and never sooner than a second after the last change', () => {
    const guidance = run([...repeat('no_face', 3), ...repeat('too_dark', 20)]);
    const changes = guidance.flatMap((step, index) => (step.changed ? [index] : []));
    expect(guidance[0]!.hint).toBe('no_face');
    // Frame 3 starts the dark stretch; a second after the first hint (frame 10) and a majority of the window.
    const switched = guidance.findIndex((step) => step.hint === 'too_dark');
    expect(switched).toBeGreaterThanOrEqual(10);
    expect(switched).toBeLessThanOrEqual(12);
    expect(changes.slice(0, 2)).toEqual([0, switched]);
  });

  it('escalates a hint that persists to its more concrete wording', () => {
    const guidance = run(repeat('too_dark', 60));
    expect(guidance[30]!.level).toBe(1);
    const escalated = guidance.findIndex((step) => step.level === 2);
    expect(escalated).toBe(40);
    expect(guidance[escalated]!.changed).toBe(true);
    expect(guidance.filter((step) => step.changed)).toHaveLength(2);
  });

  it('captures once the frames have held ready, and says since which frame', () => {
    const guidance = run([...repeat('face_off_centre', 10), ...repeat('ready', 30)]);
    const captured = guidance.findIndex((step) => step.capture);
    // Ready from frame 10; 6 of the 9 frames in the 800 ms window at frame 15; then 1.2 s.
    expect(captured).toBe(27);
    expect(guidance[captured]!.hint).toBe('ready');
    expect(guidance[captured]!.holdSince).toBe(16);
    expect(guidance[captured]!.hold).toBe(1);
    expect(guidance.slice(0, captured).every((step) => !step.capture)).toBe(true);
  });

  it('keeps holding through a single missed frame, and starts again after a real break', () => {
    const flicker = [...repeat('ready', 8), 'blurry' as const, ...repeat('ready', 12)];
    expect(run(flicker).some((step) => step.capture)).toBe(true);
    const broken = [...repeat('ready', 9), ...repeat('blurry', 8), ...repeat('ready', 9)];
    expect(run(broken).some((step) => step.capture)).toBe(false);
  });

  it('never captures frames that are not ready (two faces, a dark room)', () => {
    expect(run(repeat('multiple_faces', 100)).some((step) => step.capture)).toBe(false);
    expect(run(repeat('too_dark', 100)).some((step) => step.capture)).toBe(false);
  });

  it('starts over after reset', () => {
    const stabiliser = new GuidanceStabiliser();
    run(repeat('too_dark', 50), 10, stabiliser);
    stabiliser.reset();
    const after = stabiliser.push('no_face', 10_000, 51);
    expect(after).toMatchObject({ hint: 'no_face', level: 1, changed: true, capture: false });
  });
});
