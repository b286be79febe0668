import type { Report } from '../browser/index.js';
import { h } from './dom.js';
import type { IdPrecheckElement, PrecheckAcceptDetail } from './element.js';
import { catalogFor } from './messages/index.js';

/** The steps a capture flow can ask for. */
export const FLOW_STEPS = ['front', 'back', 'selfie'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

/** One step's outcome in `precheck-flow-complete`. */
export interface FlowStepResult {
  step: FlowStep;
  /** The photo the user accepted (taken live or chosen). */
  file: File;
  report: Report;
  attempts: number;
  overridden: boolean;
}

/** `detail` of `precheck-flow-complete`: every step's photo and report, in the order asked. */
export interface PrecheckFlowCompleteDetail {
  steps: FlowStepResult[];
}

/** Attributes handed on to the step's `<id-precheck>`. */
const PASSED_ON = ['lang', 'preset', 'max-attempts', 'accept', 'assets-url', 'live'] as const;

const FLOW_CSS = `
:host { display: block; max-width: 40rem; font-family: var(--idp-font, system-ui, sans-serif); }
:host([hidden]) { display: none; }
.step { margin: 0 0 0.5rem; font-weight: 600; }
.note { margin: 0 0 0.75rem; }
.done { margin: 0; font-weight: 600; }
[hidden] { display: none !important; }
`;

let styles: CSSStyleSheet | undefined;

/**
 * `<id-precheck-flow steps="front,back,selfie">`: guides the user through a document's front, its
 * back ("now turn the card over"; no portrait is asked of the back) and a selfie, one
 * `<id-precheck>` step after another, each live or from a file, and emits one
 * `precheck-flow-complete` with every file and report. `lang`, `preset`, `max-attempts`, `accept`,
 * `assets-url` and `live` are handed on to each step.
 */
export class IdPrecheckFlowElement extends HTMLElement {
  static readonly observedAttributes = ['steps', ...PASSED_ON];

  readonly #widget: IdPrecheckElement;
  readonly #stepLine = h('p', { class: 'step', part: 'flow-step', role: 'heading', 'aria-level': '2' });
  readonly #note = h('p', { class: 'note', part: 'flow-note' });
  readonly #done = h('p', { class: 'done', part: 'flow-done', role: 'status' });
  #results: FlowStepResult[] = [];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    if (styles === undefined) {
      styles = new CSSStyleSheet();
      styles.replaceSync(FLOW_CSS);
    }
    root.adoptedStyleSheets = [styles];
    this.#widget = document.createElement('id-precheck');
    this.#widget.setAttribute('part', 'flow-widget');
    root.append(this.#stepLine, this.#note, this.#widget, this.#done);
    this.#widget.addEventListener('precheck-accept', (event) => this.#accepted(event.detail));
  }

  /** The steps asked for, in order (`steps` attribute; unknown names are skipped). @default front,back,selfie */
  get steps(): FlowStep[] {
    const asked = (this.getAttribute('steps') ?? FLOW_STEPS.join(','))
      .split(',')
      .map((step) => step.trim())
      .filter((step): step is FlowStep => (FLOW_STEPS as readonly string[]).includes(step));
    return asked.length > 0 ? asked : [...FLOW_STEPS];
  }

  /** The step being taken; `undefined` once every step is done. */
  get currentStep(): FlowStep | undefined {
    return this.steps[this.#results.length];
  }

  /** The steps done so far. */
  get results(): readonly FlowStepResult[] {
    return this.#results;
  }

  /** The `<id-precheck>` of the current step (for tests and pages that set its properties). */
  get widget(): IdPrecheckElement {
    return this.#widget;
  }

  connectedCallback(): void {
    this.#show();
  }

  attributeChangedCallback(): void {
    this.#show();
  }

  /** Back to the first step, nothing kept. */
  restart(): void {
    this.#results = [];
    this.#widget.reset();
    this.#show();
  }

  /** Releases the camera and the worker (see `IdPrecheckElement.destroy`). */
  destroy(): void {
    this.#widget.destroy();
  }

  #accepted(detail: PrecheckAcceptDetail): void {
    const step = this.currentStep;
    if (step === undefined) return;
    this.#results = [...this.#results, { step, ...detail }];
    if (this.currentStep === undefined) {
      this.#show();
      const complete: PrecheckFlowCompleteDetail = { steps: this.#results };
      this.dispatchEvent(
        new CustomEvent('precheck-flow-complete', { detail: complete, bubbles: true, composed: true }),
      );
      return;
    }
    // The accepted state shows "Photo accepted" briefly in the step's own widget; the next step starts clean.
    this.#widget.reset();
    this.#show();
    if (this.#widget.live) void this.#widget.openCamera();
  }

  #show(): void {
    for (const name of PASSED_ON) {
      const value = this.getAttribute(name);
      if (value === null) this.#widget.removeAttribute(name);
      else this.#widget.setAttribute(name, value);
    }
    const tag = this.closest('[lang]')?.getAttribute('lang') || globalThis.navigator?.language;
    const { live, dir } = catalogFor(tag);
    this.#stepLine.dir = this.#note.dir = this.#done.dir = dir;
    const steps = this.steps;
    const step = this.currentStep;
    this.#widget.hidden = step === undefined;
    this.#done.hidden = step !== undefined;
    this.#done.textContent = live.flowDone;
    this.#stepLine.hidden = step === undefined;
    this.#note.hidden = step !== 'back' || this.#results.length === 0;
    this.#note.textContent = live.turnOver;
    if (step === undefined) return;
    this.#stepLine.textContent = live.stepOf(this.#results.length + 1, steps.length, live.steps[step]);
    this.#widget.kind = step === 'selfie' ? 'selfie' : 'document';
    // The back of a card has no portrait: no face model is loaded for it.
    this.#widget.faces = step === 'back' ? false : undefined;
  }
}
