import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checksFor } from '../../src/core/checks/index.js';
import { CAPTURE_KINDS } from '../../src/core/codes.js';
import * as options from '../../src/core/options.js';
import { decodeLimits } from '../../src/host/decode.js';
import { prepareRequest } from '../../src/host/request.js';
import { analyzeFile, checkFile } from '../../src/node/analyze-file.js';
import { ROOT } from '../cli/run-cli.js';

// Count resolveOptions calls made anywhere in the pipeline (core, host, Node layer).
vi.mock('../../src/core/options.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/options.js')>();
  return { ...actual, resolveOptions: vi.fn(actual.resolveOptions) };
});

const GOOD = join(ROOT, 'test-images/doc_good_wood_card_01.jpg');

describe('prepareRequest', () => {
  it('throws for an invalid kind, option or face backend, naming it', () => {
    expect(() => prepareRequest({ kind: 'passport' as never })).toThrow(/request\.kind/);
    expect(() => prepareRequest(null as never)).toThrow(TypeError);
    expect(() => prepareRequest({ kind: 'document', options: { analysisSize: 3 } })).toThrow(RangeError);
    expect(() => prepareRequest({ kind: 'selfie', faces: { backend: 'dlib' as never } })).toThrow(/faces\.backend/);
    expect(() => prepareRequest({ kind: 'selfie', faces: 'onnx' as never })).toThrow(TypeError);
  });

  it('settles the face detector: always for selfies, for documents unless turned off', () => {
    expect(prepareRequest({ kind: 'selfie', faces: false }).faces).toEqual({});
    expect(prepareRequest({ kind: 'document', faces: false }).faces).toBeNull();
    expect(prepareRequest({ kind: 'document' }).faces).toEqual({});
    expect(prepareRequest({ kind: 'document', faces: { backend: 'tfjs' } }).faces).toEqual({ backend: 'tfjs' });
    // The rule above stands for "some check of this kind needs faces"; it must stay true.
    for (const kind of CAPTURE_KINDS) expect(checksFor(kind).some((check) => check.needsFaces)).toBe(true);
  });

  it('decides the decode size in one place: every kind straight to the analysis size', () => {
    expect(decodeLimits(prepareRequest({ kind: 'document' }))).toEqual({
      maxPixels: 150_000_000,
      maxSide: 1024,
      detailSide: 512,
    });
    expect(decodeLimits(prepareRequest({ kind: 'selfie', options: { analysisSize: 512 } })).maxSide).toBe(512);
  });

  it('asks for the file-size detail (screen_recapture) for documents and auto, not for selfies', () => {
    expect(decodeLimits(prepareRequest({ kind: 'auto' })).detailSide).toBe(512);
    expect(decodeLimits(prepareRequest({ kind: 'selfie' })).detailSide).toBeUndefined();
  });

  it('gives plain, frozen data that survives a structured clone (a worker thread or a Web Worker)', () => {
    const request = prepareRequest({ kind: 'document', options: { preset: 'strict' } });
    expect(Object.isFrozen(request.options.blur)).toBe(true);
    expect(structuredClone(request)).toEqual(request);
  });
});

describe('options are resolved once per image', () => {
  const resolve = vi.mocked(options.resolveOptions);

  it('once for analyzeFile, through the host pipeline and the core', async () => {
    resolve.mockClear();
    const report = await analyzeFile(GOOD, { kind: 'document', faces: false, options: { preset: 'strict' } });
    expect(report.verdict).toBe('pass');
    expect(resolve).toHaveBeenCalledTimes(1);
  });

  it('once for a whole batch that shares a prepared request', async () => {
    resolve.mockClear();
    const request = prepareRequest({ kind: 'document', faces: false });
    for (let i = 0; i < 3; i++) await checkFile(GOOD, request);
    expect(resolve).toHaveBeenCalledTimes(1);
  });
});
