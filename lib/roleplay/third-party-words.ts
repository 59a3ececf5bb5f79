import type { TRelation } from "../scenarios/scenario-fields";
import type { TLanguage, TRulesetId } from "../transcript/transcript-schema";

type TGender = "female" | "male";

/**
 * How a third party names the cardholder ("我老公", "my son") from the relation the scenario gives
 * and the cardholder's gender: the relation is theirs to the cardholder, so it is turned round.
 */
const CALLED: Record<TRelation, Record<TGender, [zh: string, en: string]>> = {
  spouse: { male: ["我老公", "my husband"], female: ["我老婆", "my wife"] },
  parent: { male: ["我儿子", "my son"], female: ["我女儿", "my daughter"] },
  child: { male: ["我爸", "my dad"], female: ["我妈", "my mom"] },
  sibling: { male: ["我哥", "my brother"], female: ["我姐", "my sister"] },
  colleague: { male: ["我同事", "my colleague"], female: ["我同事", "my colleague"] },
  roommate: { male: ["我室友", "my roommate"], female: ["我室友", "my roommate"] },
  friend: { male: ["我朋友", "my friend"], female: ["我朋友", "my friend"] },
};

/** Words a British caller says differently from an American one. */
const BRITISH: Record<string, string> = { "my mom": "my mum" };

export function debtorAsCalledBy(relation: TRelation, debtorGender: TGender, language: TLanguage, ruleset: TRulesetId): string {
  if (language === "zh-CN") return CALLED[relation][debtorGender][0];
  const words = CALLED[relation][debtorGender][1];
  return ruleset === "uk" ? (BRITISH[words] ?? words) : words;
}

export function pronounOf(gender: TGender, language: TLanguage, form: "subject" | "object" = "subject"): string {
  if (language === "zh-CN") return gender === "male" ? "他" : "她";
  if (form === "object") return gender === "male" ? "him" : "her";
  return gender === "male" ? "he" : "she";
}
