// @ts-check
// Deterministic randomness: each image seeds its own generator from its name, so every run writes
// the same bytes and no image's randomness depends on another's.

/**
 * The mulberry32 generator: uniform floats in [0, 1) from a 32-bit seed.
 * @param {number} seed
 * @returns {() => number}
 */
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * FNV-1a hash of a string, used to derive a seed from a name.
 * @param {string} text
 */
function hashSeed(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A seeded source of random numbers. */
export class Rng {
  /** @param {string} name the seed's name (usually the image's) */
  constructor(name) {
    this.next = mulberry32(hashSeed(name));
    /**
     * The second deviate of the last Box-Muller pair, until it is used.
     * @type {number | null}
     */
    this.spare = null;
  }

  /** Uniform in [0, 1). */
  float() {
    return this.next();
  }

  /**
   * Uniform in [low, high).
   * @param {number} low
   * @param {number} high
   */
  range(low, high) {
    return low + (high - low) * this.next();
  }

  /**
   * A whole number from `low` to `high`, both included.
   * @param {number} low
   * @param {number} high
   */
  int(low, high) {
    return low + Math.floor((high - low + 1) * this.next());
  }

  /**
   * One of `items`, all equally likely.
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /**
   * True with probability `p`.
   * @param {number} p
   */
  chance(p) {
    return this.next() < p;
  }

  /** Standard normal deviate (Box-Muller). */
  gauss() {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
}
