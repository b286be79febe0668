import { PRESET_NAMES, type PresetName } from '../browser/index.js';
import { h } from '../widget/dom.js';
import { OPTION_SPECS, presetValue, roundToStep, type OptionSpec, type Thresholds } from './option-model.js';

/** What the panel tells the page. */
export interface ThresholdActions {
  /** A value or the preset changed (the page re-judges, debounced). */
  changed(): void;
  /** "Re-check all": options that change what is measured moved. */
  recheck(): void;
  /** "Export options": download the options JSON. */
  exportOptions(): void;
}

/** The controls of one option. */
interface OptionControls {
  spec: OptionSpec;
  element: HTMLElement;
  slider: HTMLInputElement;
  number: HTMLInputElement;
  reset: HTMLButtonElement;
  preset: HTMLElement;
  error: HTMLElement;
}

const idOf = (path: string): string => `option-${path.replace(/\./g, '-')}`;

/** TSDoc text with its `code` spans as code elements. */
const withCode = (text: string): (string | HTMLElement)[] =>
  text.split(/`([^`]+)`/).map((part, index) => (index % 2 === 1 ? h('code', {}, part) : part));

/**
 * The threshold panel, generated from the option definitions: a preset selector, then every
 * option by group (collapsible) as a slider and a number box with its preset value, allowed
 * range and one-line help. Changed values are marked and can be reset one by one.
 */
export class ThresholdPanel {
  readonly element: HTMLElement;
  readonly #thresholds: Thresholds;
  readonly #actions: ThresholdActions;
  readonly #controls: OptionControls[];
  readonly #groups = new Map<string, HTMLElement>();
  readonly #presetSelect: HTMLSelectElement;
  readonly #status = h('p', { class: 'panel-status', role: 'alert' });
  readonly #recheckNote: HTMLElement;

  constructor(thresholds: Thresholds, actions: ThresholdActions) {
    this.#thresholds = thresholds;
    this.#actions = actions;
    this.#presetSelect = h(
      'select',
      { id: 'preset' },
      ...PRESET_NAMES.map((name) => h('option', { value: name }, name)),
    );
    this.#presetSelect.value = thresholds.preset;
    this.#presetSelect.addEventListener('change', () => {
      thresholds.setPreset(this.#presetSelect.value as PresetName);
      this.#sync();
      actions.changed();
    });
    const exportButton = h('button', { type: 'button', id: 'export-options' }, 'Export options');
    exportButton.addEventListener('click', () => actions.exportOptions());
    const recheck = h('button', { type: 'button' }, 'Re-check all');
    recheck.addEventListener('click', () => actions.recheck());
    this.#recheckNote = h(
      'p',
      { class: 'recheck-note', hidden: '' },
      'Options that change what is measured moved: ',
      recheck,
    );
    this.#controls = OPTION_SPECS.map((spec) => this.#option(spec));
    const groups = [...new Set(OPTION_SPECS.map((spec) => spec.group))].map((group) => {
      const count = h('span', { class: 'changed-count' });
      this.#groups.set(group, count);
      return h(
        'details',
        { class: 'group', 'data-group': group },
        h('summary', {}, group, count),
        ...this.#controls.filter((control) => control.spec.group === group).map((control) => control.element),
      );
    });
    this.element = h(
      'section',
      { class: 'thresholds', 'aria-labelledby': 'thresholds-title' },
      h('h2', { id: 'thresholds-title' }, 'Thresholds'),
      h('div', { class: 'panel-head' }, h('label', { for: 'preset' }, 'Preset ', this.#presetSelect), exportButton),
      this.#status,
      this.#recheckNote,
      ...groups,
    );
    this.#sync();
  }

  /** Shows why the options cannot be used now (e.g. a warning share above its failure share), or clears it. */
  setError(message: string): void {
    this.#status.textContent = message;
  }

  /** Shows or hides the "Re-check all" note for measured options that moved. */
  setRecheckNeeded(needed: boolean): void {
    this.#recheckNote.hidden = !needed;
  }

  #option(spec: OptionSpec): OptionControls {
    const id = idOf(spec.path);
    const slider = h('input', {
      type: 'range',
      id,
      min: String(spec.min),
      max: String(spec.sliderMax),
      step: String(spec.step),
      'aria-describedby': `${id}-help ${id}-range`,
    });
    const number = h('input', {
      type: 'number',
      id: `${id}-value`,
      min: String(spec.min),
      max: String(spec.max),
      step: 'any',
      'aria-label': `${spec.path} value`,
      'aria-describedby': `${id}-range ${id}-error`,
    });
    const reset = h('button', { type: 'button', class: 'reset' }, 'Reset');
    const preset = h('span', { class: 'preset-value' });
    const error = h('span', { class: 'option-error', id: `${id}-error` });
    const range = `allowed ${spec.min}–${spec.max}${spec.integer ? ', integer' : ''}`;
    const element = h(
      'div',
      { class: 'option', 'data-path': spec.path },
      h(
        'div',
        { class: 'option-head' },
        h('label', { for: id, class: 'name' }, spec.name),
        ...(spec.measured ? [h('span', { class: 'measured-tag' }, 'needs re-check')] : []),
        preset,
      ),
      h('p', { class: 'help', id: `${id}-help` }, ...withCode(spec.help)),
      h('div', { class: 'controls' }, slider, number, reset),
      h('p', { class: 'range', id: `${id}-range` }, range, ' ', error),
    );
    const controls: OptionControls = { spec, element, slider, number, reset, preset, error };
    slider.addEventListener('input', () => this.#set(controls, roundToStep(Number(slider.value), spec.step)));
    number.addEventListener('input', () => {
      const value = number.valueAsNumber;
      const valid =
        Number.isFinite(value) && value >= spec.min && value <= spec.max && (!spec.integer || Number.isInteger(value));
      number.setAttribute('aria-invalid', String(!valid));
      error.textContent = valid
        ? ''
        : `must be ${spec.integer ? 'an integer' : 'a number'} from ${spec.min} to ${spec.max}`;
      if (valid) this.#set(controls, value);
    });
    reset.addEventListener('click', () => {
      this.#set(controls, presetValue(this.#thresholds.preset, spec.path));
      slider.focus();
    });
    return controls;
  }

  #set(controls: OptionControls, value: number): void {
    this.#thresholds.set(controls.spec.path, value);
    this.#syncOption(controls, document.activeElement === controls.number);
    this.#syncGroups();
    this.#actions.changed();
  }

  /** Shows every option's value and whether it is changed. */
  #sync(): void {
    this.#presetSelect.value = this.#thresholds.preset;
    for (const controls of this.#controls) this.#syncOption(controls, false);
    this.#syncGroups();
  }

  #syncOption(controls: OptionControls, typing: boolean): void {
    const { spec, element, slider, number, reset, preset, error } = controls;
    const value = this.#thresholds.value(spec.path);
    const changed = this.#thresholds.isChanged(spec.path);
    slider.value = String(Math.min(value, spec.sliderMax));
    // While the user types in the number box, it keeps what they typed ("0." on the way to "0.5").
    if (!typing) {
      number.value = String(value);
      number.setAttribute('aria-invalid', 'false');
      error.textContent = '';
    }
    const original = presetValue(this.#thresholds.preset, spec.path);
    preset.textContent = changed
      ? `changed; ${this.#thresholds.preset}: ${original}`
      : `${this.#thresholds.preset}: ${original}`;
    element.classList.toggle('changed', changed);
    reset.hidden = !changed;
    reset.setAttribute('aria-label', `Reset ${spec.path} to ${original}`);
  }

  #syncGroups(): void {
    for (const [group, count] of this.#groups) {
      const changed = OPTION_SPECS.filter(
        (spec) => spec.group === group && this.#thresholds.isChanged(spec.path),
      ).length;
      count.textContent = changed > 0 ? ` (${changed} changed)` : '';
    }
  }
}
