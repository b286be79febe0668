import type { Box } from './types.js';

/** A box in analysis pixels, in original-image pixels (`scale` original pixels per analysis pixel). */
export function scaleBox(box: Box, scale: number): Box {
  return { x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale };
}
