import type { TCallFacts } from "../transcript/transcript-schema";
import type { TContactLimits, TSignalKind } from "./ruleset-schema";

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * Breaches of the rule set's contact hours and call frequency, from what the transcript says about
 * the call. `startedAt` carries the customer's own UTC offset, so its clock reading is their local time.
 */
export function contactLimitSignals(call: TCallFacts | undefined, limits: TContactLimits | undefined): TSignalKind[] {
  if (!call || !limits) return [];
  const signals: TSignalKind[] = [];
  // Only a time with the customer's offset gives their local clock; UTC ("Z") or no offset gives none.
  const clock = call.startedAt?.match(/T(\d{2}:\d{2})[^Z+-]*[+-]\d{2}:?\d{2}$/)?.[1];
  if (clock && !call.consentToLateContact) {
    const minutes = minutesOf(clock);
    if (minutes < minutesOf(limits.earliest) || minutes > minutesOf(limits.latest)) signals.push("contact_outside_hours");
  }
  const tooManyToday = limits.maxAttemptsPerDay !== undefined && (call.attemptsToday ?? 0) > limits.maxAttemptsPerDay;
  const tooManyThisWeek = limits.maxAttemptsPer7Days !== undefined && (call.attemptsLast7Days ?? 0) > limits.maxAttemptsPer7Days;
  if (tooManyToday || tooManyThisWeek) signals.push("too_many_attempts");
  return signals;
}
