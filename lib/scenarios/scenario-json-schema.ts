import { z } from "zod";
import { ZScenario } from "./scenario-schema";

/**
 * The JSON Schema editors use to autocomplete and check scenarios/*.yaml. It describes the file as
 * written (`io: "input"`: defaults optional, derived fields optional); draft-07 because that is what
 * yaml-language-server supports best.
 */
export function scenarioJsonSchemaText(): string {
  const schema = z.toJSONSchema(ZScenario, { io: "input", target: "draft-07" });
  return `${JSON.stringify({ ...schema, title: "Parley scenario" }, null, 2)}\n`;
}
