import type { TAmount } from "../text/parse-amounts";
import { evidenceOf } from "./match/find-hits";
import { pattern } from "./match/lexicon";
import { liveHits } from "./match/live-hits";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const PAY = pattern(
  "(?:挪|拿|凑|匀)(?:个|点|出)?[^,.!?]{0,6}出来|还款|还钱|还上|还清|结清|先还|能还|可以还|要还|得还|还多少|还一点|还一部分|还\\s?\\d|还[一两三四五六七八九十几]|把钱还|付款|付清|转账|打款|存入|缴清|入账|处理一下欠款|\\b(?:pay|paying|payment|settle|clear the balance|put (?:something|some money|\\$?\\d+) (?:down|towards)|(?:can|could) you put down|(?:need|want|get|take|have) (?:something|anything|some money|a payment) (?:on (?:the|your) account |from you |off you )?(?:today|now|tonight|this week)|how much (?:you )?(?:can|could) (?:you )?(?:clear|pay|afford|manage|put|do)|what(?:'s| is) a (?:number|figure|amount) you|(?:find|clear|manage|swing|scrape together)\\b[^.!?]{0,30}\\b(?:today|tonight|this week|by (?:friday|monday|the end of)|end of the month)|(?:get|take|have) (?:the |that |your )?[£$]?[\\w.,-]+ (?:[\\w-]+ )?(?:taken care of|sorted|on (?:it|the account|your (?:debit |credit )?card))|take (?:the |a )?(?:payment|[£$][\\d.,]+)|send (?:us )?(?:a |the )?payment)\\b",
);
const ASKING = /请|麻烦|能不能|能否|可不可以|可以|行不行|好吗|怎么样|需要|必须|一定要|务必|尽快|马上|今天|明天|先|吗|\?|\b(?:can you|could you|would you|will you|are you able|please|need you to|i need|we need|i'll need|have to|must|i'd like you to|let's|how much|can we|today|by|when can)\b/;
/** Talk of paying later, once a problem is settled, is not a request now. */
const DEFERRED = /等(?:您|你)?[^,.!?]{0,8}(?:再|后)(?:谈|说|联系)|不着急|不用急|(?:如果|等)(?:之后|以后|将来|哪天)|不用(?:现在)?还|暂时不|先不(?:谈|说|用)|\b(?:when you're ready|once (?:this|it|the dispute|that) is (?:resolved|sorted|settled)|after the dispute|no need to pay|don't need to (?:pay|talk about)|don't have to pay|not (?:today|now)|no payment)\b/;
/** Any talk of paying now, for must-stop moments: "still owe", 该还还是得还, "get the thirty-five in today". */
const PAYING = pattern(
  "(?:先|能|得|要|必须|就|该|都|也|今天|马上|赶紧|早点|尽快|至少)還?还(?!是|有|在|没|不|要)|还(?:了|钱|款|上|清|个|最低|\\d|[一两三四五六七八九十几]|多少|掉|进来|一次)|還|打进来|转(?:账|过来|进来|\\d|[一两三四五六七八九十几]|个|五|钱)|现在就转|结清|凑(?:个|点|一)|(?:挪|拿|匀)(?:个|点)?[^,.!?]{0,6}出来|最低[^,.!?]{0,10}(?:得|要|还是得)|准确时间|几点能|\\b(?:pay\\w*|paid|clear(?:ed)? (?:it|this|the balance)|settle\\w*|the money|an amount|some money|something (?:today|now|set up|in|on this call)|good-faith|minimum|balance cleared|the full balance|still (?:owe|due)|(?:get|take) (?:the )?[\\w-]+ (?:in )?today|do [\\w-]+ today)\\b",
);

/** Payments named inside an offer of forbearance ("a hardship program that can lower the payment"). */
const FORBEARANCE = /暂停|减免|降低|停息|\b(?:hardship|pause|hold|lower|reduce|freeze|breathing space)\b/;

export function mentionsPaying(text: TTurnText): boolean {
  return liveHits(text, PAYING).some((hit) => {
    const sentence = text.norm.slice(hit.sentence.start, hit.sentence.end);
    return !DEFERRED.test(sentence) && !FORBEARANCE.test(sentence);
  });
}
const DATE = /今天|今晚|明天|后天|(?:本|这|下)(?:周|星期)[一二三四五六日天]?|周[一二三四五六日天]|星期[一二三四五六日天]|\d{1,2}\s?(?:号|日)|月底|月初|发工资(?:那天|后)|[一二三四五六七八九十]+号|\b(?:today|tonight|tomorrow|(?:this|next) (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|by the \d+(?:st|nd|rd|th)?|on the \d+(?:st|nd|rd|th)?|end of (?:the )?(?:week|month)|payday|\d{1,2}\/\d{1,2})\b/;

/** The first request for a payment now, with its amount and date when given. */
export function detectPaymentRequest(text: TTurnText, amounts: readonly TAmount[]): TTurnAnalysis["paymentRequest"] {
  for (const hit of liveHits(text, PAY)) {
    const sentence = text.norm.slice(hit.sentence.start, hit.sentence.end);
    const amount = amounts.find((item) => item.start >= hit.sentence.start && item.end <= hit.sentence.end);
    const date = DATE.exec(sentence);
    if (DEFERRED.test(sentence) || !(ASKING.test(sentence) || text.norm[hit.sentence.end] === "?" || amount)) continue;
    return {
      amount: amount?.value ?? null,
      date: date ? text.original.slice(hit.sentence.start + date.index, hit.sentence.start + date.index + date[0].length) : null,
      evidence: evidenceOf(text, hit),
    };
  }
  return null;
}
