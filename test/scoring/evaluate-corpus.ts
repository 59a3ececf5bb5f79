import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { scoreTranscript } from "../../lib/scoring/score-transcript";
import { STRENGTH_CATEGORIES, VIOLATION_CATEGORIES, ZCategory, isViolation, type TCategory, type TFinding } from "../../lib/scoring/report-schema";
import { ZCaseFacts, ZLanguage, ZRulesetId, ZTurn } from "../../lib/transcript/transcript-schema";

/** One labelled agent turn, as test/scoring/corpus/README.md describes. */
export const ZCorpusItem = z.object({
  id: z.string(),
  language: ZLanguage,
  ruleset: ZRulesetId,
  case: ZCaseFacts.optional(),
  context: z.array(ZTurn),
  text: z.string(),
  expect: z.array(ZCategory),
  ruleIds: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type TCorpusItem = z.infer<typeof ZCorpusItem>;

export type TCounts = { tp: number; fp: number; fn: number };
export type TEvaluation = {
  items: number;
  perCategory: Record<TCategory, TCounts>;
  violations: TCounts;
  strengths: TCounts;
  misses: { id: string; category: TCategory }[];
  falseAlarms: { id: string; category: TCategory; evidence: string }[];
  wrongRuleIds: { id: string; expected: string[]; found: string[] }[];
};

export function loadCorpus(directory: string): TCorpusItem[] {
  const items: TCorpusItem[] = [];
  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith(".jsonl"))
    .sort()) {
    readFileSync(path.join(directory, file), "utf8")
      .split("\n")
      .forEach((line, index) => {
        if (line.trim() === "") return;
        const parsed = ZCorpusItem.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`${file}:${index + 1}: ${z.prettifyError(parsed.error)}`);
        items.push(parsed.data);
      });
  }
  return items;
}

/**
 * Categories found on the graded (last) turn. Strength categories count only as strengths
 * (severity positive): a "never identified yourself" finding does not show self-identification.
 */
export function categoriesFound(findings: readonly TFinding[], turn: number): Map<TCategory, TFinding> {
  const found = new Map<TCategory, TFinding>();
  for (const finding of findings) {
    if (finding.turn !== turn) continue;
    if (!isViolation(finding.category) && finding.severity !== "positive") continue;
    if (!found.has(finding.category)) found.set(finding.category, finding);
  }
  return found;
}

export type TTally = Pick<TEvaluation, "perCategory" | "violations" | "strengths">;
const zero = (): TCounts => ({ tp: 0, fp: 0, fn: 0 });
export const emptyTally = (): TTally => ({
  perCategory: Object.fromEntries(ZCategory.options.map((category) => [category, zero()])) as Record<TCategory, TCounts>,
  violations: zero(),
  strengths: zero(),
});

/** Counts one graded turn: what was found against what the label expects, category by category. */
export function tallyTurn(
  tally: TTally,
  found: ReadonlyMap<TCategory, TFinding>,
  expected: ReadonlySet<TCategory>,
  onFalseAlarm: (category: TCategory, finding: TFinding) => void,
  onMiss: (category: TCategory) => void,
): void {
  for (const category of ZCategory.options) {
    const counts = tally.perCategory[category];
    const group = isViolation(category) ? tally.violations : tally.strengths;
    const finding = found.get(category);
    if (finding && expected.has(category)) counts.tp++, group.tp++;
    else if (finding) {
      counts.fp++;
      group.fp++;
      onFalseAlarm(category, finding);
    } else if (expected.has(category)) {
      counts.fn++;
      group.fn++;
      onMiss(category);
    }
  }
}

export function evaluateCorpus(items: readonly TCorpusItem[]): TEvaluation {
  const evaluation: TEvaluation = { items: items.length, ...emptyTally(), misses: [], falseAlarms: [], wrongRuleIds: [] };
  for (const item of items) {
    const turns = [...item.context, { speaker: "agent" as const, text: item.text }];
    const report = scoreTranscript({ id: item.id, language: item.language, ruleset: item.ruleset, case: item.case, turns });
    const found = categoriesFound(report.findings, turns.length - 1);
    tallyTurn(
      evaluation,
      found,
      new Set(item.expect),
      (category, finding) => evaluation.falseAlarms.push({ id: item.id, category, evidence: finding.evidence }),
      (category) => evaluation.misses.push({ id: item.id, category }),
    );
    const foundRules = report.findings.filter((finding) => finding.turn === turns.length - 1).map((finding) => finding.ruleId);
    // Hard negatives name the rule they stay clear of; only positive labels must be cited.
    if (item.expect.length > 0 && item.ruleIds && item.ruleIds.some((rule) => !foundRules.includes(rule)))
      evaluation.wrongRuleIds.push({ id: item.id, expected: item.ruleIds, found: foundRules });
  }
  return evaluation;
}

export const precision = (counts: TCounts) => (counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp));
export const recall = (counts: TCounts) => (counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn));
export const CATEGORY_ORDER = [...VIOLATION_CATEGORIES, ...STRENGTH_CATEGORIES];
