import type { Report } from '../browser/index.js';
import { h } from '../widget/dom.js';
import { drawOverlay } from '../widget/overlay.js';
import { WIDGET_CSS } from '../widget/styles.js';

/** The detail view shows the photo larger than the widget does. */
const DETAIL_CSS = `
:host { max-width: none; }
.preview canvas { max-height: min(70vh, 56rem); }
`;

let sheets: CSSStyleSheet[] | undefined;

function styleSheets(): CSSStyleSheet[] {
  sheets ??= [WIDGET_CSS, DETAIL_CSS].map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  return sheets;
}

/**
 * A photo with the widget's own overlay over it (document outline, numbered issue regions, face
 * boxes, glare and sharpness maps), drawn in a shadow root with the widget's stylesheet, so it
 * looks exactly as users see it.
 */
export class PhotoView {
  readonly element: HTMLElement;
  readonly #figure: HTMLElement;
  readonly #canvas: HTMLCanvasElement;

  constructor() {
    this.element = h('div', { class: 'photo' });
    const root = this.element.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = styleSheets();
    this.#canvas = h('canvas', { role: 'img' });
    this.#figure = h('figure', { class: 'preview' }, this.#canvas);
    root.append(this.#figure);
  }

  /** Shows a decoded photo (the bitmap is closed once drawn), or nothing. */
  setPhoto(bitmap: ImageBitmap | undefined, description: string): void {
    this.#canvas.width = bitmap?.width ?? 0;
    this.#canvas.height = bitmap?.height ?? 0;
    this.#canvas.setAttribute('aria-label', description);
    this.#figure.hidden = !bitmap;
    if (!bitmap) return;
    this.#canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
  }

  /** Draws the overlay of a report over the photo. */
  setReport(report: Report | undefined, showMaps: boolean): void {
    this.#figure.querySelectorAll('.overlay, .marker-label').forEach((node) => node.remove());
    if (!report || report.image.width === 0) return;
    const { overlay, markers } = drawOverlay(report, showMaps);
    this.#figure.append(overlay, ...markers);
  }
}
