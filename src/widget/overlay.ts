import type { Heatmap, Report } from '../browser/index.js';
import { h, svg } from './dom.js';

/**
 * The overlay over the preview, in the original image's pixels (the report's own coordinates):
 * the document's outline, a numbered box around every issue's region (numbers match the list of
 * hints, and warnings are dashed, so colour is never the only signal), the face boxes, and the
 * glare and sharpness maps as an optional layer.
 */
export function drawOverlay(report: Report, showMaps: boolean): { overlay: SVGElement; markers: HTMLElement[] } {
  const { width, height } = report.image;
  const overlay = svg('svg', {
    class: 'overlay',
    part: 'overlay',
    viewBox: `0 0 ${width} ${height}`,
    preserveAspectRatio: 'none',
    'aria-hidden': 'true',
  });
  if (showMaps) {
    if (report.maps?.glare) drawMap(overlay, report.maps.glare, width, height, 'glare', (value) => value);
    if (report.maps?.sharpness) drawMap(overlay, report.maps.sharpness, width, height, 'sharpness', (v) => 1 - v);
  }
  const corners = report.document?.corners;
  if (corners) {
    overlay.append(
      svg('polygon', { class: 'outline', part: 'outline', points: corners.map((p) => `${p.x},${p.y}`).join(' ') }),
    );
  }
  for (const face of report.faces ?? []) {
    const { x, y, width: w, height: hgt } = face.box;
    overlay.append(svg('rect', { class: 'face', part: 'face-box', x, y, width: w, height: hgt }));
  }
  const markers: HTMLElement[] = [];
  report.issues.forEach((issue, index) => {
    if (!issue.region) return;
    const { x, y, width: w, height: hgt } = issue.region;
    overlay.append(
      svg('rect', {
        class: `region ${issue.severity}`,
        part: `region region-${issue.severity} region-${issue.code}`,
        x,
        y,
        width: w,
        height: hgt,
      }),
    );
    const marker = h('span', { class: `marker ${issue.severity} marker-label`, part: 'marker', 'aria-hidden': 'true' });
    marker.textContent = String(index + 1);
    marker.style.left = `${(Math.max(0, x) / width) * 100}%`;
    marker.style.top = `${(Math.max(0, y) / height) * 100}%`;
    markers.push(marker);
  });
  return { overlay, markers };
}

/** A heat layer: one translucent cell per map cell, stronger where `strength` is higher. */
function drawMap(
  overlay: SVGElement,
  map: Heatmap,
  width: number,
  height: number,
  name: 'glare' | 'sharpness',
  strength: (value: number) => number,
): void {
  const cellWidth = width / map.cols;
  const cellHeight = height / map.rows;
  const layer = svg('g', { class: `map-${name}`, part: `map map-${name}` });
  map.values.forEach((value, cell) => {
    const opacity = Number.isFinite(value) ? Math.min(0.6, Math.max(0, strength(value)) * 0.6) : 0;
    if (opacity < 0.05) return;
    const x = (cell % map.cols) * cellWidth;
    const y = Math.floor(cell / map.cols) * cellHeight;
    layer.append(svg('rect', { x, y, width: cellWidth, height: cellHeight, 'fill-opacity': opacity }));
  });
  overlay.append(layer);
}
