import type { TPersonaContext } from "./persona-context";
import type { TSettled } from "./settle-turn";

/** The customer's answer to what is on the table in this turn, if anything is. */
export type TCommitChoice =
  | { kind: "promise"; amount: number; date: string }
  | { kind: "plan"; months: number; monthly: number; date: string }
  | { kind: "counter"; amount: number; date: string }
  | { kind: "hedge" }
  | { kind: "decline"; why: "no_trust" | "angry" | "unwilling" | "over_capacity" | "cannot_pay" };

const DEFAULT_DAYS_TO_PAY = 3;

function defaultDate(asOf: string): string {
  const date = new Date(`${asOf}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + DEFAULT_DAYS_TO_PAY);
  return date.toISOString().slice(0, 10);
}

const roundMoney = (value: number) => Math.ceil(value * 100) / 100;

/**
 * A concrete request or a within-policy option is what the customer can say yes to; nothing else
 * makes a promise. They say yes only when trust, willingness and calm allow it, and never to more
 * than they can really pay (hidden.canPayToday / canPayMonthly).
 */
export function chooseCommitment(context: TPersonaContext, settled: TSettled): TCommitChoice | null {
  const { pending, params, offer } = context;
  const { profile, money } = params;
  const instalments = pending.options.find((option) => option.kind === "instalments" && option.withinPolicy !== false);
  const payWhatYouCan = pending.options.some((option) => option.kind === "reduced_payment" && option.withinPolicy !== false);
  const request = pending.request ?? (payWhatYouCan ? { amount: null, date: null } : null);
  if (!request && !instalments) return null;

  if (settled.violation || settled.anger >= profile.commitAngerMax) return { kind: "decline", why: "angry" };
  if (settled.trust < profile.commitTrust) return { kind: "decline", why: "no_trust" };
  if (settled.willingness < profile.commitWillingness) return { kind: "decline", why: "unwilling" };
  if (money.canPayToday <= 0 && money.canPayMonthly <= 0) return { kind: "decline", why: "cannot_pay" };

  const date = request?.date ?? offer?.date ?? defaultDate(money.asOf);
  if (instalments && money.maxInstallmentMonths > 0) {
    const needed = Math.ceil(money.balance / Math.max(money.canPayMonthly, 1));
    const months = Math.min(instalments.months ?? needed, money.maxInstallmentMonths);
    const monthly = roundMoney(money.balance / months);
    if (monthly <= money.canPayMonthly) return { kind: "plan", months, monthly, date };
  }
  // An open question ("how much could you manage by Friday?") or the customer's own figure taken up.
  const asked = request?.amount ?? offer?.amount ?? null;
  if (asked === null) return money.canPayToday > 0 ? { kind: "promise", amount: money.canPayToday, date } : { kind: "decline", why: "cannot_pay" };
  if (asked <= money.canPayToday) return { kind: "promise", amount: asked, date };
  if (profile.overCapacity === "hedge") return { kind: "hedge" };
  if (profile.overCapacity === "refuse" || money.canPayToday <= 0) return { kind: "decline", why: "over_capacity" };
  return { kind: "counter", amount: money.canPayToday, date };
}
