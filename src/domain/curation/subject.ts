// The words that name what a claim counts: those before the number in its clause, without the
// time, cue and comparator words (截至2023年底累计建成职工之家243个 → 建成职工之家); else, when
// the words before only lead to it (全市有, …等, 为), the noun after its measure word (282所幼儿园).
const MAX_LENGTH = 16;
const LEAD =
  /^.*(?:(?:19|20)\d{2}\s*年(?:底|末|内|前)?|年内|今年|去年|目前|截至|届时|\d+\s*年(?:左右)?(?:的)?时间|[一二两三四五六七八九十]年(?:左右)?(?:的)?时间)/;
const OPENING =
  /^(?:#+|[一二三四五六七八九十]是|首先|其次|其中|此外|同时|包括|累计|已经|已|将|计划|力争|实现|共计|共有|拥有|现有|共|全市|全区|本市|并|在|，|,|、|\s)+/;
const TRAILING =
  /(?:将|计划|力争|预计|实现|达到|达|提供|不少于|不低于|不超过|不高于|低于|高于|至少|超过|突破|首次|迅速|(?:攀升|增长|增加|提高|提升|上升|下降|降低|减少)(?:到|至)?|增至|降至|控制在|共有|有|为|是|约|近|将近|接近|上|逾|了|共|累计)+$/;
// Words before a number that only lead to it: the counted noun follows the measure word.
const LEADS_ONLY = /(?:等|为|和|与|对|给|向|分别和.{0,2}|有|共有)$/;
const AFTER_WORDS = /^[^\s，,、。；;：:“”"（）()]{2,12}/;
const NOUN_END =
  /举办|提供|建立|开展|参加|参与|走进|受益|设立|列入|投入|实现|完成|达到|进行|获得|覆盖|开通|的|和|及|与/;

/** What the claim counts, from its clause text around the number at [at, end). */
export function subjectOf(clause: string, at: number, end: number): string | null {
  // Wrapped lines (工会组\n\n织) are one word.
  const unwrap = (t: string) => t.replace(/\s+/g, '');
  let before = unwrap(clause.slice(0, at)).replace(LEAD, '').replace(OPENING, '');
  // A list of figures (…签订率达到90%、职工之家达到1.8万个): only this item's words.
  const item = before.lastIndexOf('、');
  if (item >= 0 && /\d/.test(before.slice(0, item))) before = before.slice(item + 1);
  before = before.replace(OPENING, '');
  const leadsOnly = LEADS_ONLY.test(before);
  before = before.replace(TRAILING, '').trim();
  if (before.length > MAX_LENGTH) before = before.slice(-MAX_LENGTH);
  const noun = nounAfter(unwrap(clause.slice(end)));
  if (noun && (leadsOnly || before.length < 2)) return noun;
  return before.length >= 2 ? before : (noun ?? (before || null));
}

function nounAfter(text: string): string | null {
  const words = AFTER_WORDS.exec(text)?.[0] ?? '';
  const stop = NOUN_END.exec(words);
  const noun = (stop ? words.slice(0, stop.index) : words).slice(0, 10);
  return noun.length >= 2 ? noun : null;
}
