import { env, llmSettings } from "../env";
import { createLlmClient } from "../llm/create-llm-client";
import { createModelReader, offlineReader, type TTurnReader } from "./turn-reader";

let cached: TTurnReader | undefined;

/**
 * The model reader when a model is configured, else none beyond the offline reading. It gets the
 * first-byte budget: the reply waits for the reading, and a slow reading must not stall the call.
 */
export function configuredReader(): TTurnReader {
  cached ??= (() => {
    const settings = llmSettings(env());
    const client = createLlmClient(settings);
    if (!settings || !client) return offlineReader;
    return createModelReader({ client, model: settings.model, timeoutMs: settings.firstByteTimeoutMs });
  })();
  return cached;
}
