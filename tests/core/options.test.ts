import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, OPTION_PATHS, PRESETS, PRESET_NAMES, resolveOptions } from '../../src/core/options.js';

function leafPaths(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leafPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('resolveOptions', () => {
  it('returns the defaults for no input', () => {
    expect(resolveOptions()).toEqual(DEFAULT_OPTIONS);
  });

  it('applies a preset, then overrides on top', () => {
    const strict = resolveOptions({ preset: 'strict', exposure: { darkP95: 42 } });
    expect(strict.exposure.darkP95).toBe(42);
    expect(strict.resolution.documentMinSide).toBe(PRESETS.strict.resolution?.documentMinSide);
    expect(strict.grayscale.chromaThreshold).toBe(DEFAULT_OPTIONS.grayscale.chromaThreshold);
  });

  it('does not mutate the defaults', () => {
    resolveOptions({ exposure: { darkP95: 1 } });
    expect(DEFAULT_OPTIONS.exposure.darkP95).not.toBe(1);
  });

  it('every preset resolves and stays in range', () => {
    for (const preset of PRESET_NAMES) expect(() => resolveOptions({ preset })).not.toThrow();
  });

  it('presets order the thresholds: strict rejects more than lenient', () => {
    const lenient = resolveOptions({ preset: 'lenient' });
    const strict = resolveOptions({ preset: 'strict' });
    expect(strict.exposure.darkP95).toBeGreaterThan(lenient.exposure.darkP95);
    expect(strict.resolution.documentMinSide).toBeGreaterThan(lenient.resolution.documentMinSide);
    expect(strict.grayscale.minColourFraction).toBeGreaterThan(lenient.grayscale.minColourFraction);
  });

  it('rejects unknown options with a TypeError naming them', () => {
    expect(() => resolveOptions({ exposure: { brightness: 3 } } as never)).toThrow(TypeError);
    expect(() => resolveOptions({ exposure: { brightness: 3 } } as never)).toThrow('exposure.brightness');
  });

  it('rejects non-numbers with a TypeError and out-of-range values with a RangeError', () => {
    expect(() => resolveOptions({ analysisSize: '1024' } as never)).toThrow(TypeError);
    expect(() => resolveOptions({ analysisSize: Number.NaN })).toThrow(TypeError);
    expect(() => resolveOptions({ grayscale: { minColourFraction: 2 } })).toThrow(RangeError);
    expect(() => resolveOptions({ grayscale: { minColourFraction: 2 } })).toThrow(
      /grayscale\.minColourFraction.*between 0 and 1/,
    );
    expect(() => resolveOptions({ preset: 'paranoid' as never })).toThrow(RangeError);
    expect(() => resolveOptions({ exposure: 5 } as never)).toThrow(TypeError);
  });

  it('has a validated range for every option', () => {
    expect([...OPTION_PATHS].sort()).toEqual(leafPaths(DEFAULT_OPTIONS).sort());
  });

  it('rejects inherited names, fractional sizes and out-of-order pairs', () => {
    expect(() => resolveOptions({ grayscale: { constructor: 3 } } as never)).toThrow(TypeError);
    expect(() => resolveOptions({ toString: 5 } as never)).toThrow(/unknown option "toString"/);
    expect(() => resolveOptions({ analysisSize: 1000.5 })).toThrow(/analysisSize.*integer/);
    expect(() => resolveOptions({ resolution: { documentMinSide: 500, documentWarnSide: 400 } })).toThrow(RangeError);
  });

  it('freezes the defaults and presets deeply', () => {
    expect(Object.isFrozen(DEFAULT_OPTIONS.exposure)).toBe(true);
    expect(Object.isFrozen(PRESETS.strict.exposure)).toBe(true);
  });
});
