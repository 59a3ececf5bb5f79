import { z } from "zod";

/**
 * The only reader of process.env. Every setting Parley understands is declared here once,
 * validated once, and documented in README.md under "Configuration".
 */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Folder of the embedded PGlite database; ignored when DATABASE_URL is set. */
  PARLEY_DATA_DIR: z.string().default(".data/pglite"),
  /** A PostgreSQL server shared by several Parley instances. */
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** Public address of this instance, used for sign-in origin checks. */
  PARLEY_BASE_URL: optionalText.pipe(z.url().optional()),
  /** Secret that signs session cookies; generated and stored in the database when unset. */
  PARLEY_AUTH_SECRET: optionalText.pipe(z.string().min(32).optional()),
  /**
   * Addresses or CIDR ranges of the reverse proxies in front of Parley, comma-separated. Only then is
   * X-Forwarded-For read (right to left, skipping these hops) to find the client's address for
   * per-address sign-in limits; without it the header is ignored, as any client can send it.
   */
  PARLEY_TRUSTED_PROXIES: optionalText.pipe(
    z
      .string()
      .transform((value) =>
        value
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[0-9a-fA-F.:]+(?:\/\d{1,3})?$/, "an IP address or CIDR range, e.g. 10.0.0.5 or 10.0.0.0/24")).min(1))
      .optional(),
  ),
  /** Set to "false" to start without the demo accounts and data. */
  PARLEY_SEED_DEMO: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  OPENAI_BASE_URL: optionalText.pipe(z.url().optional()),
  OPENAI_API_KEY: optionalText,
  /** Model name for the role-player and the judge; no model means the offline role-player. */
  PARLEY_LLM_MODEL: optionalText,
  PARLEY_LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  /** How long a streamed reply may take to start; a stalled model then falls back sooner. */
  PARLEY_LLM_FIRST_BYTE_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
  /** Ask the LLM judge for a second opinion on every score report (needs a model). */
  PARLEY_LLM_JUDGE: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});

export type TEnv = z.infer<typeof ZEnv>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    throw new EnvError(`Invalid configuration:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** An LLM is configured only when both an endpoint (or key) and a model are given. */
export function llmSettings(settings: TEnv = env()) {
  if (!settings.PARLEY_LLM_MODEL || !(settings.OPENAI_BASE_URL || settings.OPENAI_API_KEY)) return undefined;
  return {
    baseURL: settings.OPENAI_BASE_URL,
    apiKey: settings.OPENAI_API_KEY ?? "not-needed",
    model: settings.PARLEY_LLM_MODEL,
    timeoutMs: settings.PARLEY_LLM_TIMEOUT_MS,
    firstByteTimeoutMs: Math.min(settings.PARLEY_LLM_FIRST_BYTE_TIMEOUT_MS, settings.PARLEY_LLM_TIMEOUT_MS),
  };
}
export type TLlmSettings = NonNullable<ReturnType<typeof llmSettings>>;
