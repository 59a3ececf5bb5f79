import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("names every bad setting, with what is wrong with it", () => {
    const error = (() => {
      try {
        parseEnv({ PORT: "abc", PARLEY_LLM_TIMEOUT_MS: "-3" });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as EnvError).message;
    expect(message).toMatch(/^Invalid configuration:\n/);
    expect(message).toMatch(/→ at PORT/);
    expect(message).toMatch(/→ at PARLEY_LLM_TIMEOUT_MS/);
  });

  it("accepts an empty environment with every default", () => {
    expect(parseEnv({})).toMatchObject({ PARLEY_SEED_DEMO: true });
  });
});
