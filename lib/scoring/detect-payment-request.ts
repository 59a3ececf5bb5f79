import type { TAmount } from "../text/parse-amounts";
import { clauseEvidenceOf } from "./match/find-hits";
import { pattern } from "../lexicon/load-lexicon";
import { liveHits } from "./match/live-hits";
import { quoteOf, spanAt, type TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const PAY = pattern("payment-request.pay");
const ASKING =
  /请|麻烦|能不能|能否|可不可以|可以|行不行|好吗|怎么样|需要|必须|一定要|务必|尽快|马上|今天|明天|先|吗|\?|\b(?:can you|could you|would you|will you|are you able|please|need you to|i need|we need|i'll need|have to|must|i'd like you to|let's|how much|can we|today|by|when can)\b/;
/** Talk of paying later, once a problem is settled, is not a request now. */
const DEFERRED =
  /不(?:谈|说|聊|提)钱|(?:还款|还钱|钱)的事[^,.!?]{0,8}(?:不谈|不说|不提|不聊|放一放|先放|不急)|一句都不(?:谈|提)|等(?:您|你)?[^,.!?]{0,8}(?:再|后)(?:谈|说|联系)|不着急|不用急|(?:如果|等)(?:之后|以后|将来|哪天)|不用(?:现在)?还|暂时不|先不(?:谈|说|用)|\b(?:when you're ready|(?:once|until|till) (?:this|it|the dispute|that|the investigation|the review|the claim|the payment|the trace) (?:is|has been|gets) (?:resolved|sorted|settled|looked into|reviewed|investigated|done|traced|found|checked|located|corrected|confirmed|fixed)|(?:nobody|no one) will ask you for (?:anything|a payment|money|payment)|once you(?:'ve| have) (?:had|got|heard) (?:their|the|a) (?:decision|answer|outcome)|after (?:their|the) decision|nothing to decide|no decisions? (?:today|now)|after the dispute|if (?:by then|later on|at that point|next time|when we (?:speak|talk)(?: again)?),? you(?:'d| would)? (?:like|want|prefer)|if you ever (?:want|wish|decide|need|feel)|forget (?:about )?the money|never mind the money|(?:the )?money (?:doesn't|does not|can) (?:matter|wait)|stop (?:chasing|asking for|collecting) (?:any |the )?(?:payments?|money)|(?:won't|will not|not) (?:be )?(?:chase|chasing|ask(?:ing)? for) (?:any |a )?(?:payments?|money)|should you ever|whenever you(?:'re ready| feel ready| want to| like)|no need to pay|don't need to (?:pay|talk about)|don't have to pay|not (?:today|now)|no payment)\b/;
/** "先还一半,剩下的等查清楚再说": only the remainder waits, so the part asked for now is still asked. */
const REMAINDER = /(?:剩下|其余|其他|余下)[^,.!?]*|\bthe rest\b[^,.!?]*/g;
const deferred = (sentence: string) => DEFERRED.test(sentence.replace(REMAINDER, ""));

/** No hurry said to the customer: "今天不急,您慢慢说", "take your time", "when you're ready". */
const NO_HURRY =
  /(?<!不会|会)(?:今天|现在|先|都|也)?不(?:着|用)?急(?!吗|啊|\?)|慢慢(?:来|说|讲)|\b(?:no (?:rush|hurry)|take your time|when you're ready|nothing to decide (?:today|now))\b/;

/** The turn takes money off the table for now. */
export const defersPayment = (text: TTurnText) => NO_HURRY.test(text.norm);
/** Someone else's demand reported, usually to disown it: "之前有同事让您先还款", "a colleague told you to pay first". */
const REPORTED = /有(?:同事|人|催收员?|工作人员)(?:让|叫|要|要求|逼)(?:您|你)|\b(?:someone|somebody|a colleague|another agent|they) (?:told|asked|pushed) you to\b/;

/** The customer's claim of having paid, said back or written down: "您说上个月已经全部还清", 客户称已结清, "you said you paid it in March". */
const CLAIM_SAID_BACK =
  /(?:您|你)(?:刚才)?(?:说|称|讲|话)|客户称|称已|已经[^,.!?]{0,10}(?:还清|结清|还完|付清)|已经还(?:了|过|款)|\byou(?:'ve)? (?:said|told me|mentioned) (?:you|that you|it)\b|\byou're saying (?:you|that you)\b|\byou say (?:you|that|the|it)\b|\b(?:was|were) (?:already )?paid (?:in|on|off|back)\b|\b(?:already|have) (?:been )?paid\b|\bif (?:the|your) payment(?:'s| is| was| has been)? (?:went|confirmed|verified|found|traced|matched|shows|was|has|is)\b|\bthe payment (?:went|was sent|was made|has gone)\b/;

/** Any talk of paying now, for must-stop moments: "still owe", 该还还是得还, "get the thirty-five in today". */
const PAYING = pattern("payment-request.paying");

/** "Are you paying anyone else at the moment?", 别的网贷还在还吗?: the other debts asked about, no payment asked for. */
const PAYING_OTHERS = pattern("payment-request.paying-others");
const aboutOtherDebts = (sentence: string) => {
  PAYING_OTHERS.lastIndex = 0;
  return PAYING_OTHERS.test(sentence);
};

/** A figure stated rather than asked for: "最低还款是5,890.41元", "the minimum is $35". */
const STATES_FIGURE = /(?:是|为|一共|共计|总共|合计|最低还款|欠款|应还(?:金额)?|逾期)\s*[¥$£]?\d|\b(?:is|are|was|comes to|totals?|stands at)\s+[¥$£]?\d/;

/** A payment told about, not asked for: "a $400 app payment on June 20 that your bank sent back". */
const PAST_PAYMENT =
  /退回|退了|被退|已经还了|上次还|之前还|(?:上(?:个)?(?:礼拜|星期|周|月)[一二三四五六日天]?|昨天|前天|去年|之前|已经)[^,.!?]{0,8}还(?:了|过)|入账[^,.!?]{0,12}(?:时间差|同步|延迟)|\b(?:sent back|returned|bounced|reversed|came back|went through|was made|you made|you paid|was paid|last payment|previous payment)\b/;

/** Money already paid, its evidence or its return, in a dispute: "a copy of the payment confirmation", "claim the money back", "a dispute about the june payment", 还款凭证. */
const PROOF_OF_PAYMENT =
  /\b(?:query|queries|trace|tracing|look into|looking into|chase|chasing|check|checking|find|locate|investigate|(?:a |the )?dispute (?:about|over|on|regarding|with))\b[^.!?]{0,24}\b(?:the|your|that) (?:[\w£$,.]+ ){0,3}payment\b|\b(?:claim|get|have) (?:the |your )?money back\b|\brefund\w*\b|退款|退回给(?:您|你)|还款(?:凭证|记录|截图|回执|证明|流水)|转账(?:记录|截图|凭证|回执)|\b(?:proof|confirmation|record|receipt|copy|evidence) of (?:the |your |that |this )?payments?\b|\b(?:statement|receipt|screenshot|confirmation)s? (?:showing|that shows|with) (?:the |your |that )?payments?\b|\bpayments? (?:confirmation|receipt|record|history|proof|reference)s?\b/;

/** The customer's own earlier promise said back as kept: "上次您说月底前先还500元,28号就到账了", "the $50 you promised came through". */
const PROMISE_RECALLED = /上次|上回|之前|(?:您|你)(?:当时)?(?:说|答应)|\b(?:last time|you (?:said|promised|told me))\b/;
const KEPT = /到账|收到|说到做到|还上了|\b(?:came through|arrived|went through|(?:we|i) (?:got|received)|kept (?:to )?(?:your|that) (?:promise|word|arrangement))\b/;
const promiseKept = (clause: string, sentence: string) => PROMISE_RECALLED.test(clause) && KEPT.test(sentence);

/** Asking why payments stopped explores the situation; it asks for nothing: "是什么情况让这张卡的还款停下来了?" */
const WHY_UNPAID =
  /(?:还款|还钱|付款)[^,.!?]{0,4}(?:停|断)|(?:停|断)(?:了|掉)?(?:还款|还钱)|(?:为什么|怎么|咋)[^,.!?]{0,4}没(?:有|能)?还|\b(?:stopped|stop) (?:paying|making (?:the )?payments)\b|\bpayments? (?:stopped|dropped off|fell behind)\b|\bwhy (?:you )?(?:haven't|didn't|couldn't|weren't able to) (?:pay|make)\b/;

/** Payments named inside an offer of forbearance ("a hardship program that can lower the payment"). */
const FORBEARANCE =
  /暂停|暂缓|延期|缓还|减免|降低|停息|\bstop (?:asking|chasing|collecting|calling)\b(?![^.!?]{0,24}\b(?:once|when|if|after|until) you\b)|\b(?:the|a|our) letter (?:will|would) (?:set out|explain|show|include|list|give)\b|(?:信里|函里|短信里)(?:会)?(?:写|说明|列)|\bwhile (?:it's|it is|this is|that's|that is) (?:being )?(?:checked|looked into|investigated|reviewed)\b|\b(?:hardship|pause|hold|lower|reduce|reduced|reduction|freeze|breathing space|bereavement team|support team|specialist team)\b/;

/** The customer asks what is owed: "I do want to know how much it is", "那到底欠多少?". */
const FIGURES_ASKED =
  /欠(?:了)?多少|多少钱|还差多少|总共(?:是)?多少|一共(?:是)?多少|\bhow much (?:it is|is it|is owed|do i owe|i owe|(?:is |was )?(?:the|my) (?:balance|debt|bill))\b|\bwhat(?:'s| is| do) (?:i owe|the balance|the total|owed)\b/;

/**
 * The words that talk of paying now, if any: what a finding about pressing quotes. Figures read out
 * because the customer asked for them ("The balance is $5,630 and the minimum payment is $169")
 * answer the question; they ask for nothing.
 */
export function payingWords(text: TTurnText, customerSaid = ""): string | undefined {
  const figuresAsked = FIGURES_ASKED.test(customerSaid);
  const hit = liveHits(text, PAYING).find((each) => {
    const sentence = text.norm.slice(each.sentence.start, each.sentence.end);
    if (figuresAsked && STATES_FIGURE.test(sentence) && !ASKING.test(sentence)) return false;
    // "还清后保留五年", "once it's paid off it shows as settled": a time after paying, explained.
    if (/^(?:以?后|之后|以后)|^ (?:off )?(?:it|this|the balance)? ?(?:shows|will show|stays)/.test(text.norm.slice(each.end, each.end + 12))) return false;
    // "Any debts are settled from his estate": how an estate pays, explained to its executor.
    if (/\b(?:from|out of|by) (?:his|her|their|the) estate\b|遗产/.test(sentence)) return false;
    const clause = text.norm.slice(each.clause.start, each.clause.end);
    return (
      !deferred(sentence) &&
      !aboutOtherDebts(sentence) &&
      !FORBEARANCE.test(sentence) &&
      !REPORTED.test(sentence) &&
      !PROOF_OF_PAYMENT.test(sentence) &&
      !CLAIM_SAID_BACK.test(clause)
    );
  });
  return hit ? clauseEvidenceOf(text, hit) : undefined;
}
const DATE =
  /今天|今晚|明天|后天|(?<!一)(?:本|这|下)(?:周|星期)[一二三四五六日天]?|周[一二三四五六日天]|星期[一二三四五六日天]|(?:\d{1,2}月)?\d{1,2}\s?(?:号|日)|月底|月初|发工资(?:那天|后)|[一二三四五六七八九十]+号|\b(?:today|tonight|tomorrow|(?:this|next) (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|by the \d+(?:st|nd|rd|th)?|on the \d+(?:st|nd|rd|th)?|end of (?:the )?(?:week|month)|payday|\d{1,2}\/\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b/;

/** How to pay, not a request to: "还款请通过银行官方渠道", "payments go through the bank's official app". */
const CHANNEL =
  /(?:通过|走|用|在)[^,.!?]{0,12}(?:渠道|官方|网银|柜台|手机银行|app)|\b(?:through|via|using|in) (?:the |our |your )?(?:official|bank's|online|mobile|app\b|website|portal)/;

/** The sum asked for is the one said with the asking words ("五百太少,你至少还二千" asks for 2,000), preferably after them. */
function nearestAmount(amounts: readonly TAmount[], hit: { start: number; end: number; sentence: { start: number; end: number } }): TAmount | undefined {
  const distance = (item: TAmount) => (item.start >= hit.end ? item.start - hit.end : hit.start - item.end + 8);
  return amounts
    .filter((item) => item.start >= hit.sentence.start && item.end <= hit.sentence.end)
    .reduce<TAmount | undefined>((best, item) => (best === undefined || distance(item) < distance(best) ? item : best), undefined);
}

const BALANCE_LABEL = /(?:\b(?:balance|total|owed|outstanding)(?: is| of| stands at| comes to)?|总欠款|欠款总额|余额|总共欠)\s*:?\s*$/;

/** The customer's own limit said back ("您每月最多能还五百", "the most you can manage is $50"): heard, not asked for. */
const LIMIT_SAID_BACK = /(?:最多|顶多|最多只|只)$|\bthe most (?:you|you've said you) (?:can|could)\s?$/;

/** The request for a payment now: the first that names a sum, else the first at all, with its date when given. */
export function detectPaymentRequest(text: TTurnText, allAmounts: readonly TAmount[]): TTurnAnalysis["paymentRequest"] {
  // "balance three thousand one hundred and fifty pound" in a summary names the balance; it is not the sum asked for.
  const amounts = allAmounts.filter(
    (amount) => !BALANCE_LABEL.test(text.norm.slice(Math.max(0, amount.start - 16), amount.start)) || text.norm[spanAt(text.sentences, amount.start).end] === "?",
  );
  let open: TTurnAnalysis["paymentRequest"] = null;
  for (const hit of liveHits(text, PAY)) {
    const sentence = text.norm.slice(hit.sentence.start, hit.sentence.end);
    if (LIMIT_SAID_BACK.test(text.norm.slice(Math.max(hit.clause.start, hit.start - 24), hit.start))) continue;
    const amount = nearestAmount(amounts, hit);
    const date = DATE.exec(sentence);
    const asking = ASKING.test(sentence) || text.norm[hit.sentence.end] === "?";
    const clause = text.norm.slice(hit.clause.start, hit.clause.end);
    if (deferred(sentence) || REPORTED.test(sentence) || PROOF_OF_PAYMENT.test(sentence) || WHY_UNPAID.test(sentence) || promiseKept(clause, sentence) || !(asking || amount))
      continue;
    // "最低还款是5,890.41元" reads a figure out; "可以申请暂缓还款" offers relief: neither asks for money.
    if (
      (!asking && (STATES_FIGURE.test(sentence) || PAST_PAYMENT.test(sentence))) ||
      (!amount && (FORBEARANCE.test(sentence) || CHANNEL.test(sentence) || aboutOtherDebts(sentence)))
    )
      continue;
    const request = {
      amount: amount?.value ?? null,
      date: date ? quoteOf(text, hit.sentence.start + date.index, hit.sentence.start + date.index + date[0].length) : null,
      evidence: clauseEvidenceOf(text, hit),
    };
    // "我们定一个您拿得出来的。15号之前先还500元可以吗?": the sum asked for is the request, not the lead-in.
    if (request.amount !== null) return request;
    open ??= request;
  }
  return open;
}
