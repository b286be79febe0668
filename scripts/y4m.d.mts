/** One picture: packed RGB or RGBA pixels, row by row from the top. */
export interface RgbFrame {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
  channels: 3 | 4;
}
export declare function rgbToI420(frame: RgbFrame, range?: 'limited' | 'full'): Buffer;
export declare function writeY4m(
  path: string,
  frames: Iterable<RgbFrame> | AsyncIterable<RgbFrame>,
  settings: { fps: number; range?: 'limited' | 'full' },
): Promise<{ width: number; height: number; frames: number }>;
export declare function showOnFakeCamera(video: string, fakeCamera: string): Promise<void>;
