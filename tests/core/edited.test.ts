import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { EDITING_TOOLS, editingToolOf } from '../../src/core/data/editing-tools.js';
import type { ExifSummary } from '../../src/core/types.js';
import { centredFace, makeRaster } from '../helpers.js';

describe('editingToolOf', () => {
  it.each([
    ['Adobe Photoshop 25.0 (Windows)', 'Adobe Photoshop'],
    ['Adobe Photoshop Lightroom Classic 13.1 (Macintosh)', 'Adobe Lightroom'],
    ['Adobe Photoshop Express', 'Adobe Photoshop Express'],
    ['GIMP 2.10.36', 'GIMP'],
    ['Snapseed 2.0', 'Snapseed'],
    ['Canva', 'Canva'],
    ['Meitu 9.8', 'Meitu'],
    ['PicsArt Photo Studio', 'PicsArt'],
    ['paint.net 5.0.12', 'Paint.NET'],
  ])('%s is %s', (software, tool) => {
    expect(editingToolOf(software)).toBe(tool);
  });

  it.each([
    '17.2',
    'iOS 16.5',
    'HDR+ 1.0.540104767zd',
    'Google',
    'SM-G991B',
    'MIUI Camera',
    'Adobe Scan',
    'Photos 9.0',
    'Microsoft Windows Photo Viewer 10.0',
    'CamScanner',
    'Epson Scan 2',
    '',
    'GIMPY camera',
  ])('"%s" is not an editor', (software) => {
    expect(editingToolOf(software)).toBeNull();
  });

  it('every listed tool matches its own name', async () => {
    for (const tool of EDITING_TOOLS) expect(tool.pattern.test(tool.name), tool.name).toBe(true);
  });
});

describe('edited check', () => {
  const raster = makeRaster(64, 40, (x) => [x * 4, 120, 200 - x]);
  const report = (exif?: ExifSummary) =>
    analyze(raster, { width: 1600, height: 1000, format: 'jpeg', ...(exif ? { exif } : {}) }, { kind: 'document' });

  it('warns on a document whose metadata names an editor, with the tool in the detail', async () => {
    const issue = (await report({ software: 'Adobe Photoshop 25.0 (Windows)' })).issues.find(
      (i) => i.code === 'edited',
    );
    expect(issue).toMatchObject({ severity: 'warn', detail: 'Adobe Photoshop (Adobe Photoshop 25.0 (Windows))' });
    expect((await report({ creatorTool: 'GIMP 2.10' })).issues.map((i) => i.code)).toContain('edited');
  });

  it('passes camera photos and files without metadata', async () => {
    expect(
      (await report({ make: 'Google', model: 'Pixel 8', software: 'HDR+ 1.0' })).issues.map((i) => i.code),
    ).not.toContain('edited');
    expect((await report()).scores.editedByTool).toBe(0);
  });

  it('does not run on selfies', async () => {
    const selfie = await analyze(
      raster,
      { width: 1600, height: 1000, format: 'jpeg', exif: { software: 'Facetune' } },
      { kind: 'selfie', faceDetector: centredFace(raster.width, raster.height) },
    );
    expect(selfie.scores.editedByTool).toBeUndefined();
  });
});
