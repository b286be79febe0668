import type { FaceDetectorConfig, OptionsInput, PresetName } from '../browser/index.js';
// From its own module, not the browser entry: the entry also exports `judge` (and with it every
// check), which the widget's bundle must not carry.
import { PRESET_NAMES } from '../core/options.js';
import type { MessageOverrides } from './messages/index.js';

const DEFAULT_MAX_ATTEMPTS = 3;

/** The public properties a page may set before the element is defined (see {@link IdPrecheckSettings.adoptEarlyProperties}). */
const PROPERTIES = ['kind', 'preset', 'maxAttempts', 'assetsUrl', 'options', 'faces', 'messages'] as const;

/** What a check of this widget's photos is asked for: its kind, thresholds and face detector. */
export interface CheckSettings {
  kind: 'document' | 'selfie';
  options: OptionsInput;
  faces?: Partial<FaceDetectorConfig> | false;
}

/**
 * The settings of `<id-precheck>` a page gives it, as properties and attributes (see
 * docs/widget.md): what the element's behaviour (`IdPrecheckElement`) reads.
 */
export abstract class IdPrecheckSettings extends HTMLElement {
  #options: OptionsInput = {};
  #faces: Partial<FaceDetectorConfig> | false | undefined;
  #messages: MessageOverrides | undefined;

  /** Called when a setting that changes what is shown (the messages) was set. */
  protected abstract settingsChanged(): void;

  /**
   * Properties a framework set before this element was defined shadow the accessors: take them
   * over. Called by the element once it can render.
   */
  protected adoptEarlyProperties(): void {
    for (const name of PROPERTIES) {
      if (Object.hasOwn(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
  }

  /** The settings a check of a photo is run with. */
  protected checkSettings(): CheckSettings {
    return {
      kind: this.kind,
      options: { ...this.#options, preset: this.#options.preset ?? this.preset },
      ...(this.#faces === undefined ? {} : { faces: this.#faces }),
    };
  }

  /** Option overrides on top of `preset` (the same JSON the CLI's `--options` and the demo page use). */
  get options(): OptionsInput {
    return this.#options;
  }
  set options(value: OptionsInput) {
    this.#options = value ?? {};
  }

  /**
   * The face detector: `{ backend: 'onnx' | 'tfjs' }`, or `false` for documents to skip the
   * portrait check (and the face model download it needs). Selfies always use one.
   */
  get faces(): Partial<FaceDetectorConfig> | false | undefined {
    return this.#faces;
  }
  set faces(value: Partial<FaceDetectorConfig> | false | undefined) {
    this.#faces = value;
  }

  /** `document` (default) or `selfie`. */
  get kind(): 'document' | 'selfie' {
    return this.getAttribute('kind') === 'selfie' ? 'selfie' : 'document';
  }
  set kind(value: 'document' | 'selfie') {
    this.setAttribute('kind', value);
  }

  /** Threshold preset: `lenient`, `balanced` (default) or `strict`. */
  get preset(): PresetName {
    const value = this.getAttribute('preset');
    return (PRESET_NAMES as readonly string[]).includes(value ?? '') ? (value as PresetName) : 'balanced';
  }
  set preset(value: PresetName) {
    this.setAttribute('preset', value);
  }

  /** Failed tries before "use this photo anyway" is offered. @default 3 */
  get maxAttempts(): number {
    const value = Number(this.getAttribute('max-attempts'));
    return Number.isInteger(value) && value >= 1 ? value : DEFAULT_MAX_ATTEMPTS;
  }
  set maxAttempts(value: number) {
    this.setAttribute('max-attempts', String(value));
  }

  /**
   * Where the package's `dist/browser/` is served; default: the folder above the worker's own
   * `assets/`. Read when the first photo is checked.
   */
  get assetsUrl(): string | null {
    return this.getAttribute('assets-url');
  }
  set assetsUrl(value: string) {
    this.setAttribute('assets-url', value);
  }

  /** Page overrides of any UI string or issue message. */
  get messages(): MessageOverrides | undefined {
    return this.#messages;
  }
  set messages(value: MessageOverrides | undefined) {
    this.#messages = value;
    this.settingsChanged();
  }

  /**
   * `live`: the camera's live view is offered first ("Use the camera"): it guides the user while
   * they aim, and takes the photo itself once the frame holds good (see docs/widget.md).
   */
  get live(): boolean {
    return this.hasAttribute('live');
  }
  set live(value: boolean) {
    this.toggleAttribute('live', value);
  }
}
