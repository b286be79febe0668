/**
 * `<id-precheck>`, the widget a KYC upload page embeds. Importing this module registers the
 * element (once: importing it twice is harmless). See docs/widget.md.
 */
import { IdPrecheckElement } from './element.js';

export { IdPrecheckElement, type PrecheckAcceptDetail, type PrecheckErrorDetail } from './element.js';
export { CATALOGS, catalogFor, messageFor, registerMessages } from './messages/index.js';
export type { IssueContext, MessageOverrides, Messages, Place, UiStrings } from './messages/index.js';
export type { Report } from '../browser/index.js';

/** The element's tag. */
export const TAG_NAME = 'id-precheck';

if (typeof customElements !== 'undefined' && !customElements.get(TAG_NAME)) {
  customElements.define(TAG_NAME, IdPrecheckElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'id-precheck': IdPrecheckElement;
  }
  interface HTMLElementEventMap {
    'precheck-result': CustomEvent<import('../browser/index.js').Report>;
    'precheck-accept': CustomEvent<import('./element.js').PrecheckAcceptDetail>;
    'precheck-error': CustomEvent<import('./element.js').PrecheckErrorDetail>;
  }
}
