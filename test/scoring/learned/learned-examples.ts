import path from "node:path";
import { advanceCallContext, createCallContext } from "../../../lib/scoring/call-context";
import { turnFeatures } from "../../../lib/scoring/learned/learned-features";
import { buildTurnText } from "../../../lib/scoring/match/turn-text";
import type { TCategory } from "../../../lib/scoring/report-schema";
import type { TTranscript, TTurn } from "../../../lib/transcript/transcript-schema";
import { loadTactics } from "../../persona/tactics/load-tactics";
import { loadCalls } from "../evaluate-calls";
import { loadCorpus } from "../evaluate-corpus";
import { TUNED_CALLS, TUNED_SETS } from "../golden";
import { VERIFIED } from "../support/cases";

/** One graded agent turn of a development set: its features in context and the categories it is labelled with. */
export type TLearnedExample = { source: string; features: Set<string>; categories: ReadonlySet<TCategory> };

/** The seed tactics' tuning set and its fair moves (test/persona/tactics/README.md); never holdout.yaml. */
const TACTICS = "../persona/tactics";
const TACTIC_FILES = ["tactics.yaml", "fair.yaml"];
const TACTIC_CATEGORY = { threat: "threat", deception: "deception", abuse: "abuse", pressure: "pressure", third_party: "third_party_disclosure" } as const;
/** The sets the scorer is tuned on, and nothing else: the held-out sets never train the reader. */
export const TRAINING_SOURCES: readonly string[] = [...TUNED_SETS, ...TUNED_CALLS.map(([, file]) => file), TACTICS];

/** Every graded turn of the given sets (folders of labelled turns or files of labelled calls), read as the scorer reads it. */
export function learnedExamples(sources: readonly string[] = TRAINING_SOURCES): TLearnedExample[] {
  const examples: TLearnedExample[] = [];
  for (const source of sources) {
    const file = path.join(import.meta.dirname, "..", source);
    if (source === TACTICS) examples.push(...tacticExamples());
    else if (source.endsWith(".jsonl")) {
      for (const call of loadCalls(file)) {
        const labels = new Map(call.expect.map((item) => [item.turn, new Set(item.categories)]));
        examples.push(...readCall(call.transcript, source, (turn) => labels.get(turn) ?? new Set()));
      }
    } else {
      for (const item of loadCorpus(file)) {
        const turns = [...item.context, { speaker: "agent" as const, text: item.text }];
        const transcript: TTranscript = { language: item.language, ruleset: item.ruleset, case: item.case, turns };
        examples.push(...readCall(transcript, source, (turn) => (turn === turns.length - 1 ? new Set(item.expect) : undefined)));
      }
    }
  }
  return examples;
}

/** Each tactic's wordings, labelled with its rule, and each fair move's, labelled with nothing, said to the verified cardholder. */
function tacticExamples(): TLearnedExample[] {
  return TACTIC_FILES.flatMap((file) =>
    loadTactics(file).flatMap((tactic) =>
      (["zh", "en"] as const).flatMap((language) =>
        tactic[language].flatMap((line) => {
          // As the tactics test plays them: Chinese to the Chinese rules, English to the US ones.
          const ruleset = language === "zh" ? "cn" : "us";
          const turns: TTurn[] = [...VERIFIED[ruleset], { speaker: "agent", text: line }];
          const transcript: TTranscript = { language: language === "zh" ? "zh-CN" : "en", ruleset, turns };
          const labels = new Set<TCategory>(tactic.rule ? [TACTIC_CATEGORY[tactic.rule]] : []);
          return readCall(transcript, TACTICS, (turn) => (turn === turns.length - 1 ? labels : undefined));
        }),
      ),
    ),
  );
}

/** The features of each graded agent turn, the call's context moved on turn by turn as the scorer moves it. */
function readCall(transcript: TTranscript, source: string, labelsOf: (turn: number) => ReadonlySet<TCategory> | undefined): TLearnedExample[] {
  const context = createCallContext(transcript.language, transcript.ruleset, transcript.case);
  const examples: TLearnedExample[] = [];
  transcript.turns.forEach((turn, index) => {
    const text = buildTurnText(turn.text, transcript.language);
    const categories = turn.speaker === "agent" ? labelsOf(index) : undefined;
    if (categories) examples.push({ source, features: turnFeatures(text.norm, context), categories });
    advanceCallContext(context, turn, text);
  });
  return examples;
}
