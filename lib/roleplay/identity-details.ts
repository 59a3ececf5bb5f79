import { createHash } from "node:crypto";
import type { TScenario } from "../scenarios/scenario-schema";
import { EN_MONTHS } from "./format-money";

/** What a caller's identity check asks the customer to say back. */
export type TIdentityDetail = "birth_date" | "id_digits" | "card_digits" | "postcode" | "address";

// Order matters: "the last four of your card" is the card, "the last four of your Social" the ID number.
const ASKED: readonly [TIdentityDetail, RegExp][] = [
  ["birth_date", /date of birth|\bdob\b|\bbirthday\b|\bborn\b|出生|生日/i],
  ["card_digits", /\bcard\b.{0,30}\b(?:last|final) (?:four|4)\b|\b(?:last|final) (?:four|4)\b.{0,30}\bcard\b|卡号?.{0,6}(?:后|尾)(?:四|4)位/i],
  ["id_digits", /\b(?:last|final) (?:four|4)\b|social security (?:number|no)|\bssn\b|national insurance|身份证|证件号|(?:后|尾)(?:四|4|六|6)位/i],
  ["postcode", /\bpost ?code\b|\bzip(?: code)?\b/i],
  ["address", /\baddress\b|地址|住址|住在哪/i],
];

/** The detail an identity check asks for ("Can you confirm your date of birth?", "身份证后四位"), if it names one. */
export function identityDetailAsked(question: string): TIdentityDetail | undefined {
  return identityDetailsAsked(question)[0];
}

/** Every detail an identity check asks for, in order: "your date of birth and your postcode" asks two. */
export function identityDetailsAsked(question: string): TIdentityDetail[] {
  const asked = ASKED.filter(([, pattern]) => pattern.test(question)).map(([detail]) => detail);
  // "The last four of your card" is the card's digits, not an ID number as well; a postcode is part of the address asked.
  return asked.filter((detail) => !(detail === "id_digits" && asked.includes("card_digits")) && !(detail === "postcode" && asked.includes("address")));
}

/** A number from the scenario's id: the same customer gives the same birthday and ID digits in every call. */
const fromScenario = (scenario: TScenario, salt: string) => createHash("sha256").update(`${scenario.id}:${salt}`).digest().readUInt32BE(0);

const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;
const US_ZIP = /\b\d{5}(?:-\d{4})?\s*$/;

/**
 * What the customer says back for the detail, from the case file where it holds it (the card's last
 * digits, the registered address and its postcode) and otherwise made up once per scenario (a birthday
 * that fits the age the trainee sees, the last digits of an ID number); undefined where there is none.
 */
export function identityDetailValue(detail: TIdentityDetail, scenario: TScenario): string | undefined {
  const { caseFile, persona, language, ruleset } = scenario;
  const address = caseFile.customer.registeredAddress;
  switch (detail) {
    case "birth_date": {
      // A birthday on or before the case file's date in its year, so the age the trainee sees is the age it gives.
      const asOf = new Date(`${caseFile.case.asOf}T00:00:00Z`);
      const year = asOf.getUTCFullYear() - persona.age;
      const daysIntoYear = Math.round((asOf.getTime() - Date.UTC(asOf.getUTCFullYear(), 0, 1)) / 86_400_000);
      const birthday = new Date(Date.UTC(year, 0, 1 + (fromScenario(scenario, "day") % (daysIntoYear + 1))));
      const month = birthday.getUTCMonth() + 1;
      const day = birthday.getUTCDate();
      if (language === "zh-CN") return `${year}年${month}月${day}日`;
      return ruleset === "us" ? `${EN_MONTHS[month - 1]} ${day}, ${year}` : `${day} ${EN_MONTHS[month - 1]} ${year}`;
    }
    case "id_digits":
      return String(fromScenario(scenario, "id") % 10_000).padStart(4, "0");
    case "card_digits":
      return caseFile.account.cards[0]?.last4;
    case "postcode":
      return (UK_POSTCODE.exec(address) ?? US_ZIP.exec(address))?.[0].trim();
    case "address":
      return address;
  }
}
