import type { TCaseFacts, TLanguage, TRulesetId, TTurn } from "../transcript/transcript-schema";
import { buildTurnText, type TTurnText } from "./match/turn-text";
import { detectDebtMention } from "./detect-debt-mention";
import { findIdentityChecks } from "./detect-identity-check";
import { pattern } from "../lexicon/load-lexicon";
import { findsHardship, findStatedMeans } from "./find-adapt-moment";
import { findHits } from "./match/find-hits";
import { mustStopTriggersIn } from "./find-must-stop-triggers";
import { inferListener, relationIn } from "./infer-listener";
import { parseAmounts } from "../text/parse-amounts";
import type { TMustStopTrigger, TTurnAnalysis } from "./turn-analysis-schema";

/** What the call so far tells us before an agent turn; advanced one turn at a time. */
export type TCallContext = {
  language: TLanguage;
  ruleset: TRulesetId;
  facts: TCaseFacts | undefined;
  listener: Omit<TTurnAnalysis["listener"], "isConsumer">;
  identityAsked: boolean;
  identityVerified: boolean;
  debtMentionedBefore: boolean;
  mustStop: TMustStopTrigger[];
  /** The customer told of hardship: an adapt moment (rules.md). */
  hardship: boolean;
  /** The most the customer said they can pay, latest first. */
  statedMeans: number | undefined;
  latestCustomerNorm: string | undefined;
  /** Every sum the customer has named so far: a collector repeating one back is not misstating the account. */
  customerFigures: number[];
  /** The agent gave a name or staff number in an earlier turn, and whether the bank they act for was said too (it may follow after verification). */
  selfNamed: boolean;
  creditorNamed: boolean;
  /** Kinds of option the agent has already offered: said again in a summary, they are not a new offer. */
  optionKinds: TTurnAnalysis["optionsOffered"][number]["kind"][];
};

const HAND_OVER = pattern("listener.hand-over");
const DISPUTE_WITHDRAWN = pattern("stop-moment.dispute-withdrawn");
const WANTS_TO_PAY =
  /(?:我|钱)(?:是|也|真的|其实|肯定|还是|确实|都)*(?:想|愿意|打算|会|要|能|可以|来)(?:先)?还(?![^,.!?]{0,4}(?:吗|\?))|(?:先|才)可以还(?![^,.!?]{0,4}(?:吗|\?))|最多(?:能|可以)?还\s?[\d一二两三四五六七八九十几百千]|怎么还|(?:最少|最低|大概)?(?:要|得|需要)还多少|\b(?:what(?:'s| is| would be) the (?:least|minimum) i(?:'d| would)? (?:have|need) to pay|how much (?:would|will|do) i (?:have|need) to pay|i (?:do |really |still )?(?:want|intend|mean) to pay|i'd (?:really )?like to pay|i can pay|how (?:can|do) i pay|i'll pay|let me pay|i'm (?:happy|willing) to pay)\b/;
/**
 * A customer who offers to pay after asking not to be called, or after telling of a death, has
 * reopened the subject. A dispute, a lawyer and bankruptcy are not undone by an offer to pay
 * (rules.md), and a crisis ends collection for the call.
 */
const CLEARED_BY_WISH_TO_PAY = new Set<TMustStopTrigger>(["stop_contact", "bereavement"]);
/** "I'm outside on my break now, go ahead": the customer who asked not to be called there chooses to talk. */
const CHOOSES_TO_TALK =
  /\b(?:go ahead|i can talk (?:now|here)|(?:now|this)(?:'s| is) (?:fine|ok|okay|good)|i'm (?:outside|on (?:my )?(?:break|lunch))|i've stepped out)\b|(?:你|您)(?:说|讲)吧|现在(?:方便|可以说)了|我出来了|现在(?:讲|说)(?:埋|完)?(?:他|它)?(?:吧|啦)/;

export function createCallContext(language: TLanguage, ruleset: TRulesetId, facts: TCaseFacts | undefined): TCallContext {
  return {
    language,
    ruleset,
    facts,
    listener: { party: "unknown", relation: "unknown", source: "none" },
    identityAsked: false,
    identityVerified: false,
    debtMentionedBefore: false,
    mustStop: [],
    hardship: false,
    statedMeans: undefined,
    latestCustomerNorm: undefined,
    customerFigures: [],
    selfNamed: false,
    creditorNamed: false,
    optionKinds: [],
  };
}

/**
 * Moves the context past one turn. Customer turns set the listener (their `party`, else what they
 * said, else the listener stays who it was) and raise must-stop moments; agent turns record
 * identity questions and debt mentions.
 */
export function advanceCallContext(context: TCallContext, turn: TTurn, prepared?: TTurnText, analysed?: Pick<TTurnAnalysis, "asksToVerifyIdentity" | "debtMention">): void {
  if (turn.speaker === "agent") {
    // An agent turn just analysed already says both; only a turn read past (analyseTurn) is read here.
    const text = analysed ? undefined : (prepared ?? buildTurnText(turn.text, context.language));
    if (analysed ? analysed.asksToVerifyIdentity : findIdentityChecks(text!, context.facts?.debtorName).length > 0) context.identityAsked = true;
    if (analysed ? analysed.debtMention.mentioned : detectDebtMention(text!, context.facts?.debtorName).mentioned) context.debtMentionedBefore = true;
    return;
  }
  const text = prepared ?? buildTurnText(turn.text, context.language);
  const norm = text.norm;
  context.latestCustomerNorm = norm;
  // Bare digits ("It's 4471") are ID numbers as often as money: only sums said as sums count.
  context.customerFigures.push(
    ...parseAmounts(norm)
      .filter((amount) => !/^\d+$/.test(norm.slice(amount.start, amount.end).trim()))
      .map((amount) => amount.value),
  );
  const cue = inferListener(norm, context.facts?.debtorName, context.identityAsked);
  if (turn.party) {
    const said = turn.party === "debtor" ? "self" : relationIn(norm);
    // The same third party goes on speaking: what they said of themselves earlier still holds.
    const earlier = context.listener.party === "third_party" ? context.listener.relation : "unknown";
    const relation = said !== "unknown" ? said : cue?.party === "third_party" && cue.relation !== "unknown" ? cue.relation : earlier;
    context.listener = { party: turn.party, relation, source: "transcript" };
  } else if (cue) context.listener = { party: cue.party, relation: cue.relation, source: "inferred" };
  // "稍等,我去喊他": whoever comes to the phone hears the collector's next line, not the one who fetched them.
  if (context.listener.party === "third_party" && findHits(text, HAND_OVER).length > 0) context.listener = { party: "unknown", relation: "unknown", source: "inferred" };
  if (context.listener.party === "debtor" && context.identityAsked) context.identityVerified = true;
  if (context.listener.party === "third_party") context.identityVerified = false;
  if (context.mustStop.includes("stop_contact") && CHOOSES_TO_TALK.test(norm)) context.mustStop = context.mustStop.filter((trigger) => trigger !== "stop_contact");
  if (context.mustStop.length > 0 && WANTS_TO_PAY.test(norm)) context.mustStop = context.mustStop.filter((trigger) => !CLEARED_BY_WISH_TO_PAY.has(trigger));
  // "其实我没还,截图是网上找的": the customer takes back the claim that made it a dispute.
  if (context.mustStop.includes("dispute") && findHits(text, DISPUTE_WITHDRAWN).length > 0) context.mustStop = context.mustStop.filter((trigger) => trigger !== "dispute");
  if (findsHardship(text)) context.hardship = true;
  context.statedMeans = findStatedMeans(text) ?? context.statedMeans;
  for (const trigger of mustStopTriggersIn(text)) {
    if (!context.mustStop.includes(trigger)) context.mustStop.push(trigger);
  }
}

/** A spouse is the consumer under US rules (FDCPA §805(d)); under the Chinese and UK rules a third party. */
export function listenerIsConsumer(context: TCallContext): boolean {
  if (context.listener.party === "debtor") return true;
  // The estate's executor or administrator stands for a cardholder who has died (Reg F 1006.6(a)(4); a personal representative in the UK).
  if (context.listener.party === "third_party" && context.listener.relation === "representative") return true;
  return context.ruleset === "us" && context.listener.party === "third_party" && context.listener.relation === "spouse";
}
