/**
 * `<id-precheck>`, the widget a KYC upload page embeds. Importing this module registers the
 * element (once: importing it twice is harmless). See docs/widget.md.
 */
import { IdPrecheckElement } from './element.js';
import { IdPrecheckFlowElement } from './flow.js';

export { IdPrecheckElement, type PrecheckAcceptDetail, type PrecheckErrorDetail } from './element.js';
export { CATALOGS, catalogFor, messageFor, registerMessages } from './messages/index.js';
export type { IssueContext, LiveStrings, MessageOverrides, Messages, Place, UiStrings } from './messages/index.js';
export { IdPrecheckFlowElement, FLOW_STEPS } from './flow.js';
export type { FlowStep, FlowStepResult, PrecheckFlowCompleteDetail } from './flow.js';
export { createLiveSession, type LiveSession, type LiveSessionOptions } from './live/session.js';
export { CameraError, CAMERA_ERROR_CODES, chooseCamera, type CameraErrorCode } from './live/camera.js';
export {
  GuidanceStabiliser,
  DEFAULT_STABILISER_OPTIONS,
  type Guidance,
  type StabiliserOptions,
} from './live/stabiliser.js';
export type { FrameHint } from '../core/frame.js';
export type { FrameResult } from '../browser/protocol.js';
export type { Report } from '../browser/index.js';

/** The element's tag. */
export const TAG_NAME = 'id-precheck';

/** The capture flow's tag. */
export const FLOW_TAG_NAME = 'id-precheck-flow';

if (typeof customElements !== 'undefined') {
  if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, IdPrecheckElement);
  if (!customElements.get(FLOW_TAG_NAME)) customElements.define(FLOW_TAG_NAME, IdPrecheckFlowElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'id-precheck': IdPrecheckElement;
    'id-precheck-flow': IdPrecheckFlowElement;
  }
  interface HTMLElementEventMap {
    'precheck-result': CustomEvent<import('../browser/index.js').Report>;
    'precheck-accept': CustomEvent<import('./element.js').PrecheckAcceptDetail>;
    'precheck-error': CustomEvent<import('./element.js').PrecheckErrorDetail>;
    'precheck-flow-complete': CustomEvent<import('./flow.js').PrecheckFlowCompleteDetail>;
  }
}
