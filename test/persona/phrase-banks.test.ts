import { describe, expect, it } from "vitest";
import type { TPhraseBank, TVariants } from "../../lib/roleplay/phrase-bank-schema";
import { PHRASES_EN } from "../../lib/roleplay/phrases-en";
import { PHRASES_ZH } from "../../lib/roleplay/phrases-zh";
import { debtorAsCalledBy } from "../../lib/roleplay/third-party-words";
import { ZRelation } from "../../lib/scenarios/scenario-fields";
import { findMustStopTriggers } from "../../lib/scoring/find-must-stop-triggers";

/** Acts whose words may sound like a must-stop moment: complaining ends the call anyway. */
const MAY_TRIGGER = new Set(["complain"]);

function phrases(bank: TPhraseBank): [string, string][] {
  const all: [string, string][] = [];
  const add = (act: string, variants: TVariants) =>
    Object.values(variants)
      .flat()
      .forEach((phrase) => all.push([act, phrase as string]));
  for (const [act, entry] of Object.entries(bank.acts)) {
    if ("default" in entry) add(act, entry as TVariants);
    else Object.values(entry as Record<string, TVariants>).forEach((variants) => add(act, variants));
  }
  return all;
}

describe.each([
  ["zh-CN", PHRASES_ZH],
  ["en", PHRASES_EN],
] as const)("%s phrase bank", (language, bank) => {
  it("never sounds like a must-stop moment the machine did not decide", () => {
    const names = ZRelation.options.flatMap((relation) =>
      (["male", "female"] as const).flatMap((gender) => (["cn", "us", "uk"] as const).map((ruleset) => debtorAsCalledBy(relation, gender, language, ruleset))),
    );
    for (const [act, phrase] of phrases(bank)) {
      if (MAY_TRIGGER.has(act)) continue;
      for (const relation of names) {
        const text = phrase.replace(/\{relation\}/g, relation).replace(/\{\w+\}/g, "X");
        expect(findMustStopTriggers(text, language), `${act}: ${text}`).toEqual([]);
      }
    }
  });

  it("refers back to what was said without a yes: a refusal or a counter-offer said again stays one", () => {
    const agreeing = /\b(?:yes|yeah|works|okay|ok|fine|deal|sure|agreed?)\b|好的|可以|行吧|就按|办吧|没问题|同意/i;
    for (const phrase of Object.values(bank.alreadySaid).flat()) expect(phrase, phrase).not.toMatch(agreeing);
  });
});

describe("how a third party names the cardholder", () => {
  it("says 'him' or 'her' where English wants the object ('I'll hand him the phone', not 'hand he')", () => {
    for (const [act, phrase] of phrases(PHRASES_EN)) expect(phrase, act).not.toMatch(/\b(?:get|hand|tell|have|about|with|to|for)\s+\{pronoun\}/);
  });

  it("turns the relation round and speaks the caller's own English", () => {
    expect(debtorAsCalledBy("child", "female", "en", "uk")).toBe("my mum");
    expect(debtorAsCalledBy("child", "female", "en", "us")).toBe("my mom");
    expect(debtorAsCalledBy("parent", "male", "en", "uk")).toBe("my son");
    expect(debtorAsCalledBy("spouse", "male", "zh-CN", "cn")).toBe("我老公");
  });
});
