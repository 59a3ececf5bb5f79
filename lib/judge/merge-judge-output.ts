import { loadRuleset } from "../scoring/load-ruleset";
import type { TFinding, TJudgeReview, TScoreReport } from "../scoring/report-schema";
import type { TLanguage, TTranscript } from "../transcript/transcript-schema";
import { checkJudgeFinding, hasLink } from "./check-judge-finding";
import type { TJudgeOutput } from "./judge-schema";

export type MergeJudgeOutputOptions = { model: string; language: TLanguage };

/**
 * Adds the judge's checked findings to a report as proposals (source llm_judge), never removing one:
 * a disagreement only goes to review.judge for a human. The scores stay the deterministic scorer's:
 * a model, however manipulated, cannot write a grade; its proposals are shown as its opinion, and
 * pass/fail, dashboards and statistics leave them out.
 */
export function mergeJudgeOutput(transcript: TTranscript, report: TScoreReport, output: TJudgeOutput, options: MergeJudgeOutputOptions): TScoreReport {
  const ruleset = loadRuleset(transcript.ruleset);
  const found = new Set(report.findings.filter((finding) => finding.severity !== "positive").map(findingKey));
  const added: TFinding[] = [];
  let dropped = 0;
  let alreadyFound = 0;
  for (const proposal of output.findings) {
    const finding = checkJudgeFinding(proposal, transcript, ruleset, options.language);
    if (!finding) dropped++;
    // One penalty per turn and category: a judge restating a fault agrees, it does not double it.
    else if (found.has(findingKey(finding))) alreadyFound++;
    else {
      found.add(findingKey(finding));
      added.push(finding);
    }
  }

  const disagreements: TJudgeReview["disagreements"] = [];
  const heard = new Set<number>();
  for (const opinion of output.opinions) {
    const finding = report.findings[opinion.finding];
    if (!finding) dropped++;
    else if (opinion.verdict === "disagree" && !heard.has(opinion.finding)) {
      disagreements.push({ turn: finding.turn, ruleId: finding.ruleId, category: finding.category, reason: hasLink(opinion.reason) ? "—" : opinion.reason });
    }
    heard.add(opinion.finding);
  }

  // Stable sort: within a turn the scorer's findings keep their order and the judge's follow.
  const findings = [...report.findings, ...added].sort((a, b) => a.turn - b.turn);
  const judge: TJudgeReview = { model: options.model, added: added.length, dropped, alreadyFound, disagreements };
  // Scores and result stay the scorer's: the proposals change neither.
  return { ...report, findings, review: { ...report.review, judge } };
}

const findingKey = (finding: TFinding) => `${finding.turn}:${finding.category}`;
