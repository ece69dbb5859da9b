// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  canWaitForVisitor,
  readStoredLanguage,
  type StartContext,
} from '../../src/lib/boot/start-policy';

// 2026-12-02 in Beijing runs from 2026-12-01T16:00Z to 2026-12-02T16:00Z.
const FROM = Date.parse('2026-12-01T16:00:00Z');
const UNTIL = Date.parse('2026-12-02T16:00:00Z');

const complete: StartContext = {
  marks: { path: '/', dayFrom: String(FROM), dayUntil: String(UNTIL), complete: 'true' },
  pathname: '/',
  search: '',
  storedLanguage: null,
  exportFrame: false,
  now: Date.parse('2026-12-02T03:00:00Z'),
};

describe('canWaitForVisitor: may the app wait for the first interaction?', () => {
  it('waits on a complete page shown as rendered, on its own day', () => {
    expect(canWaitForVisitor(complete)).toBe(true);
    expect(canWaitForVisitor({ ...complete, storedLanguage: 'zh' })).toBe(true);
    expect(canWaitForVisitor({ ...complete, now: FROM })).toBe(true);
    expect(canWaitForVisitor({ ...complete, now: UNTIL - 1 })).toBe(true);
  });

  it('starts at once when the HTML is not what the app would show', () => {
    expect(
      canWaitForVisitor({ ...complete, marks: { ...complete.marks, complete: 'false' } }),
    ).toBe(false);
    expect(canWaitForVisitor({ ...complete, search: '?status=at-risk' })).toBe(false);
    expect(canWaitForVisitor({ ...complete, pathname: '/embed/plan/x' })).toBe(false);
    expect(canWaitForVisitor({ ...complete, storedLanguage: 'en' })).toBe(false);
    expect(canWaitForVisitor({ ...complete, exportFrame: true })).toBe(false);
    // 16:00 UTC is midnight in Beijing: the next day, whose statuses the HTML does not show.
    expect(canWaitForVisitor({ ...complete, now: UNTIL })).toBe(false);
    expect(canWaitForVisitor({ ...complete, now: FROM - 1 })).toBe(false);
  });

  it('starts at once on a page the build did not prerender (no marks)', () => {
    expect(canWaitForVisitor({ ...complete, marks: {} })).toBe(false);
    expect(canWaitForVisitor({ ...complete, marks: { ...complete.marks, dayUntil: 'x' } })).toBe(
      false,
    );
  });
});

describe('readStoredLanguage', () => {
  const storage = (value: string | null) => ({ getItem: () => value });
  it('reads the UI store’s persisted language', () => {
    expect(readStoredLanguage(storage('{"state":{"language":"en"},"version":0}'))).toBe('en');
    expect(readStoredLanguage(storage('{"state":{"language":"zh"},"version":0}'))).toBe('zh');
  });
  it('is null when nothing (or nothing readable) was kept', () => {
    expect(readStoredLanguage(storage(null))).toBeNull();
    expect(readStoredLanguage(storage('{not json'))).toBeNull();
    expect(readStoredLanguage(storage('{"state":{"language":3}}'))).toBeNull();
    expect(readStoredLanguage(null)).toBeNull();
  });
});
