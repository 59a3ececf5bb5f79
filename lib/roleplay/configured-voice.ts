import { env, llmSettings } from "../env";
import { createLlmClient } from "../llm/create-llm-client";
import { createLlmVoice } from "./llm-voice";
import { offlineVoice } from "./offline-voice";
import type { TVoice } from "./voice";

let cached: TVoice | undefined;

/** The LLM voice when a model is configured (OPENAI_BASE_URL / OPENAI_API_KEY / PARLEY_LLM_MODEL), else the offline one. */
export function configuredVoice(): TVoice {
  cached ??= (() => {
    const settings = llmSettings(env());
    const client = createLlmClient(settings);
    if (!settings || !client) return offlineVoice;
    return createLlmVoice({ client, model: settings.model, timeoutMs: settings.timeoutMs, firstByteTimeoutMs: settings.firstByteTimeoutMs });
  })();
  return cached;
}
