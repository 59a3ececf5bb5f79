import type { TLanguage } from "../transcript/transcript-schema";
import type { TTurnAnalysis } from "./turn-analysis-schema";

type TAnalysis = Omit<TTurnAnalysis, "summary" | "learned" | "findings">;

const WORDS = {
  "zh-CN": {
    selfId: "表明身份",
    verify: "核实身份",
    debt: "提到欠款",
    threat: "威胁",
    deception: "误导",
    abuse: "辱骂",
    pressure: "施压",
    mustStop: "必须停止时继续催款",
    empathy: "共情",
    asked: "询问",
    options: "提供方案",
    payment: "要求还款",
    callBack: "请求回电",
    reassure: "安抚",
    nothing: "无明显行为",
    separator: "；",
    listSeparator: "、",
  },
  en: {
    selfId: "identified self",
    verify: "checked identity",
    debt: "mentioned the debt",
    threat: "threatened",
    deception: "misled",
    abuse: "insulted",
    pressure: "pressured",
    mustStop: "pressed on at a must-stop moment",
    empathy: "showed empathy",
    asked: "asked about",
    options: "offered",
    payment: "asked for payment",
    callBack: "asked for a call back",
    reassure: "reassured",
    nothing: "no notable behaviour",
    separator: "; ",
    listSeparator: ", ",
  },
} as const;

/** One line saying what the turn did, for transcripts with annotations and for the persona's log. */
export function summariseTurn(analysis: TAnalysis, language: TLanguage): string {
  const w = WORDS[language];
  const join = (items: readonly string[]) => [...new Set(items)].join(w.listSeparator);
  const parts: string[] = [];
  if (analysis.selfIdentification.name) parts.push(w.selfId);
  if (analysis.asksToVerifyIdentity) parts.push(w.verify);
  if (analysis.debtMention.mentioned) parts.push(w.debt);
  if (analysis.threats.length > 0) parts.push(`${w.threat} (${join(analysis.threats.map((item) => item.kind))})`);
  if (analysis.reassurances.length > 0) parts.push(w.reassure);
  if (analysis.deceptions.length > 0) parts.push(`${w.deception} (${join(analysis.deceptions.map((item) => item.kind))})`);
  if (analysis.abuse.length > 0) parts.push(w.abuse);
  if (analysis.pressure.borrowOrSell.length > 0 || analysis.pressure.lumpSum.length > 0) parts.push(w.pressure);
  if (analysis.pressure.mustStopIgnored) parts.push(w.mustStop);
  const empathy = analysis.empathy;
  if ([empathy.acknowledgement, empathy.understanding, empathy.exploration].some((item) => item.level === "strong")) parts.push(w.empathy);
  if (analysis.questionTopics.length > 0) parts.push(`${w.asked} ${join(analysis.questionTopics)}`);
  if (analysis.optionsOffered.length > 0) parts.push(`${w.options} ${join(analysis.optionsOffered.map((item) => item.kind))}`);
  if (analysis.paymentRequest) parts.push(w.payment);
  if (analysis.callBack.requested) parts.push(w.callBack);
  return parts.length > 0 ? parts.join(w.separator) : w.nothing;
}
