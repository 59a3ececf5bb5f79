import { z } from "zod";
import { scenarioReasons } from "./scenario-reasons";
import { unlessMissing } from "./unless-missing";

/**
 * Words the customer knows or says: plain text in the scenario's language, or per language when a
 * trainer wants the same scenario to be playable in both.
 */
export const ZScenarioText = z
  .union(
    [
      z.string().min(1),
      z.strictObject({
        zh: z.string().min(1).optional().describe("Simplified Chinese"),
        en: z.string().min(1).optional().describe("English"),
      }),
    ],
    { error: unlessMissing(scenarioReasons.scenarioText) },
  )
  .describe("Text in the scenario's language, or { zh, en }");
export type TScenarioText = z.infer<typeof ZScenarioText>;
