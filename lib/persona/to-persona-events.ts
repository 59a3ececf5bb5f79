import type { TLevel, TTurnAnalysis } from "../scoring/turn-analysis-schema";
import { normaliseText } from "../text/normalise-text";
import { parseAmounts } from "../text/parse-amounts";
import { parseDurations } from "../text/parse-durations";
import type { TOfferedOption, TPersonaEvent } from "./persona-events";

/** Longest question that is still a bare figure ("那3000呢?", "What about $300?"), not a restatement of charges. */
const BARE_FIGURE_CHARS = 24;

/** A figure said as not asked for: "不用一下还三千", "no need to find the full $500". */
const WAVED_AWAY = /不用|不必|没必要|不需要|别|不要|\b(?:no need|don't (?:have|need) to|not asking)\b/i;

/** A figure from the past ("上次说还的那两千块", "the $500 you said you sent"): asked about, not put to them. */
const PAST_FIGURE = /上次|上回|之前|以前|那次|说(?:过)?(?:已经)?还(?:了|的)|\b(?:last time|before|you said you (?:paid|sent)|you (?:paid|sent)|the payment you)\b/i;

/** "那3000呢?": one figure put as a short question, not a case figure, with nothing else on the table. */
function namedAmount(analysis: TTurnAnalysis): number | null {
  if (!analysis.questionAsked || analysis.paymentRequest || analysis.optionsOffered.length > 0 || analysis.amounts.length !== 1) return null;
  const [figure] = analysis.amounts;
  const bare =
    figure &&
    (figure.role === "payment" || figure.role === "other") &&
    figure.matchesCase !== true &&
    figure.evidence.length <= BARE_FIGURE_CHARS &&
    !WAVED_AWAY.test(figure.evidence) &&
    !PAST_FIGURE.test(figure.evidence);
  return bare ? figure.value : null;
}

/** "Can you pay that today?", "这个数今天能还吗?": the request points back at a figure said in the same turn. */
const POINTS_BACK = /\b(?:that|it|this|that amount|that much)\b|这个|那个|这笔|那笔|这些|这个数|那么多/i;

/**
 * The sum asked for: the request's own figure, else the one figure stated in the turn that the
 * request points back at ("The amount to bring the account current is $612.38. Can you pay that
 * today?"), so the customer answers $612.38, not an open "how much could you pay?".
 */
function requestedAmount(analysis: TTurnAnalysis): number | null {
  const request = analysis.paymentRequest;
  if (!request || request.amount !== null) return request?.amount ?? null;
  const stated = analysis.amounts.filter((amount) => amount.role !== "part" && !amount.perMonth);
  const values = [...new Set(stated.map((amount) => amount.value))];
  return values.length === 1 && POINTS_BACK.test(request.evidence) ? values[0]! : null;
}

/** "Okay, I'll note $500 on Friday": one payment figure said as a statement, no question, request or offer with it. */
function statedAmount(analysis: TTurnAnalysis): { value: number; evidence: string } | null {
  if (analysis.questionAsked || analysis.paymentRequest || analysis.optionsOffered.length > 0) return null;
  // Not a phone number's area code: "call me at (800) 555-0163".
  const payments = analysis.amounts.filter(
    (amount) => (amount.role === "payment" || amount.role === "other") && amount.matchesCase !== true && !amount.perMonth && !PHONE.test(amount.evidence),
  );
  return payments.length === 1 ? payments[0]! : null;
}

const UP_TO = /最长|最多|不超过|\b(?:up to|at most|a maximum of|as (?:long|many) as)\b/i;

/** "直到还清", "until it's paid off": a plan whose length is the balance, not a number of months. */
const UNTIL_PAID =
  /直到还清|到还清为止|还完为止|还清为止|\buntil (?:it's|it is|the (?:balance|debt|account)(?:'s| is)) (?:paid|cleared|settled)(?: off| in full)?\b|\buntil (?:you've|you have) (?:paid|cleared) (?:it|the balance)\b/i;

/** The plan's length said only as the policy's ceiling: "最长36期", "up to 12 months" names the limit, not the plan. */
function monthsOnlyAsCeiling(evidence: string, months: number): boolean {
  const norm = normaliseText(evidence);
  return parseDurations(norm).some((period) => {
    const inMonths = period.unit === "year" ? period.value * 12 : period.value;
    if (inMonths !== months || (period.unit !== "month" && period.unit !== "instalment" && period.unit !== "year")) return false;
    const before = norm.slice(Math.max(0, period.start - 16), period.start);
    const ceiling = UP_TO.exec(before);
    // The ceiling word governs the figure it comes just before ("最长可以分36期", "a plan of up to 12 months").
    return ceiling !== null && before.length - (ceiling.index + ceiling[0].length) <= 8;
  });
}

const PER_MONTH = /每个?月|一个月|月供|\b(?:a|per|each|every) month\b|\bmonthly\b/i;

const PHONE = /\(\d{3}\)\s?\d{3}[\s-]\d{4}|\b\d{3,4}-\d{3,4}-\d{4}\b/;

/** A day said with a figure, as said: "for Friday", 周五, "by the 18th". */
const DAY =
  /今天|明天|后天|(?:本|这|下)(?:周|星期)[一二三四五六日天]?|周[一二三四五六日天]|星期[一二三四五六日天]|(?:\d{1,2}\s?月)?\d{1,2}\s?[号日]|月底|\b(?:today|tonight|tomorrow|(?:this|next) (?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:the )?\d{1,2}(?:st|nd|rd|th)|end of (?:the )?(?:week|month))\b/i;
const dayIn = (evidence: string) => DAY.exec(evidence)?.[0] ?? null;
/** "on the 18th" is the 18th: the customer says "by the 18th", not "by on the 18th". */
const bareDay = (date: string | null) => (date === null ? null : date.replace(/^(?:on|by)\s+/i, ""));

/** "two payments of $200", "分3期,每期1000": the one payment figure said with a plan's length is what each payment is. */
function eachPayment(analysis: TTurnAnalysis, evidence: string): number | null {
  const said = analysis.amounts.filter(
    (amount) =>
      (amount.role === "payment" || amount.role === "other") &&
      amount.matchesCase !== true &&
      // "今天先还500元,剩下的分12期": the sum asked for now is the first payment, not each one.
      amount.value !== analysis.paymentRequest?.amount &&
      (amount.evidence.includes(evidence) || evidence.includes(amount.evidence)) &&
      !saidWithItsOwnDay(evidence, amount.value),
  );
  return said.length === 1 ? said[0]!.value : null;
}

/** A day right before the sum in its clause: "下个月15号前还200元", "周五之前还两百". */
const DAY_BEFORE = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:号|日)(?:之?前|以前)?还?$|(?:周|星期|礼拜)[一二三四五六日天](?:之?前|以前)?还?$|月底(?:之?前|以前)?还?$/;
/** A day right after it: "$200 by the 15th", "£50 on Friday". */
const DAY_AFTER = /^\s*(?:by|before|on) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)(?! (?:and )?every)/;

/** "下个月15号前还200元" beside "分36期": a sum with its own day is a payment on that day, not each instalment. */
function saidWithItsOwnDay(evidence: string, value: number): boolean {
  const norm = normaliseText(evidence);
  return parseAmounts(norm).some((amount) => {
    if (amount.value !== value) return false;
    const before =
      norm
        .slice(0, amount.start)
        .split(/[,.!?;]/)
        .pop() ?? "";
    const after = norm.slice(amount.end).split(/[,.!?;]/)[0] ?? "";
    return DAY_BEFORE.test(before) || DAY_AFTER.test(after);
  });
}

/**
 * "…and then $150 a month starting September 18th for 40 months": a monthly payment put with its
 * length is a plan, whether or not the words name one, with the months said when they are.
 */
function monthlyPlanSaid(analysis: TTurnAnalysis): TOfferedOption | null {
  // "那我们就按每个月500元,从下个月10号开始": a monthly figure that is no case figure is a payment, however the scorer labelled it.
  const monthly = analysis.amounts.filter((amount) => (amount.role === "payment" || amount.role === "other") && amount.perMonth && amount.matchesCase !== true);
  if (monthly.length !== 1) return null;
  const evidence = monthly[0]!.evidence;
  const months = parseDurations(normaliseText(evidence)).find(
    (period) => (period.unit === "month" || period.unit === "instalment") && period.value >= 2 && Number.isInteger(period.value),
  );
  return { kind: "instalments", withinPolicy: null, months: months?.value ?? null, monthly: monthly[0]!.value, starts: planStart(evidence) };
}

/** When a plan's monthly payments start, in the trainee's words: "从下个月15号开始", "starting on the 18th", "from January 4th". */
const PLAN_START =
  /(?:从\s*)?((?:下个?月|\d{1,2}\s?月)?\s?\d{1,2}\s?[号日]|下个?月)\s*(?:开始|起)|\b(?:from|starting(?: on)?|beginning(?: on)?)\s+((?:the )?\d{1,2}(?:st|nd|rd|th)(?: of \w+)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|next (?:month|week|\w+day))/i;
function planStart(evidence: string): string | null {
  const found = PLAN_START.exec(evidence);
  return found ? (found[1] ?? found[2] ?? null) : null;
}

const POINTS: Record<TLevel, number> = { none: 0, weak: 0.5, strong: 1 };

/**
 * The customer's reading of one analysed trainee turn: the scorer grades the same analysis, so what
 * the customer reacts to is exactly what the report shows. Ends with `turn.end`.
 */
export function toPersonaEvents(analysis: TTurnAnalysis): TPersonaEvent[] {
  const events: TPersonaEvent[] = [];
  const { selfIdentification: self, empathy, pressure, mustStop } = analysis;

  if (self.name || self.agency || self.creditor) events.push({ type: "agent.identified", name: self.name, organisation: self.agency || self.creditor });
  if (analysis.asksToVerifyIdentity) events.push({ type: "agent.asked_identity" });
  if (analysis.debtMention.mentioned) events.push({ type: "agent.mentioned_debt", listenerMayHear: analysis.listener.isConsumer });
  if (analysis.thirdPartyAskedToPay) events.push({ type: "agent.asked_third_party_to_pay" });
  if (analysis.contactsDemanded) events.push({ type: "agent.demanded_contacts" });
  // What only the learned reader saw is felt too, as its plainest kind: a veiled threat intimidates, an unnamed lie invents.
  const learned = new Set(analysis.learned);
  if (analysis.threats.length > 0) events.push({ type: "agent.threatened", kinds: [...new Set(analysis.threats.map((threat) => threat.kind))] });
  else if (learned.has("threat")) events.push({ type: "agent.threatened", kinds: ["intimidation"] });
  if (analysis.deceptions.length > 0) events.push({ type: "agent.deceived", kinds: [...new Set(analysis.deceptions.map((lie) => lie.kind))] });
  else if (learned.has("deception")) events.push({ type: "agent.deceived", kinds: ["invented_consequence"] });
  if (analysis.abuse.length > 0 || learned.has("abuse")) events.push({ type: "agent.abused", count: Math.max(1, analysis.abuse.length) });
  // Every kind of pressure the report shows is pressure the customer feels: "you have until three o'clock",
  // "每个人都说自己困难", "pay it and dispute it later" as much as a lump sum.
  const pushed = pressure.deadline.length > 0 || pressure.beyondMeans.length > 0 || pressure.hardshipPressed.length > 0 || pressure.pressing.length > 0 || learned.has("pressure");
  if (pressure.lumpSum.length > 0 || pressure.borrowOrSell.length > 0 || pressure.mustStopIgnored || pushed) {
    events.push({
      type: "agent.pressed",
      lumpSum: pressure.lumpSum.length > 0,
      borrowOrSell: pressure.borrowOrSell.length > 0,
      ignoredMustStop: pressure.mustStopIgnored,
      ...(pushed ? { pushed } : {}),
    });
  }
  if (analysis.reassurances.length > 0) events.push({ type: "agent.reassured" });

  // "When can you make a payment?" is an open question, but asking for money is no care: only exploring something else counts.
  const request = analysis.paymentRequest?.evidence;
  const asksOnlyForMoney =
    request !== undefined &&
    empathy.exploration.evidence.length > 0 &&
    empathy.exploration.evidence.every((said) => said.includes(request) || request.includes(said.replace(/[?？]$/, "")));
  const exploration = asksOnlyForMoney ? 0 : POINTS[empathy.exploration.level];
  const points = POINTS[empathy.acknowledgement.level] + POINTS[empathy.understanding.level] + exploration;
  if (points > 0 || learned.has("empathy")) events.push({ type: "agent.empathised", points: points > 0 ? points : 1 });
  if (analysis.questionAsked || analysis.questionTopics.length > 0)
    events.push({ type: "agent.asked", topics: [...new Set(analysis.questionTopics)], open: analysis.openQuestion });

  const accurate = analysis.lawfulConsequences.length + analysis.amounts.filter((amount) => amount.matchesCase === true).length;
  // Wrong as the scorer judges it: not the customer's own figure said back (7,460 of disputed charges), nor a case figure under another label.
  const inaccurate = analysis.findings.filter((finding) => finding.category === "inaccuracy" && finding.severity !== "positive").length;
  if (accurate + inaccurate > 0) events.push({ type: "agent.informed", accurate, inaccurate, consequences: analysis.lawfulConsequences.length });

  const options: TOfferedOption[] = analysis.optionsOffered.map(({ kind, withinPolicy, months, monthly, evidence }) => {
    const each = monthly ?? (kind === "instalments" && months !== undefined ? eachPayment(analysis, evidence) : null);
    // "最长可以分36期", "up to 60 months": the policy's ceiling told, no plan put; the customer asks what it would be.
    const ceilingOnly = kind === "instalments" && each === null && UP_TO.test(evidence);
    // "最长36期,每个月还800,直到还清": the monthly figure is the plan, the ceiling no length of it.
    const lengthLeftOpen = kind === "instalments" && months !== undefined && (UNTIL_PAID.test(evidence) || monthsOnlyAsCeiling(evidence, months));
    return {
      kind,
      withinPolicy,
      months: ceilingOnly || lengthLeftOpen ? null : (months ?? null),
      monthly: each,
      starts: kind === "instalments" ? planStart(evidence) : null,
    };
  });
  const planSaid = options.some((option) => option.kind === "instalments") ? null : monthlyPlanSaid(analysis);
  if (planSaid) options.push(planSaid);
  if (options.length > 0) events.push({ type: "agent.offered", options });
  if (analysis.paymentRequest) {
    const amount = requestedAmount(analysis);
    // "每个月拿多少出来?", "what could you afford each month?": an open question about a monthly figure.
    const monthly = amount === null && PER_MONTH.test(analysis.paymentRequest.evidence);
    events.push({ type: "agent.requested_payment", amount, date: bareDay(analysis.paymentRequest.date), ...(monthly ? { monthly } : {}) });
  }
  const named = namedAmount(analysis);
  if (named !== null) events.push({ type: "agent.named_amount", amount: named });
  const stated = statedAmount(analysis);
  if (stated !== null) events.push({ type: "agent.stated_amount", amount: stated.value, date: dayIn(stated.evidence) });

  // A pause or free advice offered is a next step; the scorer's must-stop flags only count once it saw the moment.
  const stopResponse = {
    acknowledged: mustStop.response.acknowledged || empathy.acknowledgement.level !== "none",
    explainedRoute: mustStop.response.explainedRoute || options.some((option) => option.kind === "debt_advice"),
    paused: mustStop.response.paused || options.some((option) => option.kind === "deferral"),
  };
  if (stopResponse.acknowledged || stopResponse.explainedRoute || stopResponse.paused) events.push({ type: "agent.responded_to_stop", ...stopResponse });
  if (analysis.callBack.requested) events.push({ type: "agent.requested_callback" });
  if (analysis.farewell) events.push({ type: "agent.said_goodbye" });

  events.push({ type: "turn.end" });
  return events;
}
