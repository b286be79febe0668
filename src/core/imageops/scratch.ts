/**
 * Temporary buffers a function reuses from one call to the next. A browser gives every new typed
 * array fresh memory, and its first write to each page is slow (Chromium on the 2-core
 * development VM: filling a new 230 KB Float32Array takes 0.8 ms, an old one 0.1 ms); Node recycles
 * its heap and does not pay it. A function whose temporaries are megabytes per image (the
 * document's gradient field) keeps them here. Single-threaded use only (one per worker), and only
 * for buffers that do not outlive the call: a buffer's contents are stale, write before reading.
 */
export class Float32Scratch {
  readonly #buffers: Float32Array[] = [];

  /** Buffer `slot`, `length` long: the same memory as the last call's when that was long enough. */
  get(slot: number, length: number): Float32Array {
    let buffer = this.#buffers[slot];
    if (buffer === undefined || buffer.length < length) {
      buffer = new Float32Array(length);
      this.#buffers[slot] = buffer;
    }
    return buffer.length === length ? buffer : buffer.subarray(0, length);
  }

  /** {@link get}, filled with zeros (for a buffer that is only partly written, or accumulated into). */
  zeroed(slot: number, length: number): Float32Array {
    return this.get(slot, length).fill(0);
  }
}
