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

describe("PARLEY_TRUSTED_PROXIES", () => {
  it("is off by default: forwarding headers are not trusted", () => {
    expect(parseEnv({}).PARLEY_TRUSTED_PROXIES).toBeUndefined();
    expect(parseEnv({ PARLEY_TRUSTED_PROXIES: " " }).PARLEY_TRUSTED_PROXIES).toBeUndefined();
  });

  it("reads a comma-separated list of addresses and CIDR ranges", () => {
    expect(parseEnv({ PARLEY_TRUSTED_PROXIES: "10.0.0.5, 10.0.1.0/24,::1" }).PARLEY_TRUSTED_PROXIES).toEqual(["10.0.0.5", "10.0.1.0/24", "::1"]);
  });

  it("names a value that is not an address", () => {
    expect(() => parseEnv({ PARLEY_TRUSTED_PROXIES: "10.0.0.5,my-proxy.internal" })).toThrow(EnvError);
    expect(() => parseEnv({ PARLEY_TRUSTED_PROXIES: "my-proxy" })).toThrow(/PARLEY_TRUSTED_PROXIES/);
  });
});
