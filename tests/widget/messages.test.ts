/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Issue, Report } from '../../src/core/types.js';
import { CATALOGS, messageFor } from '../../src/widget/messages/index.js';
// The messages' types reach the widget's elements: their tag and event maps are declared there.
import type {} from '../../src/widget/index.js';

/** A document report with one issue; the message reads only its kind, image and document. */
const reportWith = (issue: Issue): Report =>
  ({
    kind: 'document',
    verdict: issue.severity,
    issues: [issue],
    scores: {},
    image: { width: 1000, height: 700, format: 'jpeg' },
  }) as unknown as Report;

describe('widget messages', () => {
  const shadow: Issue = { code: 'shadow', severity: 'warn', score: 0.2, threshold: 0.1, facts: { darkening: 0.4 } };
  const overPortrait: Issue = { ...shadow, facts: { darkening: 0.4, overPortrait: true } };

  it.each([
    ['en', /photo/],
    ['ar', /صورتك/],
    ['zh-Hans', /照片/],
    ['zh-Hant', /照片/],
  ])('%s names the portrait when a shadow lies over it', (locale, portrait) => {
    const messages = CATALOGS[locale]!;
    const across = messageFor(messages, shadow, reportWith(shadow));
    const over = messageFor(messages, overPortrait, reportWith(overPortrait));
    expect(over).toMatch(portrait);
    expect(across).not.toMatch(portrait);
  });
});
