import { createLlmClient } from "../llm/create-llm-client";
import type { TScoreReport } from "../scoring/report-schema";
import { scoreTranscript, type TScoreOptions } from "../scoring/score-transcript";
import type { TTranscript } from "../transcript/transcript-schema";
import { judgeReport } from "./judge-report";
import { judgeSettings, type TJudgeChoice } from "./judge-settings";

export type TScoreWithOptionalJudgeOptions = TScoreOptions & TJudgeChoice;

/** The deterministic report, with the LLM judge's second opinion when it is switched on and a model is configured. */
export async function scoreWithOptionalJudge(transcript: TTranscript, options: TScoreWithOptionalJudgeOptions = {}): Promise<TScoreReport> {
  const report = scoreTranscript(transcript, options);
  const llm = judgeSettings(options);
  const client = createLlmClient(llm);
  if (!llm || !client) return report;
  return judgeReport(transcript, report, { client, model: llm.model, timeoutMs: llm.timeoutMs, language: options.language });
}
