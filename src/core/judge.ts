import { checksFor } from './checks/index.js';
import type { JudgeContext } from './checks/check.js';
import { scaleBox } from './geometry.js';
import type { Measurements } from './measure.js';
import type { ResolvedOptions } from './options.js';
import { buildReport } from './report.js';
import type { Issue, Point, Report } from './types.js';

/**
 * The report for `measurements` under `options`: every check's issues, the verdict, and the
 * scores. Pure and cheap (no pixels are looked at), so a QA page re-judges a whole batch as a
 * threshold moves; `analyze` builds every report this way too. Options in `MEASURED_OPTIONS`
 * change what is measured, not how it is judged: a change to those needs the image measured again.
 */
export function judge(measurements: Measurements, options: ResolvedOptions): Report {
  const { kind, frame } = measurements;
  const context: JudgeContext = { kind, options, frame };
  if (measurements.faces !== undefined) context.faces = measurements.faces;
  const issues: Issue[] = [];
  const scores: Record<string, number> = { ...measurements.scores };
  const maps: NonNullable<Report['maps']> = {};
  for (const check of checksFor(kind)) {
    const measurement = measurements.checks[check.name];
    if (measurement === undefined) continue;
    const judged = check.judge(measurement, context);
    Object.assign(scores, measurement.scores, judged.scores);
    Object.assign(maps, measurement.maps);
    issues.push(...judged.issues);
  }
  const report = buildReport(kind, measurements.image, oneIssuePerCode(issues), scores, { ...measurements.timings });
  if (Object.keys(maps).length > 0) report.maps = maps;
  if (measurements.document !== undefined) {
    const corners = measurements.document.corners?.map((p) => ({ x: p.x * frame.scale, y: p.y * frame.scale }));
    report.document = { corners: (corners as [Point, Point, Point, Point] | undefined) ?? null };
  }
  if (measurements.skipped !== undefined) report.skipped = [...measurements.skipped];
  if (measurements.faces !== undefined) {
    report.faces = measurements.faces.map((face) => ({ box: scaleBox(face.box, frame.scale), score: face.score }));
  }
  return report;
}

/**
 * Two checks may find the same fault (a dark frame and a dark face): one issue per code is kept,
 * the one that says where (has a region), else the first.
 */
function oneIssuePerCode(issues: readonly Issue[]): Issue[] {
  const kept = new Map<string, Issue>();
  for (const issue of issues) {
    const earlier = kept.get(issue.code);
    if (earlier === undefined || (earlier.region === undefined && issue.region !== undefined))
      kept.set(issue.code, issue);
  }
  return [...kept.values()];
}
