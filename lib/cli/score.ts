import { readFile } from "node:fs/promises";
import path from "node:path";
import { EnvError, env, llmSettings } from "../env";
import { scoreWithOptionalJudge } from "../judge/score-with-optional-judge";
import { explainTurn, formatExplanation } from "../scoring/explain-turn";
import { formatReport } from "../scoring/format-report";
import { parseTranscriptInput } from "../scoring/parse-transcript-input";
import { ZLanguage, ZRulesetId } from "../transcript/transcript-schema";
import { isEntryPoint } from "./is-entry-point";

/**
 * npm run --silent score -- [--json] [--judge] FILE [FILE...]   (FILE may be "-" for standard input)
 * One report per file, in input order. A bad file is reported on stderr and makes the exit code 1,
 * but the other files are still scored. Files are read with bounded concurrency.
 * --judge (or PARLEY_LLM_JUDGE=true) adds the LLM judge's second opinion when a model is configured.
 * --explain "LINE" [--language zh-CN|en] [--ruleset cn|us|uk] [--json] prints which lexicon patterns
 * fired on an agent's line, on which words, what could suppress them, and the findings it gets.
 */
const READ_CONCURRENCY = 64;
/** Each judged file is one LLM request; more at once mostly buys rate-limit errors. */
const JUDGE_CONCURRENCY = 4;
const USAGE =
  "usage: npm run --silent score -- [--json] [--judge] FILE [FILE...]   (use - for standard input)\n" +
  '       npm run --silent score -- --explain "LINE" [--language zh-CN|en] [--ruleset cn|us|uk] [--json]\n';

type TOutcome = { output: string; error?: undefined } | { output?: undefined; error: string };

/** The command itself, callable in-process (the tests do); exits are left to the caller. */
export async function main(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  if (argv.includes("--explain")) return explain(argv, json);
  const files = argv.filter((arg) => arg !== "--json" && arg !== "--judge");
  if (files.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  let judge: boolean;
  try {
    judge = argv.includes("--judge") || env().PARLEY_LLM_JUDGE;
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const judging = judge && llmSettings() !== undefined;
  if (judge && !judging) {
    process.stderr.write(
      "warning: the LLM judge needs a model, and none is configured (set PARLEY_LLM_MODEL and OPENAI_BASE_URL or OPENAI_API_KEY); printing the deterministic reports\n",
    );
  }
  let failed = false;
  await mapInOrder(
    files,
    judging ? JUDGE_CONCURRENCY : READ_CONCURRENCY,
    (file) => scoreFile(file, json, judging),
    async (outcome) => {
      if (outcome.error !== undefined) {
        failed = true;
        process.stderr.write(outcome.error);
      } else await write(outcome.output);
    },
  );
  return failed ? 1 : 0;
}

function explain(argv: string[], json: boolean): number {
  const flagValue = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const line = flagValue("--explain");
  const language = flagValue("--language");
  const ruleset = flagValue("--ruleset");
  const languageOk = ZLanguage.safeParse(language ?? "en");
  const rulesetOk = ZRulesetId.safeParse(ruleset ?? "cn");
  if (line === undefined || !languageOk.success || !rulesetOk.success) {
    process.stderr.write(line === undefined ? USAGE : `--language takes zh-CN or en, --ruleset cn, us or uk\n`);
    return 2;
  }
  const explanation = explainTurn(line, { language: language ? languageOk.data : undefined, ruleset: ruleset ? rulesetOk.data : undefined });
  process.stdout.write(json ? `${JSON.stringify(explanation)}\n` : formatExplanation(explanation));
  return 0;
}

async function scoreFile(file: string, json: boolean, judge: boolean): Promise<TOutcome> {
  const name = file === "-" ? "<stdin>" : file;
  let text: string;
  try {
    text = file === "-" ? await readStdin() : await readFile(file, "utf8");
  } catch (error) {
    return { error: `${name}: cannot read: ${error instanceof Error ? error.message : String(error)}\n` };
  }
  const parsed = parseTranscriptInput(text);
  if (!parsed.ok) return { error: parsed.errors.map((message) => `${name}: ${message}\n`).join("") };
  const fallbackId = file === "-" ? undefined : path.basename(file).replace(/\.json$/i, "");
  const report = await scoreWithOptionalJudge(parsed.transcript, { fallbackId, judge });
  return { output: json ? `${JSON.stringify(report)}\n` : `${formatReport(report, parsed.transcript.language)}\n` };
}

/** Runs `work` on at most `limit` items at once and hands results to `emit` in input order. */
async function mapInOrder<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>, emit: (result: R) => Promise<void>) {
  const results = new Map<number, R>();
  let next = 0;
  let emitted = 0;
  let flushing = Promise.resolve();
  const flush = async () => {
    while (results.has(emitted)) {
      const result = results.get(emitted)!;
      results.delete(emitted);
      emitted++;
      await emit(result);
    }
  };
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results.set(index, await work(items[index]!));
      flushing = flushing.then(flush);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  await flushing;
}

function write(text: string): Promise<void> {
  return new Promise((resolve) => (process.stdout.write(text) ? resolve() : process.stdout.once("drain", resolve)));
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

if (isEntryPoint(import.meta.url)) {
  // A reader that stops early (`| head`) closes the pipe: that ends the output, it is not a failure.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(process.argv.slice(2));
}
