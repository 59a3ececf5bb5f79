import type { TPersonaContext } from "./persona-context";
import type { TSettled } from "./settle-turn";

/** The customer's answer to what is on the table in this turn, if anything is. */
export type TCommitChoice =
  | { kind: "promise"; amount: number; date: string; planCounter?: { amount: number; date: string } }
  | { kind: "plan"; months: number | null; monthly: number | null; date: string; firstPayment?: { amount: number; date: string } | null }
  | { kind: "counter"; amount: number; date: string; monthly: boolean }
  | { kind: "hedge" }
  | { kind: "ask_terms" }
  | { kind: "decline"; why: "no_trust" | "angry" | "unwilling" | "over_capacity" | "cannot_pay" };

const DEFAULT_DAYS_TO_PAY = 3;

const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** The customer's own date: their next payday when the scenario gives one, else a few days on. */
export function ownDate(asOf: string, payday: number | null): string {
  if (payday === null) return addDays(asOf, DEFAULT_DAYS_TO_PAY);
  for (let days = 1; days <= 62; days++) {
    const candidate = addDays(asOf, days);
    if (Number(candidate.slice(8, 10)) === payday) return candidate;
  }
  return addDays(asOf, DEFAULT_DAYS_TO_PAY);
}

/** A figure a person would say as their own: 550 rather than 587.30, never more than they have. */
export function roundFigure(value: number): number {
  const step = value >= 1000 ? 100 : value >= 200 ? 50 : value >= 50 ? 10 : 1;
  return Math.max(1, Math.floor(value / step) * step);
}

/**
 * A concrete request, a figure put as a question ("那3000呢?"), or a within-policy
 * option is what the customer can say yes to; nothing else makes a promise. They say yes only when
 * trust, willingness and calm allow it, to the terms as the trainee put them, and never to more than
 * they can really pay (hidden.canPayToday / canPayMonthly); otherwise they name a round figure of
 * their own. Nothing is invented to the cent.
 */
export function chooseCommitment(context: TPersonaContext, settled: TSettled): TCommitChoice | null {
  const { pending, params, offer } = context;
  const { profile, money } = params;
  // "可以申请分期,最长36期…每个月还800元,分24期": the plan put with the most terms, not the policy's limit said before it.
  const plans = pending.options.filter((option) => option.kind === "instalments" && option.withinPolicy !== false);
  const termsOf = (option: (typeof plans)[number]) => (option.monthly !== null ? 2 : 0) + (option.months !== null ? 1 : 0);
  const instalments = plans.reduce<(typeof plans)[number] | undefined>((best, option) => (!best || termsOf(option) >= termsOf(best) ? option : best), undefined);
  const payWhatYouCan = pending.options.some((option) => option.kind === "reduced_payment" && option.withinPolicy !== false);
  // Once figures are on the table, "好的,那就2,000元" or "I'll note $500 on Friday" puts terms too, said or asked.
  const termsTalk = offer !== null || context.commitment !== null;
  const namedAmount = pending.namedAmount ?? (termsTalk ? pending.statedAmount : null);
  const named = namedAmount !== null ? { amount: namedAmount, date: pending.namedAmount === null ? pending.statedDate : null } : null;
  const request = pending.request ?? named ?? (payWhatYouCan ? { amount: null, date: null } : null);
  if (!request && !instalments) return null;

  if (settled.violation || settled.anger >= profile.commitAngerMax) return { kind: "decline", why: "angry" };
  if (settled.trust < profile.commitTrust) return { kind: "decline", why: "no_trust" };
  if (settled.willingness < profile.commitWillingness) return { kind: "decline", why: "unwilling" };
  if (money.canPayToday <= 0 && money.canPayMonthly <= 0) return { kind: "decline", why: "cannot_pay" };

  const agreed = context.commitment;
  // A plan agreed by its length, or by its monthly figure with the length left open.
  const agreedPlan = agreed !== null && (agreed.months !== null || agreed.openLength === true);
  // A summary that names the plan again without its terms ("帮您提交分期的申请") is the plan already agreed.
  const planMentionedWithoutTerms = agreed !== null && instalments !== undefined && instalments.months === null && instalments.monthly === null;
  if (planMentionedWithoutTerms && agreedPlan) return { kind: "plan", months: agreed.months, monthly: agreed.amount, date: agreed.date };
  const planPut = planMentionedWithoutTerms ? undefined : instalments;
  // "每月10号还500元": the sum asked for is each monthly payment, said with its day, not a first payment beside the plan.
  const eachMonth = planPut !== undefined && request?.amount != null && planPut.monthly === request.amount;
  const plan = eachMonth && planPut.starts == null ? { ...planPut, starts: request.date ?? null } : planPut;
  // A one-off sum with a plan, in the same turn or after it was agreed ("今天先还500元,然后每个月800元"): the plan's first payment.
  const planAgreed = agreedPlan;
  // Only a sum asked for with the plan in view is its first payment; "I'll put down $400 for Friday" after it is other terms.
  const planTotal = agreed?.months != null && agreed.amount !== null ? agreed.months * agreed.amount : Number.POSITIVE_INFINITY;
  const firstAfterPlan = planAgreed && !instalments && pending.request?.amount != null && pending.request.amount < planTotal;
  if (!eachMonth && request?.amount != null && request.amount > 0 && (plan || firstAfterPlan)) {
    const firstDate = request.date ?? agreed?.firstPayment?.date ?? ownDate(money.asOf, money.payday);
    const first = { amount: request.amount, date: firstDate };
    if (request.amount > money.canPayToday && profile.overCapacity !== "overpromise") {
      if (profile.overCapacity === "hedge") return { kind: "hedge" };
      if (profile.overCapacity === "refuse" || money.canPayToday <= 0) return { kind: "decline", why: "over_capacity" };
      return { kind: "counter", amount: roundFigure(money.canPayToday), date: firstDate, monthly: false };
    }
    if (!plan && agreed && agreedPlan) return { kind: "plan", months: agreed.months, monthly: agreed.amount, date: agreed.date, firstPayment: first };
    if (plan && money.maxInstallmentMonths > 0) {
      const choice = planChoice(context, plan, plan.starts ?? offer?.date ?? ownDate(money.asOf, money.payday));
      if (choice.kind === "plan") return { ...choice, firstPayment: first };
      // "$150 this Friday, then $135 a month": yes to the first payment they can make, their own figure for the monthly one.
      if (choice.kind === "counter" && choice.monthly)
        return { kind: "promise", amount: first.amount, date: first.date, planCounter: { amount: choice.amount, date: choice.date } };
      return choice;
    }
  }
  // "So when can you make the first payment?" after a yes: the terms already agreed, not new ones; "can we set
  // the payment up for Friday?" moves the day of the sum agreed (the timid say yes to that too), it asks for no other sum.
  if (agreed && !plan && request && request.amount === null) {
    const sameDay = request.date === null || request.date === agreed.date;
    if (agreedPlan) return sameDay ? { kind: "plan", months: agreed.months, monthly: agreed.amount, date: agreed.date, firstPayment: agreed.firstPayment } : null;
    if (agreed.amount !== null) return { kind: "promise", amount: agreed.amount, date: request.date ?? agreed.date };
    return null;
  }
  // "那5000呢?" after "今天先还3000,行吗?": another figure on the same day, not a day of their own.
  const sameDayAsBefore = named !== null && request === named ? (offer?.date ?? agreed?.date) : undefined;
  const date = request?.date ?? sameDayAsBefore ?? offer?.date ?? ownDate(money.asOf, money.payday);
  if (plan && money.maxInstallmentMonths > 0) return planChoice(context, plan, plan.starts ?? date);
  // An open question ("how much could you manage by Friday?") or the customer's own figure taken up.
  const asked = request?.amount ?? (offer && !offer.monthly ? offer.amount : null);
  if (asked === null) {
    // "每个月拿多少出来不影响生活?": their monthly figure, offered, not a one-off sum on a day of their own.
    if (pending.request?.monthly && money.canPayMonthly > 0 && money.maxInstallmentMonths > 0)
      return { kind: "counter", amount: roundFigure(money.canPayMonthly), date, monthly: true };
    if (money.canPayToday <= 0) return { kind: "decline", why: "cannot_pay" };
    // "How much could you manage by Friday?" is answered with a promise of their own figure; "能不能把最低还款还上?"
    // or "could you pay something today?" asks for a sum they were not told, and their figure is an offer until taken up.
    const own = roundFigure(money.canPayToday);
    const closedAsk = pending.request !== null && !pending.askedOpen;
    return closedAsk ? { kind: "counter", amount: own, date, monthly: false } : { kind: "promise", amount: own, date };
  }
  if (asked <= money.canPayToday || profile.overCapacity === "overpromise") return { kind: "promise", amount: asked, date };
  if (profile.overCapacity === "hedge") return { kind: "hedge" };
  if (profile.overCapacity === "refuse" || money.canPayToday <= 0) return { kind: "decline", why: "over_capacity" };
  return { kind: "counter", amount: roundFigure(money.canPayToday), date, monthly: false };
}

type TOption = TPersonaContext["pending"]["options"][number];

/** A plan as proposed when they can keep it up; otherwise the monthly figure they could. */
function planChoice({ params, commitment }: TPersonaContext, instalments: TOption, date: string): TCommitChoice {
  const { money, profile } = params;
  // "可以申请分期" with no length or amount: they ask what it would be rather than guess a plan.
  if (instalments.months === null && instalments.monthly === null) return { kind: "ask_terms" };
  // A read-back of the plan agreed that leaves out its length or start ("then $150 a month from September 18th") keeps them: nothing is worked out anew.
  if (commitment?.months != null && (instalments.months === null || instalments.months === commitment.months) && instalments.monthly === commitment.amount)
    return { kind: "plan", months: commitment.months, monthly: commitment.amount, date: instalments.starts ?? commitment.date };
  // "That's £40 a month from the 29th" read back after a plan left open: the same plan, still open.
  if (commitment?.openLength && instalments.months === null && instalments.monthly === commitment.amount)
    return { kind: "plan", months: null, monthly: commitment.amount, date: instalments.starts ?? commitment.date };
  // A monthly figure with no length is agreed as it was put: the length stays open, never worked out from the balance.
  const months = instalments.months === null ? null : Math.min(instalments.months, money.maxInstallmentMonths);
  const monthlyNeeded = instalments.monthly ?? money.balance / (months ?? money.maxInstallmentMonths);
  if (monthlyNeeded <= money.canPayMonthly || profile.overCapacity === "overpromise") return { kind: "plan", months, monthly: instalments.monthly, date };
  if (profile.overCapacity === "hedge") return { kind: "hedge" };
  if (money.canPayMonthly <= 0) return { kind: "decline", why: "over_capacity" };
  return { kind: "counter", amount: roundFigure(money.canPayMonthly), date, monthly: true };
}
