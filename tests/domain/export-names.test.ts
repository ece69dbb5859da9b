// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shortDatasetId } from '../../src/domain/exports/export-names';

const SHA = 'f3a9c0de12b45e6789abcdef0123456789abcdef0123456789abcdef01234567';

describe(shortDatasetId, () => {
  it('keeps the first 12 hex digits of a real dataset hash', () => {
    expect(shortDatasetId(SHA)).toBe('f3a9c0de12b4');
  });

  it('keeps the whole demo prefix before the digits (it was cut to "demo-2026-0-")', () => {
    expect(shortDatasetId(`demo-2026-0-${SHA.slice(0, 12)}`)).toBe('demo-2026-0-f3a9c0de12b4');
    expect(shortDatasetId(`demo-7-10000-${SHA.slice(0, 12)}`)).toBe('demo-7-10000-f3a9c0de12b4');
    expect(shortDatasetId(`demo--3-100-${SHA.slice(0, 12)}`)).toBe('demo--3-100-f3a9c0de12b4');
  });

  it("keeps a draft's whole prefix, so a draft's stamp never reads like a published hash", () => {
    expect(shortDatasetId(`draft-2026-11-24-${SHA.slice(0, 12)}`)).toBe(
      'draft-2026-11-24-f3a9c0de12b4',
    );
  });
});
