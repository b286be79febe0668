/**
 * Screen resolutions screenshots come in, as [short side, long side] in pixels: phones, tablets
 * and desktop/laptop displays (native and common scaled modes). A photo from a camera is almost
 * never exactly one of these; a screenshot is, unless it was cropped or resized. Either
 * orientation matches.
 */
export const SCREEN_SIZES: readonly (readonly [number, number])[] = [
  // Android phones (HD+, FHD+, QHD+ at 16:9 … 20:9)
  [480, 800],
  [480, 854],
  [540, 960],
  [720, 1280],
  [720, 1440],
  [720, 1520],
  [720, 1560],
  [720, 1600],
  [1080, 1920],
  [1080, 2160],
  [1080, 2220],
  [1080, 2280],
  [1080, 2310],
  [1080, 2340],
  [1080, 2400],
  [1080, 2408],
  [1080, 2460],
  [1440, 2560],
  [1440, 2880],
  [1440, 2960],
  [1440, 3040],
  [1440, 3088],
  [1440, 3120],
  [1440, 3168],
  [1440, 3200],
  // iPhones
  [640, 960],
  [640, 1136],
  [750, 1334],
  [828, 1792],
  [1125, 2436],
  [1170, 2532],
  [1179, 2556],
  [1206, 2622],
  [1242, 2208],
  [1242, 2688],
  [1284, 2778],
  [1290, 2796],
  [1320, 2868],
  // Tablets (not 768x1024: also a camera size)
  [600, 1024],
  [800, 1280],
  [1200, 1920],
  [1200, 2000],
  [1536, 2048],
  [1600, 2560],
  [1620, 2160],
  [1640, 2360],
  [1668, 2224],
  [1668, 2388],
  [1800, 2880],
  [2048, 2732],
  // Desktop and laptop displays. The 4:3 modes (640x480, 800x600, 1280x960, 1600x1200) are left
  // out: cameras and webcams write those sizes too.
  [768, 1366],
  [864, 1536],
  [900, 1440],
  [900, 1600],
  [1024, 1280],
  [1050, 1680],
  [1080, 2560],
  [1440, 3440],
  [1504, 2256],
  [1824, 2736],
  [1964, 3024],
  [2160, 3840],
  [2234, 3456],
  [2880, 5120],
];

/** Whether `width` × `height` (either orientation) is one of the {@link SCREEN_SIZES}. */
export function isScreenSize(width: number, height: number): boolean {
  const short = Math.min(width, height);
  const long = Math.max(width, height);
  return SCREEN_SIZES.some(([screenShort, screenLong]) => screenShort === short && screenLong === long);
}
