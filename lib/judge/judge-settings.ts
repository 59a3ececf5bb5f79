import { env, llmSettings, type TLlmSettings } from "../env";

export type TJudgeChoice = {
  /** true or false overrides PARLEY_LLM_JUDGE. */
  judge?: boolean;
  /** The model to judge with; the configured one (llmSettings()) by default. */
  llm?: TLlmSettings;
};

/** The LLM to ask for a second opinion, or undefined when the judge is off or no LLM is configured. */
export function judgeSettings(choice: TJudgeChoice = {}): TLlmSettings | undefined {
  if (!(choice.judge ?? env().PARLEY_LLM_JUDGE)) return undefined;
  return choice.llm ?? llmSettings();
}
