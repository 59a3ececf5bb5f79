import OpenAI from "openai";
import type { TLlmSettings } from "@/lib/env";

export type CreateLlmClientOptions = {
  /** Retries inside the SDK; 0 by default because callers fall back to the offline role-player. */
  maxRetries?: 0 | 1;
};

const OPENAI_BASE_URL = "https://api.openai.com/v1";

/**
 * The SDK client for any OpenAI-compatible endpoint (OpenAI, Azure's /openai/v1 URL, providers'
 * compatible modes, vLLM, Ollama, llama.cpp), or undefined when no LLM is configured.
 */
export function createLlmClient(settings: TLlmSettings | undefined, options: CreateLlmClientOptions = {}): OpenAI | undefined {
  if (!settings) return undefined;
  return new OpenAI({
    baseURL: settings.baseURL ?? OPENAI_BASE_URL,
    apiKey: settings.apiKey,
    timeout: settings.timeoutMs,
    maxRetries: options.maxRetries ?? 0,
    // Explicit nulls keep the SDK from reading OPENAI_* variables behind lib/env.ts's back and
    // from sending OpenAI-only headers to other providers.
    adminAPIKey: null,
    organization: null,
    project: null,
    webhookSecret: null,
  });
}
