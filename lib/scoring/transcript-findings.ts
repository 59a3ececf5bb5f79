import type { TLanguage, TTranscript } from "../transcript/transcript-schema";
import { buildFindings } from "./build-findings";
import { contactLimitSignals } from "./contact-limit-signals";
import type { TLoadedRuleset } from "./load-ruleset";
import { buildTurnText } from "./match/turn-text";
import type { TFinding } from "./report-schema";
import type { TSignalKind } from "./ruleset-schema";
import { openingWords } from "./signals-for-turn";
import type { TTurnAnalysis } from "./turn-analysis-schema";

/**
 * Findings about the call as a whole, placed on the first agent turn: a call outside the contact
 * hours or beyond the number of attempts allowed, an agent who never said who they were (under
 * US rules: never gave the debt-collector disclosure while discussing the debt), and work the call
 * never did (see missingWork).
 */
export function transcriptFindings(transcript: TTranscript, analyses: readonly TTurnAnalysis[], ruleset: TLoadedRuleset, language: TLanguage): TFinding[] {
  const first = analyses[0];
  if (!first) return [];
  const opening = openingWords(buildTurnText(transcript.turns[first.turn]!.text, transcript.language));
  const signals = contactLimitSignals(transcript.call, ruleset.contactLimits).map((kind) => ({ kind, evidence: opening }));
  if (missesSelfIdentification(transcript, analyses)) signals.push({ kind: "self_identification_missing", evidence: opening });
  for (const kind of missingWork(transcript, analyses)) signals.push({ kind, evidence: opening });
  return buildFindings(first.turn, signals, ruleset, language, transcript.case);
}

/**
 * Who is calling may be said over several turns ("my name's Oliver" … "I'm from Carrow Credit,
 * working for Eastgate Bank"). To a third party who never hands over the phone, naming the agency
 * would itself reveal the debt, so only a call that reached the cardholder owes it.
 */
function missesSelfIdentification(transcript: TTranscript, analyses: readonly TTurnAnalysis[]): boolean {
  if (!reachedDebtor(analyses)) return false;
  const said = (part: "name" | "agency" | "creditor") => analyses.some((analysis) => analysis.selfIdentification[part]);
  const identified =
    analyses.some((analysis) => analysis.findings.some((finding) => finding.category === "self_identification" && finding.severity === "positive")) ||
    (said("name") && (said("agency") || said("creditor")));
  if (transcript.ruleset !== "us") return !identified;
  const debtDiscussed = analyses.some((analysis) => analysis.debtMention.mentioned && analysis.listener.isConsumer);
  return debtDiscussed && !analyses.some((analysis) => analysis.selfIdentification.debtCollector);
}

/**
 * The work of a call: with the cardholder, explore the situation (unless a stop moment came up) and
 * agree a next step (an option, a payment with its amount or date, a call-back) or handle the stop
 * moment; with only a third party on the line, ask for a call-back. A call that never reached
 * anyone did none of it.
 */
function missingWork(transcript: TTranscript, analyses: readonly TTurnAnalysis[]): TSignalKind[] {
  const anyoneAnswered = transcript.turns.some((turn) => turn.speaker === "customer");
  const callBack = analyses.some((analysis) => analysis.callBack.requested);
  if (!anyoneAnswered) return ["no_next_step"];
  if (!reachedDebtor(analyses)) return callBack ? [] : ["no_next_step"];
  const stopMoment = analyses.some((analysis) => analysis.mustStop.active);
  const handledStop = analyses.some((analysis) => analysis.mustStop.active && handlesStop(analysis.mustStop));
  // The situation is known when the agent asked about it, or the customer told it (hardship, what they can pay).
  const explored = analyses.some(
    (analysis) => analysis.questionTopics.length > 0 || analysis.empathy.exploration.level !== "none" || analysis.adaptMoment.active || analysis.adaptMoment.statedMeans !== null,
  );
  const nextStep =
    handledStop ||
    callBack ||
    analyses.some(
      (analysis) => analysis.optionsOffered.length > 0 || (analysis.paymentRequest !== null && (analysis.paymentRequest.amount !== null || analysis.paymentRequest.date !== null)),
    );
  const missing: TSignalKind[] = [];
  if (!stopMoment && !explored) missing.push("situation_not_explored");
  if (!nextStep) missing.push("no_next_step");
  return missing;
}

/** A stop moment met with the route on or a pause; a request about contact ("don't ring me at work") is met by taking it down. */
const handlesStop = ({ triggers, response }: TTurnAnalysis["mustStop"]) =>
  response.explainedRoute || response.paused || (response.acknowledged && triggers.every((trigger) => trigger === "stop_contact"));

const reachedDebtor = (analyses: readonly TTurnAnalysis[]) => analyses.some((analysis) => analysis.listener.isConsumer || analysis.identityVerifiedBefore);
