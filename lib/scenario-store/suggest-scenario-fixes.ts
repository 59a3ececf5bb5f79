import { bucketFor, CURRENCY } from "../scenarios/check-scenario";
import type { TFieldPath } from "./set-scenario-field";
import type { TLocalizedText } from "../i18n/localized-text";

/** One click that resolves a rule spanning fields: the changes to make, offered beside the problem at `at`. */
export type TScenarioFix = { at: string; label: TLocalizedText; changes: { path: TFieldPath; value: unknown }[] };

const cents = (value: number) => Math.round(value * 100);
const amount = (valueInCents: number) => valueInCents / 100;
const isAmount = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;
const at = (values: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Record<string | number, unknown>)[key] : undefined), values);

/**
 * Fixes for the cross-field rules of check-scenario.ts whose answer is plain arithmetic (sums, the
 * bucket of the days past due, the currency of the rule set). Read from the YAML as it stands, so
 * they are offered while other fields are still wrong; a figure that is not a number yet offers nothing.
 */
export function suggestScenarioFixes(values: Record<string, unknown>): TScenarioFix[] {
  return [...cardFixes(values), ...breakdownFixes(values), ...bucketFixes(values), ...currencyFixes(values)];
}

function cardFixes(values: unknown): TScenarioFix[] {
  const balance = at(values, "caseFile", "account", "balance");
  const cards = at(values, "caseFile", "account", "cards");
  if (!isAmount(balance) || !Array.isArray(cards) || cards.length === 0) return [];
  const cardBalances = cards.map((card) => at(card, "balance"));
  if (!cardBalances.every(isAmount)) return [];
  const onCards = cardBalances.reduce((sum, value) => sum + cents(value), 0);
  if (onCards === cents(balance)) return [];
  const where = "caseFile.account.cards";
  const fixes: TScenarioFix[] = [
    {
      at: where,
      label: { en: `set the balance to ${amount(onCards)}, the cards' total`, zh: `将欠款总额改为各卡合计 ${amount(onCards)}` },
      changes: [{ path: ["caseFile", "account", "balance"], value: amount(onCards) }],
    },
  ];
  const last = cards.length - 1;
  const lastCard = cents(balance) - (onCards - cents(cardBalances[last]!));
  if (lastCard >= 0) {
    fixes.push({
      at: where,
      label:
        cards.length === 1
          ? { en: `set the card's balance to ${amount(lastCard)}`, zh: `将该卡欠款改为 ${amount(lastCard)}` }
          : { en: `set the last card's balance to ${amount(lastCard)}`, zh: `将最后一张卡的欠款改为 ${amount(lastCard)}` },
      changes: [{ path: ["caseFile", "account", "cards", last, "balance"], value: amount(lastCard) }],
    });
  }
  return fixes;
}

function breakdownFixes(values: unknown): TScenarioFix[] {
  const balance = at(values, "caseFile", "account", "balance");
  const interest = at(values, "caseFile", "account", "breakdown", "interest");
  const principal = at(values, "caseFile", "account", "breakdown", "principal");
  const fees = Object.values((at(values, "caseFile", "account", "breakdown", "fees") as Record<string, unknown> | undefined) ?? {});
  if (!isAmount(balance) || !isAmount(interest) || !isAmount(principal) || !fees.every(isAmount)) return [];
  const feeCents = fees.reduce<number>((sum, fee) => sum + cents(fee as number), 0);
  const needed = cents(balance) - cents(interest) - feeCents;
  if (needed === cents(principal) || needed < 0) return [];
  return [
    {
      at: "caseFile.account.breakdown",
      label: { en: `set the principal to ${amount(needed)} (balance − interest − fees)`, zh: `将本金改为 ${amount(needed)}(欠款总额 − 利息 − 费用)` },
      changes: [{ path: ["caseFile", "account", "breakdown", "principal"], value: amount(needed) }],
    },
  ];
}

function bucketFixes(values: unknown): TScenarioFix[] {
  const days = at(values, "caseFile", "case", "daysPastDue");
  if (typeof days !== "number" || !Number.isInteger(days) || days <= 0) return [];
  const bucket = bucketFor(days);
  if (at(values, "caseFile", "case", "bucket") === bucket) return [];
  return [
    {
      at: "caseFile.case.bucket",
      label: { en: `set the bucket to ${bucket}`, zh: `将逾期阶段改为 ${bucket}` },
      changes: [{ path: ["caseFile", "case", "bucket"], value: bucket }],
    },
  ];
}

function currencyFixes(values: unknown): TScenarioFix[] {
  const ruleset = at(values, "ruleset");
  if (typeof ruleset !== "string" || !(ruleset in CURRENCY)) return [];
  const currency = CURRENCY[ruleset as keyof typeof CURRENCY];
  if (at(values, "caseFile", "account", "currency") === currency) return [];
  return [
    {
      at: "caseFile.account.currency",
      label: { en: `set the currency to ${currency}`, zh: `将币种改为 ${currency}` },
      changes: [{ path: ["caseFile", "account", "currency"], value: currency }],
    },
  ];
}
