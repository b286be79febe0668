/**
 * Mean squared 4-neighbour Laplacian (4·p − left − right − up − down) over the interior of a float
 * plane: the energy of its finest detail. 0 for a flat or linear-ramp plane.
 */
export function laplacianEnergy(plane: Float32Array, width: number, height: number): number {
  if (plane.length !== width * height) {
    throw new RangeError(`plane length must be width*height = ${width * height}; got ${plane.length}`);
  }
  if (width < 3 || height < 3) return 0;
  let energy = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let i = y * width + 1, end = y * width + width - 1; i < end; i++) {
      const laplacian = 4 * plane[i]! - plane[i - 1]! - plane[i + 1]! - plane[i - width]! - plane[i + width]!;
      energy += laplacian * laplacian;
    }
  }
  return energy / ((width - 2) * (height - 2));
}
