import {
  DEFAULT_OPTIONS,
  OPTION_RANGES,
  PRESETS,
  resolveOptions,
  type OptionsInput,
  type PresetName,
  type ResolvedOptions,
} from '../browser/index.js';
import help from './option-help.json' with { type: 'json' };
import { MEASURED_OPTIONS } from './scoring.js';

/** One option as the threshold panel shows it, all read from the option definitions. */
export interface OptionSpec {
  /** Dotted path, e.g. `glare.minSpotShare`. */
  path: string;
  /** Its group (`general` for the top-level options). */
  group: string;
  /** Its name within the group. */
  name: string;
  /** Allowed range. */
  min: number;
  max: number;
  integer: boolean;
  /** End of the slider: three times the largest preset value, rounded up (the number box takes the whole range). */
  sliderMax: number;
  /** Slider step: 1 for integers, else about a hundredth of the option's size. */
  step: number;
  /** The first sentence of its TSDoc. */
  help: string;
  /** Changing it changes what is measured: the batch needs a re-check. */
  measured: boolean;
}

const valueAt = (source: unknown, path: string): number | undefined =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], source) as
    number | undefined;

/** An option's value in a preset. */
export function presetValue(preset: PresetName, path: string): number {
  return valueAt(PRESETS[preset], path) ?? valueAt(DEFAULT_OPTIONS, path)!;
}

/** 1, 2 or 5 times a power of ten, at least `value`. */
function niceCeil(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((factor) => factor * power).find((nice) => nice >= value * (1 - 1e-9))!;
}

function spec(path: string, [min, max, integer]: readonly [number, number, 'integer'?]): OptionSpec {
  const [group, name] = path.includes('.') ? path.split('.') : ['general', path];
  const largest = Math.max(
    ...(['lenient', 'balanced', 'strict'] as const).map((preset) => Math.abs(presetValue(preset, path))),
  );
  const sliderMax = largest > 0 ? Math.min(max, niceCeil(3 * largest)) : max;
  const step = integer ? 1 : 10 ** (Math.floor(Math.log10(largest > 0 ? largest : max - min)) - 2);
  return {
    path,
    group: group!,
    name: name!,
    min,
    max,
    integer: integer === 'integer',
    sliderMax: Math.max(sliderMax, min + step),
    step,
    help: (help as Record<string, string>)[path] ?? '',
    measured: MEASURED_OPTIONS.includes(path),
  };
}

/** Every option, in the order of `OPTION_RANGES` (grouped as the option interfaces are). */
export const OPTION_SPECS: readonly OptionSpec[] = Object.entries(OPTION_RANGES).map(([path, range]) =>
  spec(path, range),
);

/** A value rounded to the precision of a step, so a slider's 0.30000000000000004 is 0.3. */
export function roundToStep(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number(value.toFixed(decimals));
}

/**
 * The thresholds QA chose: a preset and the values that differ from it. Exported as the options
 * JSON that the widget's `options` property, `resolveOptions` and the CLI accept.
 */
export class Thresholds {
  #preset: PresetName = 'balanced';
  readonly #changed = new Map<string, number>();

  get preset(): PresetName {
    return this.#preset;
  }

  /** Switches to a preset, dropping every change. */
  setPreset(preset: PresetName): void {
    this.#preset = preset;
    this.#changed.clear();
  }

  /** An option's current value. */
  value(path: string): number {
    return this.#changed.get(path) ?? presetValue(this.#preset, path);
  }

  /** Whether an option differs from its preset. */
  isChanged(path: string): boolean {
    return this.#changed.has(path);
  }

  /** Sets an option; setting the preset's own value drops the change. */
  set(path: string, value: number): void {
    if (value === presetValue(this.#preset, path)) this.#changed.delete(path);
    else this.#changed.set(path, value);
  }

  /** `{ preset, ...only the values that differ from it }`, nested as options are. */
  toInput(): OptionsInput {
    const input: Record<string, unknown> = { preset: this.#preset };
    for (const [path, value] of this.#changed) {
      const keys = path.split('.');
      let node = input;
      for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
      node[keys.at(-1)!] = value;
    }
    return input as OptionsInput;
  }

  /**
   * The options resolved and validated.
   * @throws RangeError / TypeError naming the option, as `resolveOptions` does (e.g. a warning
   * share set above its failure share).
   */
  resolve(): ResolvedOptions {
    return resolveOptions(this.toInput());
  }
}
