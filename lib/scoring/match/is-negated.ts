import type { THit } from "./find-hits";
import type { TTurnText } from "./turn-text";

const ZH_NEGATOR = /绝对不会|绝不会|绝不|决不|从来不|从不|并不会|并不|并没有|不会|不能|不可能|不得|不允许|不要|不用|无需|不必|不再|没有人|没人|没有|没|别|勿|未|不|无/g;
/** 不 and 没 inside words that negate nothing here (对不起, 对不住), or that invert a wish (你也不想…吧 is a veiled threat). */
const ZH_NOT_A_NEGATOR =
  /^(?:不起|不住|不定|不小心|不行|不是吗|不过|不然|不少|不错|不管|不仅|不但|不同|不断|不停|不得不|不怕|不想|不希望|不愿|不如|不久|不一定|不及时|不按时|不到|不足|不了|无论|无法还|没钱|没还)/;
/** 要不…, 为什么不…, 何不…: suggestions, not negations. */
const ZH_SUGGESTION_BEFORE = /(?:要|为什么|为啥|何|怎么|实在)$/;
/** A negator followed by these negates the customer's paying (the condition), not our action. */
const ZH_CONDITION_AFTER = /^.{0,2}(?:还|付|交|处理|配合|接|回|理|联系我们|逼|让我)/;
/** A new demand on "you" (你先…, 您就…) starts a new clause even in speech-to-text with no commas. */
const ZH_BREAKER = /就|那么|否则|不然|的话|要不|,|但是|可是|(?<![让叫要求逼请用必需])(?:你|您)(?:看|先|赶紧|马上|现在就|今天就|必须)/;

const EN_NEGATOR = /n't\b|\b(?:not|never|no one|nobody|nothing|none|no|cannot|without|neither|nor)\b/g;
const EN_CONDITION_AFTER =
  /^\s?(?:\w+\s)?(?:pay|paid|settle|clear|resolve|fix|make (?:a |the |any )?payments?|call (?:us |me )?back|respond|cooperate|answer|sort|deal|want|wish|make me|force me|get (?:this|it) sorted)/;
/** "Why don't you borrow…", "why not sell…": suggestions, not negations. */
const EN_SUGGESTION_BEFORE = /\bwhy (?:\w+n't|not)$|\bwhy (?:do|would|could|should) ?n't$|\b(?:could|can|would|will) you not$|\b(?:couldn't|can't|wouldn't) you$/;
/** "If I don't get something today, I'm gonna call your HR": the negation stays in the condition. */
const EN_CONSEQUENT =
  /\b(?:then|there's|there is|there will be|i'm (?:gonna|going to)|i'll|we'll|we will|i will|we're (?:gonna|going to)|they'll|you'll|i have to|we have to|(?:they|he|she|it) (?:might|may|could|would|will))\b/;
/** ", and by Thursday it'll be…": a comma, "and" and a new subject start a clause the negation before does not reach. */
const EN_HARD_BREAKER = /\b(?:then|otherwise|or else|but|so|unless|until)\b|,\s?and (?:then |by \w+ )?(?:it|it's|it'll|we|we'll|i|i'll|they|they'll|he|she|this|that)\b/;
/** "…aren't you" before a new clause, "…won't they?" at the end: a tag question asks for agreement; it negates nothing. */
const TAG_QUESTION = /^\s?,?\s?[a-z]*n't (?:you|it|they|we|he|she|i)(?:\s*[?.!]?\s*$|\s(?:i|i'm|we|we'll|you|they|so|and|but|then|now|look|listen|right|ok|okay)\b)/;
export const isTagQuestion = (words: string) => TAG_QUESTION.test(words);
const EN_ANTECEDENT = /\b(?:if|unless|until|when)\b/;

/**
 * True when a negation reaches the hit: 我们不会联系您的家人 and "we will never contact your employer"
 * are negated; 如果您不还我们就告诉您家人 and "if you don't pay, we'll tell your boss" are not,
 * because there the negation belongs to the condition.
 */
export function isNegated(text: TTurnText, hit: THit): boolean {
  return text.language === "zh-CN" ? zhNegated(text, hit) : enNegated(text, hit);
}

/** A clause that goes on with a list (包括找家里人借) is still inside the negation of the clause before it. */
const ZH_LIST_GOES_ON = /^(?:包括|以及|或者|还有|也包括|甚至)/;

function zhNegated(text: TTurnText, hit: THit): boolean {
  const continuesList = ZH_LIST_GOES_ON.test(text.norm.slice(hit.clause.start, hit.start));
  const from = continuesList ? Math.max(hit.sentence.start, text.norm.lastIndexOf(",", hit.clause.start - 2) + 1, hit.start - 30) : Math.max(hit.clause.start, hit.start - 16);
  const window = text.norm.slice(from, hit.start);
  for (const match of window.matchAll(ZH_NEGATOR)) {
    const rest = window.slice(match.index);
    if (ZH_NOT_A_NEGATOR.test(rest) || ZH_SUGGESTION_BEFORE.test(window.slice(0, match.index))) continue;
    // 搞不好会被拘留, 弄不好就…: "it may well happen", a hedge that asserts.
    if (/^不好/.test(rest) && /[搞弄闹]$/.test(window.slice(0, match.index))) continue;
    // A-not-A questions (能不能, 是不是, 要不要) ask; they negate nothing.
    if (match.index > 0 && /^[不没]/.test(match[0]) && window[match.index - 1] === window[match.index + 1]) continue;
    const after = rest.slice(match[0].length);
    // "你弟弟不是也在杭州吗", 不是有存款吗: a rhetorical question asserts; it negates nothing after it.
    if (/^(?:不是|没有|不也)/.test(match[0] + after) && /[吗嘛咩]/.test(after)) continue;
    // 不是来逼您还钱的, 不是为了要钱: what the call is not for.
    if (match[0] === "不是" && /^(?:来|要|为了|想|打来)/.test(after)) return true;
    // 不会因为这个就抓人: the 就 belongs to the denied consequence, not to a condition.
    if (/^(?:因为|为了)[^,]{0,10}就/.test(after)) return true;
    // 不要为了还这个去借: the negation reaches past a purpose clause to what follows.
    if (ZH_CONDITION_AFTER.test(after) && !/^(?:会|能|可能|为了|因为)/.test(after)) continue;
    // "不要为了还款去借网贷,包括找家里人借": a list goes on past the comma, and so does the negation.
    if (ZH_BREAKER.test(after.replace(/,(?=包括|以及|或者|还有|也包括)/g, ""))) continue;
    return true;
  }
  return false;
}

function enNegated(text: TTurnText, hit: THit): boolean {
  const from = Math.max(hit.sentence.start, hit.start - 60);
  const window = text.norm.slice(from, hit.start);
  for (const match of window.matchAll(EN_NEGATOR)) {
    const before = window.slice(0, match.index);
    const after = window.slice(match.index + match[0].length);
    if (EN_SUGGESTION_BEFORE.test(before + match[0])) continue;
    // "you're having a laugh aren't you i need…": a tag question closes its clause; what follows is new.
    if (match[0] === "n't" && isTagQuestion(`${/[a-z]*$/.exec(before)![0]}n't${after}`)) continue;
    // "I'd not leave it", "don't wait": urging haste, which negates nothing that follows.
    if (/^\s?(?:leave it|wait|delay|put (?:it|this) off|hang about|hang around|sit on (?:it|this))\b/.test(after)) continue;
    // "I don't care what you earn, …": the idiom brushes aside; it negates nothing after it.
    if (/^\s?care\b/.test(after)) continue;
    // "I don't want you borrowing from family": the wish is what is negated.
    if (/^\s?want you (?:to )?(?:borrow|sell|take out|use|max|dip|\s*$)/.test(after)) return true;
    if (EN_CONDITION_AFTER.test(after)) continue;
    if (EN_HARD_BREAKER.test(after)) continue;
    // "if you won't help yourself, they might…": the consequent may open the hit itself.
    if (EN_ANTECEDENT.test(before) && (after.includes(",") || EN_CONSEQUENT.test(after + text.norm.slice(hit.start, hit.end)))) continue;
    return true;
  }
  return false;
}
