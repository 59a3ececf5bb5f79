import { parseAmounts, type TAmount } from "../text/parse-amounts";
import { parseDurations, toMonths, type TDuration } from "../text/parse-durations";
import type { TCaseFacts } from "../transcript/transcript-schema";
import { evidenceOf, near, type THit } from "./match/find-hits";
import { spanAt, type TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

type TRole = TTurnAnalysis["amounts"][number]["role"];

const ROLE_WORDS: [TRole, RegExp][] = [
  // A part of the balance (principal, interest, fees) is read out as itself, not as the balance.
  ["part", /本金|利息|违约金|滞纳金|手续费|年费|\b(?:principal|interest|fees?|charges?)\b/g],
  ["minimum", /最低还款额?|最低|\bmin(?:imum)?(?: payment| due)?\b/g],
  ["debt", /欠|总共|一共|总额|余额|账单|逾期金额|应还|待还|本金|全部|全额|\b(?:owe[sd]?|owing|balance|outstanding|total|arrears|debt|due)\b/g],
  ["payment", /还|付|转|每月|先|\b(?:pay|payment|settle|transfer|deposit|per month|a month|monthly|instal{1,2}ment)\b/g],
];
const OVERDUE =
  /逾期|拖欠|拖了|欠了|没还|没有还|\b(?:overdue|past due|late(?![- ](?:fees?|charges?|payment fees?))|behind|in arrears|arrears|delinquent|haven't (?:made a payment|paid)|not paid)\b/;
/** Only claims about this account count: not rules ("记录保留5年") or hypotheticals ("逾期一天就…"). */
const ABOUT_ACCOUNT = /您|你|现在|目前|已经|\byou(?:'ve| have| are|'re)?\b|\byour\b|\b(?:now|already|currently)\b/;
/** What the customer just asked for gives an unlabelled figure its role: "具体多少钱?" → "七万二千多". */
const ASKED_MINIMUM = /最低|最少|\b(?:minimum|least i can pay)\b/;
const ASKED_DEBT = /多少|\b(?:how much|what (?:do )?i owe|what i owe|balance|the damage|how much is left|what would i need to clear|total|all in)\b/;
/** A period said of the customer's life, not of the account: "six weeks off work", 住了一个月院, "two months ago". */
const LIFE_EVENT_AFTER =
  /^\s?(?:的)?(?:住院|没(?:上班|工作|收入|活)|病假|失业|没工作)|^\s?(?:院)|^\s(?:off (?:work|sick)|out of work|in (?:hospital|rehab|bed)|on (?:sick|leave|benefits|universal credit)|ago|unemployed|without work)\b/;
const GENERAL_RULE = /保留|就会|就上|\b(?:kept|stays?|remains?|if you)\b/;
const REPORTED_SPEECH = /(?:您|你)(?:刚才|刚刚|是)?说(?!得|了算|什么|啥)|复述|\byou(?:'re| are) saying\b|\byou said\b|\byou mentioned\b|\baccording to you\b/;
const CURRENCY_CODES: Record<string, string> = { CNY: "CNY", RMB: "CNY", USD: "USD", GBP: "GBP" };

export type TAmountCheck = {
  amounts: TTurnAnalysis["amounts"];
  parsed: TAmount[];
  wrongAmounts: string[];
  wrongOverdue: string[];
};

/** Sums of money with their role (debt, minimum, payment) checked against the case facts. */
export function detectAmounts(text: TTurnText, facts: TCaseFacts | undefined, customerNorm?: string, customerFigures: readonly number[] = []): TAmountCheck {
  const asked: TRole = customerNorm === undefined ? "other" : ASKED_MINIMUM.test(customerNorm) ? "minimum" : ASKED_DEBT.test(customerNorm) ? "debt" : "other";
  const parsed = parseAmounts(text.norm);
  const check: TAmountCheck = { amounts: [], parsed, wrongAmounts: [], wrongOverdue: [] };
  const spokenRoles = parsed.map((amount, index) => roleOf(text, hitFor(text, amount), parsed[index - 1]?.end ?? 0));
  parsed.forEach((amount, index) => {
    const hit = hitFor(text, amount);
    const spoken = listedBeforeMinimum(text, parsed, spokenRoles, index) ? "debt" : spokenRoles[index]!;
    const perMonth = saidPerMonth(text, hit);
    // "on this balance it'd be about $190 a month": a figure said per month is a payment, never the balance.
    const read = spoken === "other" && !text.norm.slice(hit.sentence.start, hit.sentence.end + 1).includes("?") ? asked : spoken;
    const role = read === "debt" && perMonth ? "payment" : read;
    const truth = role === "debt" ? facts?.amountDue : role === "minimum" ? facts?.minimumPayment : undefined;
    const comparable = truth !== undefined && sameCurrency(amount, facts?.currency);
    const matchesCase = comparable ? isClose(amount, truth) : null;
    const evidence = evidenceOf(text, hit);
    // The case file's own figures are never wrong, whatever label they are read out under ("the amount due now is £168.42").
    const caseFigure = [facts?.amountDue, facts?.minimumPayment].some((figure) => figure !== undefined && sameCurrency(amount, facts?.currency) && isClose(amount, figure));
    // "您说一共7,460元不是您刷的": the customer's own figure said back, or reported as theirs, is not the collector's claim.
    const quoted = customerFigures.some((figure) => isClose(amount, figure)) || REPORTED_SPEECH.test(text.norm.slice(hit.sentence.start, hit.sentence.end));
    const planWrong =
      role === "payment" && perMonth && !caseFigure && !isCap(text, hit) && facts?.amountDue !== undefined && !planAddsUp(text, hit, amount, facts.amountDue, parsed);
    if ((matchesCase === false && !caseFigure && !quoted) || planWrong) {
      check.wrongAmounts.push(evidence);
    }
    check.amounts.push({ value: amount.value, approximate: amount.approximate, currency: amount.currency, role, perMonth, matchesCase, evidence });
  });
  if (facts?.daysPastDue !== undefined) {
    for (const duration of parseDurations(text.norm)) {
      const hit = hitFor(text, duration);
      const sentence = text.norm.slice(Math.max(hit.sentence.start, hit.start - (text.language === "zh-CN" ? 12 : 32)), hit.end + 12);
      // "behind after surgery and six weeks off work": the weeks are the time off, not how long the account is overdue.
      const lifeEvent = LIFE_EVENT_AFTER.test(text.norm.slice(hit.end, hit.end + 24));
      const claim = OVERDUE.test(sentence) && ABOUT_ACCOUNT.test(text.norm.slice(hit.sentence.start, hit.sentence.end)) && !GENERAL_RULE.test(sentence) && !lifeEvent;
      if (duration.unit !== "instalment" && claim && !isCloseDays(duration, facts.daysPastDue)) {
        check.wrongOverdue.push(evidenceOf(text, hit));
      }
    }
  }
  return check;
}

/** Context clipped around the figure, as findHits does: a turn with no full stop stays linear to read. */
const hitFor = (text: TTurnText, span: { start: number; end: number }): THit => ({
  start: span.start,
  end: span.end,
  sentence: near(spanAt(text.sentences, span.start), span.start, span.end),
  clause: near(spanAt(text.clauses, span.start), span.start, span.end),
});

/**
 * The role word before the amount, back to the previous amount (minimum, then debt, then payment:
 * 最低要还六千五 is a minimum), else one just after it in the sentence (七万二千多,这是…全部欠款).
 */
function roleOf(text: TTurnText, hit: THit, previousEnd: number): TRole {
  const before = text.norm.slice(Math.max(hit.clause.start, previousEnd, hit.start - (text.language === "zh-CN" ? 16 : 40)), hit.start);
  const after = text.norm.slice(hit.end, Math.min(hit.clause.end, hit.end + 16));
  if (SPLIT_TOTAL.test(text.norm.slice(hit.end, hit.end + 24)) || RUNNING_TOTAL.test(before)) return "debt";
  for (const [role, regex] of ROLE_WORDS) if (new RegExp(regex.source).test(before)) return role;
  for (const [role, regex] of ROLE_WORDS) if (new RegExp(regex.source).test(after)) return role;
  return "other";
}

/** The balance said as a running total ("with interest and penalties you're up over $7,000", 连本带息已经到了三万): the debt, not a part of it. */
const RUNNING_TOTAL =
  /(?:连本带息|利滚利|加上(?:利息|罚息|违约金)[^,.!?]{0,6}(?:一共|总共|已经)|滚到|涨到|欠到)[^,.!?]{0,8}$|\b(?:interest|fees|penalties|charges)\b[^.!?]{0,24}\b(?:you're|you are|it's|it is|that's|the balance is|you owe) (?:now )?(?:up (?:over|to|past|around)|at|over|about|nearly|almost)(?: about| around)? ?$/;

/** The sum a plan divides: "三万六分六十期", "$2,720 spread over 9 months". */
const SPLIT_TOTAL =
  /^\s*(?:元|块钱?)?\s*(?:分成|分摊到|分到|摊到|平摊到|分)\s*[\d一二两三四五六七八九十百]+\s*(?:期|个月)|^\s*(?:spread |split |divided )?(?:over|across|into) (?:\d+|[a-z]+(?:-[a-z]+)?) (?:months|monthly|instal{1,2}ments|payments)\b/;

/** "每月还500元", "$150 a month", "monthly payments of £80": the figure is said as a monthly one. "先还500元" is not. */
function saidPerMonth(text: TTurnText, hit: THit): boolean {
  const zh = text.language === "zh-CN";
  const before = text.norm.slice(Math.max(hit.clause.start, hit.start - (zh ? 8 : 24)), hit.start);
  const after = text.norm.slice(hit.end, Math.min(hit.clause.end, hit.end + (zh ? 6 : 16)));
  // After the figure the monthly word follows it at once ("500元每月", "$150 a month"); "200块,分期按每月八百" is two figures.
  return MONTHLY.test(before) || MONTHLY_AFTER.test(after);
}
const MONTHLY_AFTER = /^\s*(?:元|块钱?|蚊|dollars?|pounds?|quid|bucks)?\s*(?:每(?:个)?月|一个月|\/\s?月|月供|\b(?:a month|per month|monthly|each month|every month)\b)/;

/** "每月八百以内", "under $200 a month": a ceiling the plan stays under, not the plan's own figure. */
function isCap(text: TTurnText, hit: THit): boolean {
  const before = text.norm.slice(Math.max(hit.clause.start, hit.start - 16), hit.start);
  const after = text.norm.slice(hit.end, Math.min(hit.clause.end, hit.end + 12));
  return (
    /^\s*(?:元|块钱?|蚊)?\s*(?:以内|以下|之内)|^\s*(?:or less|max\b|at most)/.test(after) ||
    /(?:不超过|最多|顶多|\b(?:under|up to|no more than|at most|less than|below)\b)\s*[£$¥]?\s*$/.test(before)
  );
}

/** A bare figure read out just before the minimum ("一万二千八,最低六百四") is the balance. */
function listedBeforeMinimum(text: TTurnText, parsed: readonly TAmount[], roles: readonly TRole[], index: number): boolean {
  const next = parsed[index + 1];
  if (roles[index] !== "other" || roles[index + 1] !== "minimum" || !next) return false;
  const between = text.norm.slice(parsed[index]!.end, next.start);
  return between.length <= 12 && !/[.!?]/.test(between);
}

const MONTHLY = /每(?:个)?月|月供|\b(?:a month|per month|monthly|each month)\b/;

/** A reduced, token or temporary payment is forbearance for a while, not a plan that must clear the balance. */
const INTERIM =
  /先还|暂时|临时|过渡|少还|减少|降低|减免|再看|再调整|再(?:聊|谈|沟通|商量)|\b(?:another (?:chat|talk|look)|speak again|talk again|reduced|token|temporary|interim|for now|for the time being|to begin with|to start with|review(?:ed|s)?|revisit|check in|look (?:again|at it again|at the longer)|longer(?:-term)? plan|breathing space|hardship)\b/;

const SHORT_STOPGAP_MONTHS = 6;

/**
 * A monthly figure quoted with a plan length must roughly cover the balance (within 15%), with any
 * other sum in the sentence ("$200 a month for five months and a final payment of about $941").
 */
function planAddsUp(text: TTurnText, hit: THit, amount: TAmount, amountDue: number, parsed: readonly TAmount[]): boolean {
  const sentence = text.norm.slice(hit.sentence.start, hit.sentence.end);
  if (INTERIM.test(sentence)) return true;
  // Only a period said near the figure is the plan's length: "review in six months" later on is not.
  const near = (duration: { start: number; end: number }) =>
    Math.abs(hit.sentence.start + duration.start - hit.end) <= 40 || Math.abs(hit.start - (hit.sentence.start + duration.end)) <= 40;
  const months = parseDurations(sentence).filter((duration) => (duration.unit === "month" || duration.unit === "instalment" || duration.unit === "year") && near(duration));
  // "a month" is the rate, not the plan; the plan is the longest period named.
  const length = Math.max(0, ...months.map(toMonths));
  if (length <= 1) return true;
  // "£40 a month for the next three months": a few months at a fraction of the balance is a stopgap, not a plan said to clear it.
  if (length <= SHORT_STOPGAP_MONTHS && amount.value * length < amountDue / 2) return true;
  const others = parsed.filter((other) => other !== amount && other.start >= hit.sentence.start && other.end <= hit.sentence.end).reduce((sum, other) => sum + other.value, 0);
  const totals = [amount.value * length, amount.value * length + others, amount.value * (length - 1) + others];
  return totals.some((total) => Math.abs(total - amountDue) <= 0.15 * amountDue);
}

function sameCurrency(amount: TAmount, caseCurrency: string | undefined): boolean {
  if (!amount.currency || !caseCurrency) return true;
  return CURRENCY_CODES[caseCurrency.toUpperCase()] === amount.currency;
}

/**
 * A rounded or approximate figure within 12% of the truth (or a range holding it, 五万多) is fine;
 * a precise-looking figure must be within 1%. Relative, because 十万 "rounds" 58,320 but misleads.
 */
export function isClose(amount: TAmount, truth: number): boolean {
  const roundish = amount.approximate || amount.granularity >= 100;
  const tolerance = roundish ? 0.12 * truth : Math.max(1, 0.01 * truth);
  return truth >= amount.low - tolerance && truth <= amount.high + tolerance;
}

function isCloseDays(duration: TDuration, truthDays: number): boolean {
  const factor = duration.unit === "day" ? 1 : duration.unit === "week" ? 7 : duration.unit === "year" ? 365 : 30.4;
  const days = duration.value * factor;
  return Math.abs(days - truthDays) <= Math.max(15, 0.25 * truthDays);
}
