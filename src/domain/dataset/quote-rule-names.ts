// Each quote rule of data:check named in Chinese and English, for the pages and the CLI that say
// which rule an entry breaks (the English is QUOTE_RULES' own wording).
import type { Localized } from './schema.ts';
import { QUOTE_RULES, type QuoteRule } from './quote-meaning.ts';

const ZH: Record<QuoteRule, string> = {
  'quote-value-missing': '引文没有写出这个数字',
  'quote-value-inexact': '数值与引文中的数字接近，但不完全相同',
  'quote-not-percent': '百分比的引文没有写成百分数',
  'quote-only-percent': '计数的引文只写成了百分数',
  'quote-measure': '引文中的数字计的是别的东西（量词不同）',
  'quote-year': '引文中的数字是年份或年限（后跟“年”）',
  'quote-label': '引文中的数字是编号（电话、序号或名称的一部分）',
  'quote-key-needed': '引文写了几个同类数字，这个不是第一个：需要 quoteKey',
  'quote-key-missing': 'quoteKey 不在引文中，或它后面没有同类数字',
  'quote-key-mismatch': 'quoteKey 后面的数字是另一个数',
  'quote-comparator': '引文的比较方向相反（如目标为不少于，引文却写不超过）',
  'quote-deadline': '引文写的是另一个截止年份',
};

export const quoteRuleName = (rule: QuoteRule): Localized => ({
  zh: ZH[rule],
  en: QUOTE_RULES[rule],
});

export const isQuoteRule = (code: string | undefined): code is QuoteRule =>
  code !== undefined && Object.hasOwn(QUOTE_RULES, code);
