import { readFileSync } from "node:fs";
import { learnedExamples } from "./test/scoring/learned/learned-examples";
import { fitCategories, probability } from "./test/scoring/learned/train-learned-reader";
import { LEARNED_CATEGORIES } from "./lib/scoring/learned/learned-reader-schema";
const examples = learnedExamples();
const fitted = fitCategories(examples.filter((e) => e.source !== "dev-9"));
const dev9 = examples.filter((e) => e.source === "dev-9");
const rules = readFileSync("/tmp/dev9-rules.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
rules.forEach((r, i) => {
  for (const [category, severity] of r.found) {
    if (!(LEARNED_CATEGORIES as readonly string[]).includes(category) || severity === "minor") continue;
    const p = probability(fitted, category, dev9[i]!.features);
    if (p < 0.1) console.log(r.expect.includes(category) ? "TP" : "FP", category, severity, p.toFixed(3), r.id);
  }
});
