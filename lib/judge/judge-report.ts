import type OpenAI from "openai";
import { completeStructured } from "../llm/complete-structured";
import { LlmError } from "../llm/llm-error";
import type { TScoreReport } from "../scoring/report-schema";
import type { TLanguage, TTranscript } from "../transcript/transcript-schema";
import { buildJudgePrompt } from "./build-judge-prompt";
import { ZJudgeOutput } from "./judge-schema";
import { mergeJudgeOutput } from "./merge-judge-output";

export type JudgeReportOptions = {
  client: OpenAI;
  model: string;
  timeoutMs: number;
  /** Language of the judge's explanations; the transcript's language by default, as in scoreTranscript. */
  language?: TLanguage;
};

/**
 * Asks an LLM for a second opinion on a deterministic report and merges it (see mergeJudgeOutput).
 * When the model fails in any way the deterministic report comes back as it was, with the reason in
 * review.judge.error: a judge is an extra, never a reason to lose a report.
 */
export async function judgeReport(transcript: TTranscript, report: TScoreReport, options: JudgeReportOptions): Promise<TScoreReport> {
  const { client, model, timeoutMs } = options;
  const language = options.language ?? transcript.language;
  try {
    const messages = buildJudgePrompt(transcript, report, language);
    const output = await completeStructured({ client, model, messages, schema: ZJudgeOutput, name: "parley_judge", timeoutMs });
    return mergeJudgeOutput(transcript, report, output, { model, language });
  } catch (error) {
    if (!(error instanceof LlmError)) throw error;
    const judge = { model, added: 0, dropped: 0, alreadyFound: 0, disagreements: [], error: { kind: error.kind, message: error.message } };
    return { ...report, review: { ...report.review, judge } };
  }
}
