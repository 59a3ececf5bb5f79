import { describe, expect, it } from "vitest";
import { llmSettings, parseEnv } from "@/lib/env";
import { createLlmClient } from "./create-llm-client";

describe("createLlmClient", () => {
  it("returns undefined when no LLM is configured", () => {
    expect(createLlmClient(undefined)).toBeUndefined();
    expect(createLlmClient(llmSettings(parseEnv({})))).toBeUndefined();
    expect(createLlmClient(llmSettings(parseEnv({ OPENAI_API_KEY: "sk-test" })))).toBeUndefined();
  });

  it("points the SDK at the configured endpoint, with our timeout and no retries by default", () => {
    const settings = llmSettings(parseEnv({ OPENAI_BASE_URL: "http://127.0.0.1:11434/v1", PARLEY_LLM_MODEL: "qwen2.5:7b", PARLEY_LLM_TIMEOUT_MS: "9000" }));
    const client = createLlmClient(settings)!;

    expect(client.baseURL).toBe("http://127.0.0.1:11434/v1");
    expect(client.apiKey).toBe("not-needed");
    expect(client.timeout).toBe(9000);
    expect(client.maxRetries).toBe(0);
    expect(createLlmClient(settings, { maxRetries: 1 })!.maxRetries).toBe(1);
  });

  it("uses OpenAI itself when only a key and a model are given", () => {
    const client = createLlmClient(llmSettings(parseEnv({ OPENAI_API_KEY: "sk-test", PARLEY_LLM_MODEL: "gpt-4o-mini" })))!;

    expect(client.baseURL).toBe("https://api.openai.com/v1");
    expect(client.organization).toBeNull();
  });
});

describe("llmSettings", () => {
  it("keeps the first-byte timeout within the overall timeout", () => {
    const configured = { OPENAI_API_KEY: "sk-test", PARLEY_LLM_MODEL: "m" };

    expect(llmSettings(parseEnv(configured))).toMatchObject({ timeoutMs: 15000, firstByteTimeoutMs: 8000 });
    expect(llmSettings(parseEnv({ ...configured, PARLEY_LLM_TIMEOUT_MS: "5000" }))).toMatchObject({ firstByteTimeoutMs: 5000 });
  });
});
