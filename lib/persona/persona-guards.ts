import { chooseCommitment } from "./choose-commitment";
import type { TPersonaContext } from "./persona-context";
import { disclosedToThirdParty, moneyPutToThem, settleTurn, stopHandlingHeard } from "./settle-turn";

/**
 * The guards every archetype shares. Each reads the context as it would be after the pending turn
 * (settleTurn), so "would they hang up after this?" is asked before the machine moves.
 */
type TGuardArgs = { context: TPersonaContext };
type TGuard = (args: TGuardArgs) => boolean;

const after = (context: TPersonaContext) => settleTurn(context);

const complains: TGuard = ({ context }) => {
  const settled = after(context);
  const { profile } = context.params;
  const pressedPastLimit = settled.pressedAfterStop && context.mustStop.pressedAfter + 1 >= profile.stopPressLimit;
  return settled.violation && (settled.anger >= profile.complaintAnger || (settled.exposure && profile.complainsOnDisclosure) || pressedPastLimit);
};

/**
 * Anger past their limit ends any call; running out of patience ends only one that is going
 * nowhere. A customer who has agreed something, or been heard at a stop moment, says goodbye to a
 * "thanks, have a good night" rather than hanging up on it.
 */
const hangsUp: TGuard = ({ context }) => {
  const settled = after(context);
  const settledCall = context.commitment !== null || context.mustStop.status === "handled";
  return settled.anger >= context.params.profile.hangUpAnger || (settled.patienceLeft <= 0 && !settledCall);
};

const callerWillBeIdentified = ({ identity, pending }: TPersonaContext) => identity.callerIdentified || (pending.identified.name && pending.identified.organisation);

/** To whoever picks up, "this is Li Ming, is Mr Huang there?" asks for the cardholder: a name given or an identity asked. */
const askedForDebtor = ({ pending }: TPersonaContext) => pending.askedIdentity || pending.identified.name || pending.askedForDebtor;

/** Asked now, or asked before the caller said who they were: the wary customer answers once they have. */
const mayConfirm: TGuard = ({ context }) =>
  (context.pending.askedIdentity || context.identity.asked) && (!context.params.profile.needsIdentification || callerWillBeIdentified(context));

const mustStopSurfaces: TGuard = ({ context }) => {
  const { mustStop, pending } = context;
  const trigger = context.params.mustStop;
  if (!trigger || mustStop.status !== "hidden" || !context.identity.confirmed) return false;
  if (trigger.trigger === "start") return true;
  if (trigger.trigger === "trust") return after(context).trust >= (trigger.minTrust ?? 0);
  const talksMoney = moneyPutToThem(pending);
  // Someone in crisis asked how they really are, or whether they are safe, tells it too.
  const askedHowTheyAre = trigger.kind === "vulnerability" && pending.topics.includes("health") && after(context).trust >= (trigger.minTrust ?? 0);
  return (trigger.topic !== null && pending.topics.includes(trigger.topic)) || (trigger.topic === "payment_capacity" && talksMoney) || askedHowTheyAre;
};

const commitmentChoice = (context: TPersonaContext) =>
  context.mustStop.status === "active" || context.mustStop.status === "handled" ? null : chooseCommitment(context, after(context));

export const personaGuards = {
  complains,
  hangsUp,
  disclosedToThirdParty: ({ context }: TGuardArgs) => disclosedToThirdParty(context),
  passesPhone: ({ context }: TGuardArgs) => {
    const { passesPhone } = context.params.answeredBy;
    if (passesPhone === "on_polite_request") return askedForDebtor(context) || context.pending.callbackRequested;
    return passesPhone === "after_callback_request" && context.pending.callbackRequested;
  },
  takesMessage: ({ context }: TGuardArgs) => context.params.answeredBy.passesPhone === "never" && context.pending.callbackRequested,
  askedForDebtor: ({ context }: TGuardArgs) => askedForDebtor(context),
  confirmsIntoMustStop: (args: TGuardArgs) => mayConfirm(args) && args.context.params.mustStop?.trigger === "start",
  confirms: mayConfirm,
  askedIdentity: ({ context }: TGuardArgs) => context.pending.askedIdentity,
  askedForSomeoneElse: ({ context }: TGuardArgs) => context.pending.otherName && !context.pending.askedIdentity,
  mustStopSurfaces: (args: TGuardArgs) => mustStopSurfaces(args),
  commits: ({ context }: TGuardArgs) => {
    const kind = commitmentChoice(context)?.kind;
    return kind === "promise" || kind === "plan";
  },
  somethingOnTheTable: ({ context }: TGuardArgs) => commitmentChoice(context) !== null,
  acceptsCallback: ({ context }: TGuardArgs) => {
    const settled = after(context);
    const { profile } = context.params;
    return context.pending.callbackRequested && !settled.violation && (profile.acceptsCallback || settled.trust >= profile.openTrust);
  },
  vents: ({ context }: TGuardArgs) => after(context).anger >= context.params.profile.ventAnger,
  opensUp: ({ context }: TGuardArgs) => {
    const settled = after(context);
    return settled.trust >= context.params.profile.openTrust && (context.pending.topics.length > 0 || context.pending.empathy > 0);
  },
  pressedAfterStop: ({ context }: TGuardArgs) => after(context).pressedAfterStop,
  respondedToStop: ({ context }: TGuardArgs) => {
    const heard = stopHandlingHeard(context);
    return heard.acknowledged && heard.nextStep && !after(context).pressedAfterStop;
  },
  withdraws: ({ context }: TGuardArgs) => after(context).anger >= context.params.profile.commitAngerMax,
  isPlan: ({ context }: TGuardArgs) => context.commitment?.months != null || context.commitment?.openLength === true,
  answeredByThirdParty: ({ context }: TGuardArgs) => context.party === "third_party",
};
export type TPersonaGuard = keyof typeof personaGuards;
