import { describe, expect, it } from "vitest";
import { ZPersona } from "./persona-schema";

const persona = (archetype: string, coreArchetype?: string) => ({
  archetype,
  ...(coreArchetype ? { coreArchetype } : {}),
  name: "Alex",
  age: 30,
  gender: "female",
  speakingStyle: "calm",
  traits: { initialTrust: 0.5, initialAnger: 0.5, patience: 0.5, volatility: 0.5, understanding: 0.5, willingness: 0.5, capacity: 0.5 },
});

describe("coreArchetype", () => {
  it.each([
    ["angry", "angry"],
    ["guilty_cooperative", "hardship"],
    ["misinformed", "confused"],
    ["face_conscious", "confused"],
    ["know_it_all", "angry"],
    ["timid", "hardship"],
    ["debt_numb", "angry"],
  ])("is derived for %s as %s", (archetype, core) => {
    expect(ZPersona.parse(persona(archetype)).coreArchetype).toBe(core);
  });

  it("may be given when the type allows it, and is rejected otherwise", () => {
    expect(ZPersona.parse(persona("face_conscious", "angry")).coreArchetype).toBe("angry");
    expect(ZPersona.safeParse(persona("timid", "angry")).error?.issues[0]?.message).toBe("timid maps onto hardship or confused, not angry");
    expect(ZPersona.safeParse(persona("hardship", "angry")).success).toBe(false);
  });
});
