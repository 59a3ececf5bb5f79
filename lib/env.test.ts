import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

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
