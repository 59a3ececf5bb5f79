import type { TLanguage } from "../transcript/transcript-schema";
import type { TFailReason, TJudgeReview, TScoreReport, TSeverity } from "./report-schema";

const LABELS = {
  "zh-CN": {
    heading: (id: string, ruleset: string) => `评分报告 ${id}（规则集 ${ruleset}）`,
    scores: (s: TScoreReport["scores"]) => `总分 ${s.overall} | 共情 ${s.empathy} | 准确 ${s.accuracy} | 合规 ${s.compliance}`,
    passed: "结果：通过",
    notPassed: (reasons: string) => `结果：未通过（${reasons}）`,
    reasons: {
      critical_violation: "严重违规",
      major_violation: "较重违规",
      below_pass_mark: "总分低于及格线",
      not_identified: "没有说明身份",
      not_verified: "没有核实身份",
      situation_not_explored: "没有了解处境",
      no_next_step: "没有约定下一步",
    } as Record<TFailReason, string>,
    separator: "、",
    turn: (turn: number) => `第 ${turn + 1} 轮`,
    why: "原因",
    instead: "建议",
    none: "没有发现需要指出的内容。",
    byJudge: "（模型复核补充）",
    judge: (j: TJudgeReview) =>
      j.error ? `模型复核（${j.model}）未完成：${j.error.message}` : `模型复核（${j.model}）：补充 ${j.added} 条，舍弃 ${j.dropped} 条，存在分歧 ${j.disagreements.length} 条`,
    disagreement: (turn: number, ruleId: string, reason: string) => `  分歧 · 第 ${turn + 1} 轮 · ${ruleId}：${reason}`,
    severity: { critical: "严重", major: "较重", minor: "轻微", positive: "做得好" } as Record<TSeverity, string>,
    category: {
      threat: "威胁",
      deception: "欺骗误导",
      third_party_disclosure: "向第三方透露",
      abuse: "辱骂",
      inaccuracy: "信息不准确",
      pressure: "施压",
      empathy: "共情",
      self_identification: "表明身份",
      identity_verification: "核实身份",
      options_offered: "提供方案",
    } as Record<string, string>,
  },
  en: {
    heading: (id: string, ruleset: string) => `Score report ${id} (rule set ${ruleset})`,
    scores: (s: TScoreReport["scores"]) => `Overall ${s.overall} | Empathy ${s.empathy} | Accuracy ${s.accuracy} | Compliance ${s.compliance}`,
    passed: "Result: passed",
    notPassed: (reasons: string) => `Result: not passed (${reasons})`,
    reasons: {
      critical_violation: "a critical violation",
      major_violation: "a major violation",
      below_pass_mark: "score under the pass mark",
      not_identified: "never said who was calling",
      not_verified: "never verified the cardholder",
      situation_not_explored: "never explored the situation",
      no_next_step: "no next step agreed",
    } as Record<TFailReason, string>,
    separator: ", ",
    turn: (turn: number) => `turn ${turn + 1}`,
    why: "Why",
    instead: "Instead",
    none: "Nothing to point out.",
    byJudge: " (added by the LLM judge)",
    judge: (j: TJudgeReview) =>
      j.error
        ? `LLM judge (${j.model}) did not finish: ${j.error.message}`
        : `LLM judge (${j.model}): ${j.added} added, ${j.dropped} dropped, ${j.disagreements.length} disagreements`,
    disagreement: (turn: number, ruleId: string, reason: string) => `  disagrees · turn ${turn + 1} · ${ruleId}: ${reason}`,
    severity: { critical: "CRITICAL", major: "MAJOR", minor: "minor", positive: "well done" } as Record<TSeverity, string>,
    category: {
      threat: "threat",
      deception: "deception",
      third_party_disclosure: "third-party disclosure",
      abuse: "abuse",
      inaccuracy: "inaccuracy",
      pressure: "pressure",
      empathy: "empathy",
      self_identification: "self-identification",
      identity_verification: "identity verification",
      options_offered: "options offered",
    } as Record<string, string>,
  },
} as const;

/** A readable report for the terminal, in the trainee's language. */
export function formatReport(report: TScoreReport, language: TLanguage): string {
  const l = LABELS[language];
  const lines = [l.heading(report.transcriptId, report.ruleset), l.scores(report.scores)];
  if (report.result) lines.push(report.result.passed ? l.passed : l.notPassed(report.result.reasons.map((reason) => l.reasons[reason]).join(l.separator)));
  if (report.findings.length === 0) lines.push(l.none);
  for (const finding of report.findings) {
    lines.push(
      "",
      `[${l.severity[finding.severity]}] ${l.turn(finding.turn)} · ${l.category[finding.category] ?? finding.category} · ${finding.ruleId}${finding.source === "llm_judge" ? l.byJudge : ""}`,
      `  “${finding.evidence}”`,
      `  ${l.why}: ${finding.explanation}`,
      `  ${l.instead}: ${finding.suggestion}`,
    );
  }
  const judge = report.review?.judge;
  // A judge's disagreements never change the findings, so a reader must see them to review them.
  if (judge) lines.push("", l.judge(judge), ...judge.disagreements.map((d) => l.disagreement(d.turn, d.ruleId, d.reason)));
  return `${lines.join("\n")}\n`;
}
