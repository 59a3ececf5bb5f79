import { ZAnsweredBy } from "@/lib/scenarios/answered-by-schema";
import { ZCaseFile } from "@/lib/scenarios/case-file-schema";
import { ZHidden, ZTopic } from "@/lib/scenarios/hidden-schema";
import { ZArchetype, ZPersona, ZTraits } from "@/lib/scenarios/persona-schema";
import { ZRelation, ZWaivable } from "@/lib/scenarios/scenario-fields";
import { formatScenarioPath } from "@/lib/scenarios/scenario-error";
import type { TFieldPath } from "@/lib/scenario-store/set-scenario-field";
import { ZLanguage, ZRulesetId } from "@/lib/transcript/transcript-schema";

/** The fields the form view edits; every other part of a scenario is edited in the YAML view. */
export type TFieldSpec = {
  path: TFieldPath;
  kind: "text" | "textarea" | "number" | "fraction" | "select" | "checklist" | "scenarioText";
  options?: readonly (string | number | boolean)[];
  optional?: boolean;
};

const field = (kind: TFieldSpec["kind"], path: TFieldPath, extra: Omit<TFieldSpec, "kind" | "path"> = {}): TFieldSpec => ({ kind, path, ...extra });
const account = (...rest: string[]) => ["caseFile", "account", ...rest];

export const FORM_SECTIONS: { id: string; fields: TFieldSpec[] }[] = [
  {
    id: "general",
    fields: [
      field("text", ["id"]),
      field("text", ["title", "zh"]),
      field("text", ["title", "en"]),
      field("textarea", ["summary", "zh"]),
      field("textarea", ["summary", "en"]),
      field("select", ["language"], { options: ZLanguage.options }),
      field("select", ["ruleset"], { options: ZRulesetId.options }),
      field("select", ["difficulty"], { options: [1, 2, 3] }),
    ],
  },
  {
    id: "persona",
    fields: [
      field("select", ["persona", "archetype"], { options: ZArchetype.options }),
      field("text", ["persona", "name"]),
      field("number", ["persona", "age"]),
      field("select", ["persona", "gender"], { options: ZPersona.in.shape.gender.options }),
      ...ZTraits.keyof().options.map((trait) => field("fraction", ["persona", "traits", trait])),
    ],
  },
  {
    id: "answeredBy",
    fields: [
      field("select", ["answeredBy", "party"], { options: ZAnsweredBy.shape.party.options }),
      field("select", ["answeredBy", "relation"], { options: ZRelation.options, optional: true }),
      field("text", ["answeredBy", "name"], { optional: true }),
      field("select", ["answeredBy", "passesPhone"], { options: ZAnsweredBy.shape.passesPhone.unwrap().options, optional: true }),
      field("select", ["answeredBy", "knowsAboutDebt"], { options: [true, false], optional: true }),
    ],
  },
  {
    id: "amounts",
    fields: [
      field("select", account("currency"), { options: ZCaseFile.shape.account.shape.currency.options }),
      field("number", account("balance")),
      field("number", account("minimumPayment")),
      field("number", account("breakdown", "principal")),
      field("number", account("breakdown", "interest")),
    ],
  },
  {
    id: "policy",
    fields: [
      field("number", ["policy", "maxInstallmentMonths"]),
      field("number", ["policy", "minimumFirstPayment"]),
      field("number", ["policy", "settlementFloor"], { optional: true }),
      field("number", ["policy", "deferralMonths"]),
      field("checklist", ["policy", "waivable"], { options: ZWaivable.options }),
    ],
  },
  {
    id: "hidden",
    fields: [
      field("select", ["hidden", "reasonKind"], { options: ZHidden.shape.reasonKind.options }),
      field("scenarioText", ["hidden", "realReason"]),
      field("number", ["hidden", "monthlyIncome"]),
      field("number", ["hidden", "canPayToday"]),
      field("number", ["hidden", "canPayMonthly"], { optional: true }),
    ],
  },
];

export const disclosureFields = (index: number): TFieldSpec[] => [
  field("text", ["hidden", "disclosures", index, "id"]),
  field("scenarioText", ["hidden", "disclosures", index, "fact"]),
  field("select", ["hidden", "disclosures", index, "topic"], { options: ZTopic.options }),
  field("fraction", ["hidden", "disclosures", index, "minTrust"]),
];

/** Paths of every control the form shows for these values: problems elsewhere are listed apart. */
export function formFieldNames(disclosureCount: number): Set<string> {
  const specs = [...FORM_SECTIONS.flatMap((section) => section.fields), ...Array.from({ length: disclosureCount }, (_, index) => disclosureFields(index)).flat()];
  return new Set(specs.map((spec) => formatScenarioPath(spec.path)));
}
