import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";

/** One tactic (or, in fair.yaml, one lawful move, with no rule), three or more wordings per language, written without sight of the code. */
const ZTactic = z.object({
  id: z.string(),
  rule: z.enum(["threat", "deception", "abuse", "pressure", "third_party"]).optional(),
  zh: z.array(z.string()).min(3),
  en: z.array(z.string()).min(3),
});
export type TTactic = z.infer<typeof ZTactic>;

export const loadTactics = (file: string): TTactic[] => z.array(ZTactic).parse(parse(readFileSync(path.join(import.meta.dirname, file), "utf8")));
