import { z } from "zod";
import { ZLanguage, ZRulesetId } from "../transcript/transcript-schema";
import { ZAnsweredBy } from "./answered-by-schema";
import { ZCaseFile } from "./case-file-schema";
import { scenarioProblems } from "./check-scenario";
import { ZHidden } from "./hidden-schema";
import { ZPersona } from "./persona-schema";
import { ZPolicy } from "./policy-schema";
import { reasonIssue, scenarioReasons } from "./scenario-reasons";
import { ZLocalizedText } from "../i18n/localized-text";

/**
 * A scenario file as trainers write it (scenarios/*.yaml). `caseFile` and `policy` are what the
 * trainee sees before the call; `persona` (apart from name, age, gender), `hidden` and `answeredBy`
 * drive the simulated customer and never reach the browser; `goals` wait for the debrief
 * (see toTraineeView).
 */
const RESERVED_IDS = new Set(["new"]);

export const ZScenario = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, scenarioReasons.kebabCaseId.en)
      // Scenario pages live under /trainer/scenarios/<id>, beside the editor's /trainer/scenarios/new.
      .refine((id) => !RESERVED_IDS.has(id), reasonIssue(scenarioReasons.reservedId))
      .describe("Stable kebab-case id, unique across the folder"),
    title: ZLocalizedText.describe("Short title shown in scenario lists"),
    summary: ZLocalizedText.describe("One or two sentences for the trainee: who they are calling and why"),
    language: ZLanguage.describe("Language the customer speaks in the call"),
    ruleset: ZRulesetId.describe("Rule set the call is judged by: cn, us or uk"),
    difficulty: z.number().int().min(1).max(3).describe("1 introductory, 2 intermediate, 3 hard"),
    answeredBy: ZAnsweredBy,
    persona: ZPersona,
    caseFile: ZCaseFile,
    policy: ZPolicy,
    hidden: ZHidden,
    goals: z.array(ZLocalizedText).min(1).describe("What a good call achieves; shown with the score report after the call, so it may name the must-stop moment"),
  })
  .superRefine((scenario, ctx) => {
    for (const { path, reason } of scenarioProblems(scenario)) ctx.addIssue({ code: "custom", path, ...reasonIssue(reason) });
  })
  .describe("A Parley training scenario: one customer, one account, one call");

export type TScenario = z.infer<typeof ZScenario>;
/** The shape written in a file, before defaults and derived fields are filled in. */
export type TScenarioInput = z.input<typeof ZScenario>;
