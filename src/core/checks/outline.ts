import { workingRegion, type WorkingRegion } from '../imageops/region.js';
import type { Point } from '../types.js';
import { sharedValue, type AnalysisContext } from './check.js';

/** Where a check that measures the document itself looks. */
export interface MeasuredOutline {
  outline: Point[];
  /** No document outline inside the frame (none found, or a scan / tight crop): the whole frame is measured. */
  wholeFrame: boolean;
}

/**
 * Where checks that measure the document itself (blur, glare) look: inside the document's outline
 * pulled in by `inset` (a share of the way to its centre, leaving out the edges and what lies just
 * beyond them) when one was found in the frame; else the whole frame.
 */
export function measuredOutline(context: AnalysisContext, inset: number): MeasuredOutline {
  const { width, height } = context.raster;
  const finding = context.document;
  if (finding?.corners && !finding.fillsFrame) {
    const corners = finding.corners;
    const cx = corners.reduce((sum, p) => sum + p.x, 0) / corners.length;
    const cy = corners.reduce((sum, p) => sum + p.y, 0) / corners.length;
    const outline = corners.map((p) => ({ x: cx + (1 - inset) * (p.x - cx), y: cy + (1 - inset) * (p.y - cy) }));
    return { outline, wholeFrame: false };
  }
  const frame = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
  return { outline: frame, wholeFrame: true };
}

/**
 * The document's {@link measuredOutline} pulled in by `inset`, as a working region of at most
 * `workingSide` (see `workingRegion`): made once per analysis for each inset and size, as the
 * shadow and scan checks read the same one.
 */
export function documentRegion(context: AnalysisContext, inset: number, workingSide: number): WorkingRegion {
  return sharedValue(context, `documentRegion:${inset}:${workingSide}`, () =>
    workingRegion(context.raster, measuredOutline(context, inset).outline, workingSide),
  );
}
