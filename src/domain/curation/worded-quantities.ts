// Quantities a sentence states in words rather than digits:
// - 全覆盖 / 全部覆盖 of something named: a share of 100% (data:check reads it so too); one per
//   sentence, since a sentence that says it again (…全覆盖，在基础教育…全覆盖) restates the aim;
// - a round magnitude approached or passed (近万人次, 上千家, 逾百万人): the magnitude, marked
//   approximate, since the text does not state it exactly.
import type { Quantity } from './quantities.ts';

const COVERAGE = /全部?覆盖/;
// Words that say how the aim is pursued, not what is covered.
const COVERAGE_CUES =
  /^(?:将|已经|已|并|要|力争|争取|确保|基本|逐步|全面|推动|推进|实现|达到|做到|到\d{4}年(?:底|末)?|年内|今年)+/;
const CLAUSE_START = /[，,：:；;。！？!?]/;

const MAGNITUDES: Record<string, number> = {
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  万: 1e4,
  千: 1e3,
  百: 1e2,
  亿: 1e8,
};
// 近/将近/接近 (close to) or 上/逾/过/超 (reaching, past) a magnitude, then its measure word.
const APPROXIMATE =
  /(?<![\d零〇一二两三四五六七八九十百千万亿数几线网以之向往路])(?:将近|接近|近|上|逾|过|超)(十万|百万|千万|万|千|百|亿)(?:余|多)?(人次|[个家名人部台所张项场条次件处座套户间栋位辆批类支篇本例期])/g;

/** The 全覆盖 of a (folded) sentence, when its clause names what is covered. */
export function coverageIn(sentence: string): Quantity | null {
  const m = COVERAGE.exec(sentence);
  if (!m) return null;
  let start = m.index;
  while (start > 0 && !CLAUSE_START.test(sentence[start - 1]!)) start -= 1;
  const covered = sentence.slice(start, m.index).trim().replace(COVERAGE_CUES, '');
  if (covered.replace(/[\s“”‘’"'在对于]/g, '').length < 2) return null;
  return {
    value: 100,
    unit: 'percent',
    measure: null,
    at: m.index,
    end: m.index + m[0].length,
    coverage: true,
  };
}

/** The round magnitudes of a (folded) sentence that it states only approximately. */
export function approximateMagnitudes(sentence: string): Quantity[] {
  return [...sentence.matchAll(APPROXIMATE)].map((m) => ({
    value: MAGNITUDES[m[1]!]!,
    unit: 'count' as const,
    measure: m[2]!,
    at: m.index,
    end: m.index + m[0].length,
    approximate: true,
  }));
}
