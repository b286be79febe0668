import type { Raster } from '../types.js';

/** Channel difference (0-255) from which a neighbouring block counts as across an edge. */
const MIN_BOUNDARY_CONTRAST = 4;

/**
 * Share of the image covered by large areas of one exact RGB value: rendered UI (app backgrounds,
 * bars, buttons, dialogs) is perfectly flat over large areas, a camera photo never is, because
 * sensor noise survives in every unclipped pixel. The image is cut into `blockSize`² blocks; a
 * block is flat when all its pixels are identical; flat blocks of the same colour that touch form
 * a region; regions of at least `minRegionBlocks` blocks count when they are bounded by edges
 * (at least a third of the neighbouring blocks differ from the region's colour by at least
 * {@link MIN_BOUNDARY_CONTRAST} in some channel): a JPEG quantises smooth paper or sky into
 * flat tiles too, but those step by a level or two into the next tile. A region whose colour is clipped
 * does not count: blown highlights (a channel ≥ 253), crushed shadows (every channel ≤ 16: the
 * black level of phone JPEGs) and the white margin of a scan are flat in camera images too.
 */
export function flatRegionShare(raster: Raster, blockSize: number, minRegionBlocks: number): number {
  const { data, width } = raster;
  const columns = Math.floor(raster.width / blockSize);
  const rows = Math.floor(raster.height / blockSize);
  if (columns === 0 || rows === 0) return 0;
  // Colour of each flat block as 0xRRGGBB, -1 where the block is not flat.
  const colour = new Int32Array(columns * rows).fill(-1);
  // Mean RGB of every block, to compare a region with what surrounds it.
  const mean = new Float32Array(columns * rows * 3);
  const pixels = blockSize * blockSize;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const first = (row * blockSize * width + column * blockSize) * 4;
      const block = row * columns + column;
      for (let y = 0; y < blockSize; y++) {
        for (let i = first + y * width * 4, end = i + blockSize * 4; i < end; i += 4) {
          mean[block * 3]! += data[i]! / pixels;
          mean[block * 3 + 1]! += data[i + 1]! / pixels;
          mean[block * 3 + 2]! += data[i + 2]! / pixels;
        }
      }
      const value = (data[first]! << 16) | (data[first + 1]! << 8) | data[first + 2]!;
      let flat = true;
      for (let y = 0; y < blockSize && flat; y++) {
        for (let i = first + y * width * 4, end = i + blockSize * 4; i < end; i += 4) {
          if (((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!) !== value) {
            flat = false;
            break;
          }
        }
      }
      if (flat) colour[row * columns + column] = value;
    }
  }
  const visited = new Uint8Array(colour.length);
  const stack: number[] = [];
  let covered = 0;
  for (let start = 0; start < colour.length; start++) {
    const value = colour[start]!;
    if (value < 0 || visited[start]) continue;
    visited[start] = 1;
    stack.push(start);
    let size = 0;
    let boundary = 0;
    let edges = 0;
    const rgb = [value >> 16, (value >> 8) & 0xff, value & 0xff];
    while (stack.length > 0) {
      const block = stack.pop()!;
      size++;
      const column = block % columns;
      const neighbours = [
        column > 0 ? block - 1 : -1,
        column < columns - 1 ? block + 1 : -1,
        block - columns,
        block + columns,
      ];
      for (const next of neighbours) {
        if (next < 0 || next >= colour.length) continue;
        if (colour[next] === value) {
          if (!visited[next]) {
            visited[next] = 1;
            stack.push(next);
          }
          continue;
        }
        boundary++;
        const contrast = Math.max(...rgb.map((channel, c) => Math.abs(mean[next * 3 + c]! - channel)));
        if (contrast >= MIN_BOUNDARY_CONTRAST) edges++;
      }
    }
    const bounded = boundary === 0 || edges * 3 >= boundary;
    if (size >= minRegionBlocks && bounded && !isClipped(value)) covered += size;
  }
  return covered / colour.length;
}

function isClipped(rgb: number): boolean {
  const channels = [rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff];
  return channels.some((channel) => channel >= 253) || channels.every((channel) => channel <= 16);
}
