/**
 * The widget's styles, adopted by its shadow root (a constructed stylesheet, so a strict
 * Content-Security-Policy without `unsafe-inline` allows it). Every colour, radius and font is a
 * custom property a page can set on `id-precheck`; docs/widget.md lists them.
 */
export const WIDGET_CSS = `
:host {
  --idp-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'PingFang TC', 'Microsoft JhengHei', sans-serif;
  --idp-font-size: 1rem;
  --idp-color-text: #1f2937;
  --idp-color-muted: #4b5563;
  --idp-color-background: #ffffff;
  --idp-color-surface: #f3f4f6;
  --idp-color-border: #6b7280;
  --idp-color-primary: #1a56db;
  --idp-color-on-primary: #ffffff;
  --idp-color-pass: #05603a;
  --idp-color-warn: #8a4b00;
  --idp-color-fail: #b42318;
  --idp-color-focus: #1a56db;
  --idp-color-outline: #ffd500;
  --idp-color-marker-text: #ffffff;
  --idp-color-glare-map: #ff00ff;
  --idp-color-blur-map: #00b7ff;
  --idp-color-guide: #ffffff;
  --idp-color-guide-ready: #22c55e;
  --idp-color-camera-shade: rgb(0 0 0 / 0.45);
  --idp-radius: 12px;
  --idp-button-radius: 8px;
  display: block;
  font-family: var(--idp-font);
  font-size: var(--idp-font-size);
  color: var(--idp-color-text);
  max-width: 40rem;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.container {
  background: var(--idp-color-background);
  border: 1px solid var(--idp-color-border);
  border-radius: var(--idp-radius);
  padding: 1rem;
  display: grid;
  gap: 0.75rem;
}
.title { margin: 0; font-size: 1.125em; font-weight: 600; }
.dropzone {
  border: 2px dashed var(--idp-color-border);
  border-radius: var(--idp-radius);
  background: var(--idp-color-surface);
  padding: 1.25rem 1rem;
  display: grid;
  gap: 0.75rem;
  justify-items: center;
  text-align: center;
}
.dropzone.dragging { border-color: var(--idp-color-primary); border-style: solid; }
.hint, .note, .attempts { margin: 0; color: var(--idp-color-muted); }
.buttons, .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: center; }
.actions { justify-content: flex-start; }
button {
  font: inherit;
  min-height: 44px;
  min-width: 44px;
  padding: 0.5rem 1rem;
  border-radius: var(--idp-button-radius);
  border: 2px solid var(--idp-color-primary);
  background: var(--idp-color-background);
  color: var(--idp-color-primary);
  cursor: pointer;
}
button.primary { background: var(--idp-color-primary); color: var(--idp-color-on-primary); }
button:focus-visible, .dropzone:focus-visible, input:focus-visible + span {
  outline: 3px solid var(--idp-color-focus);
  outline-offset: 2px;
}
.file-input { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; pointer-events: none; }
.preview {
  position: relative;
  width: fit-content;
  max-width: 100%;
  margin: 0 auto;
  border-radius: var(--idp-radius);
  overflow: hidden;
  background: var(--idp-color-surface);
}
/* A tall selfie stays on screen with its verdict: the figure shrinks to the photo, the overlay with it. */
.preview canvas { display: block; max-width: 100%; max-height: min(60vh, 32rem); width: auto; height: auto; }
.overlay { position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none; }
.overlay .outline { fill: none; stroke: var(--idp-color-outline); stroke-width: 3; vector-effect: non-scaling-stroke; }
.overlay .region { fill: none; stroke-width: 3; vector-effect: non-scaling-stroke; }
.overlay .region.fail { stroke: var(--idp-color-fail); }
.overlay .region.warn { stroke: var(--idp-color-warn); stroke-dasharray: 8 5; }
.overlay .face { fill: none; stroke: var(--idp-color-outline); stroke-width: 2; vector-effect: non-scaling-stroke; }
.overlay .map-glare rect { fill: var(--idp-color-glare-map); }
.overlay .map-sharpness rect { fill: var(--idp-color-blur-map); }
.marker-label { position: absolute; transform: translate(-50%, -50%); }
.marker {
  display: inline-grid;
  place-items: center;
  min-width: 1.6em;
  height: 1.6em;
  border-radius: 999px;
  font-weight: 700;
  font-size: 0.85em;
  color: var(--idp-color-marker-text);
  background: var(--idp-color-fail);
  border: 2px solid var(--idp-color-marker-text);
}
.marker.warn { background: var(--idp-color-warn); }
.status { margin: 0; font-weight: 600; }
.status.pass { color: var(--idp-color-pass); }
.status.warn { color: var(--idp-color-warn); }
.status.fail { color: var(--idp-color-fail); }
.announced { display: grid; gap: 0.75rem; }
.issues { margin: 0; padding: 0; list-style: none; display: grid; gap: 0.5rem; }
.issues li { display: flex; gap: 0.5rem; align-items: flex-start; }
.toggle { display: flex; gap: 0.5rem; align-items: center; min-height: 44px; color: var(--idp-color-muted); }
.toggle input { width: 1.25rem; height: 1.25rem; margin: 0; }
.spinner {
  width: 1.25em; height: 1.25em; border-radius: 50%;
  border: 3px solid var(--idp-color-surface); border-top-color: var(--idp-color-primary);
  display: inline-block; vertical-align: middle; margin-inline-end: 0.5em;
  animation: idp-spin 0.9s linear infinite;
}
@keyframes idp-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
.live { display: grid; gap: 0.75rem; }
.viewport {
  position: relative;
  overflow: hidden;
  border-radius: var(--idp-radius);
  background: #000;
  aspect-ratio: 4 / 3;
  max-height: min(70vh, 36rem);
}
.live-video { display: block; width: 100%; height: 100%; object-fit: cover; }
.live-video.mirrored { transform: scaleX(-1); }
/* The guide: a face oval or a card frame, the picture around it shaded. */
.guide {
  position: absolute;
  left: 50%; top: 50%;
  transform: translate(-50%, -50%);
  border: 3px solid var(--idp-color-guide);
  box-shadow: 0 0 0 100vmax var(--idp-color-camera-shade);
  transition: border-color 0.2s;
}
.guide.selfie { height: 76%; aspect-ratio: 3 / 4; border-radius: 50%; }
/* ID-1 card proportions (85.6 × 54 mm), inside the frame with a margin. */
.guide.document { width: 82%; aspect-ratio: 1.586; border-radius: 4%; max-height: 86%; }
.guide.ready { border-color: var(--idp-color-guide-ready); border-width: 5px; }
.live-progress {
  position: absolute; left: 0; bottom: 0; height: 6px;
  width: calc(var(--hold, 0) * 100%);
  background: var(--idp-color-guide-ready);
}
.live-hint { margin: 0; font-size: 1.25em; font-weight: 600; text-align: center; min-height: 1.5em; text-wrap: balance; }
.live .actions { justify-content: center; }
.live[data-hint='ready'] .live-hint { color: var(--idp-color-pass); }
.live-error { margin: 0; color: var(--idp-color-fail); font-weight: 600; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
@media (prefers-reduced-motion: reduce) { .guide { transition: none; } }
[hidden] { display: none !important; }
`;
