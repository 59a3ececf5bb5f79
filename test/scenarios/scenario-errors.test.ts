import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadScenarioFile } from "@/lib/scenarios/load-scenario-file";
import { loadScenarioFolder } from "@/lib/scenarios/load-scenario-folder";
import { ScenarioError, ScenarioLoadError } from "@/lib/scenarios/scenario-error";

// A shipped scenario is the valid base; each test breaks one thing and expects the exact message.
const base = await readFile("scenarios/zh-hardship-factory-shutdown.yaml", "utf8");
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "parley-scenarios-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`fixture has no line with ${needle}`);
  return index + 1;
}

function edit(from: string, to: string): string {
  if (!base.includes(from)) throw new Error(`fixture has no ${from}`);
  return base.replace(from, to);
}

async function messagesFor(name: string, text: string): Promise<string[]> {
  const file = path.join(folder, name);
  await writeFile(file, text);
  const error = await loadScenarioFile(file).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ScenarioLoadError);
  return (error as ScenarioLoadError).errors.map((problem) => problem.message);
}

describe("errors in a scenario file name the file, the line and the field", () => {
  it("reports a value of the wrong type", async () => {
    const text = edit("initialTrust: 0.35", 'initialTrust: "high"');
    expect(await messagesFor("foo.yaml", text)).toEqual([`${folder}/foo.yaml:${lineOf(text, "initialTrust")}: persona.traits.initialTrust: expected a number between 0 and 1`]);
  });

  it("refuses an id the trainer's pages use for themselves", async () => {
    const text = edit("id: zh-hardship-factory-shutdown", "id: new");
    expect(await messagesFor("new.yaml", text)).toEqual([`${folder}/new.yaml:${lineOf(text, "id: new")}: id: this id is reserved; choose another`]);
  });

  it("reports a number out of range", async () => {
    const text = edit("difficulty: 1", "difficulty: 4");
    expect(await messagesFor("foo.yaml", text)).toEqual([`${folder}/foo.yaml:${lineOf(text, "difficulty")}: difficulty: expected at most 3`]);
  });

  it("reports an unknown field on the line of the typo", async () => {
    const text = edit("    patience: 0.7", "    patience: 0.7\n    patients: 0.7");
    expect(await messagesFor("foo.yaml", text)).toEqual([`${folder}/foo.yaml:${lineOf(text, "patients")}: persona.traits.patients: unknown field "patients"`]);
  });

  it("reports a missing field at its parent's line", async () => {
    const text = edit("    volatility: 0.3\n", "");
    expect(await messagesFor("foo.yaml", text)).toEqual([`${folder}/foo.yaml:${lineOf(text, "traits:")}: persona.traits.volatility: missing required field (expected a number)`]);
  });

  it("reports a value outside an enum, inside a list", async () => {
    const text = edit("      topic: family", "      topic: kids");
    expect(await messagesFor("foo.yaml", text)).toEqual([
      `${folder}/foo.yaml:${lineOf(text, "topic: kids")}: hidden.disclosures[2].topic: expected one of "situation", "income", "employment", "health", "family", "expenses", "other_debts", "savings", "plans", "payment_capacity", "dispute", got the text "kids"`,
    ]);
  });

  it("reports an unquoted phone number", async () => {
    const text = edit('number: "138 2926 4471"', "number: 13829264471");
    expect(await messagesFor("foo.yaml", text)).toEqual([
      `${folder}/foo.yaml:${lineOf(text, "13829264471")}: caseFile.customer.phoneBook[0].number: expected a string; put numbers such as phone numbers and card digits in quotes`,
    ]);
  });

  it("reports figures that do not add up", async () => {
    const text = edit("    balance: 27846.3\n    minimumPayment", "    balance: 27846.4\n    minimumPayment");
    expect(await messagesFor("foo.yaml", text)).toEqual([
      `${folder}/foo.yaml:${lineOf(text, "    cards:")}: caseFile.account.cards: card balances add up to 27846.30, not the balance 27846.40`,
      `${folder}/foo.yaml:${lineOf(text, "breakdown:")}: caseFile.account.breakdown: principal, interest and fees add up to 27846.30, not the balance 27846.40`,
    ]);
  });

  it("reports a delinquency bucket that does not match the days past due", async () => {
    const text = edit("bucket: M3", "bucket: M2");
    expect(await messagesFor("foo.yaml", text)).toEqual([`${folder}/foo.yaml:${lineOf(text, "bucket:")}: caseFile.case.bucket: 62 days past due is M3`]);
  });

  it("reports a core archetype the practitioner type does not map onto", async () => {
    const text = edit("  archetype: hardship", "  archetype: know_it_all\n  coreArchetype: hardship");
    expect(await messagesFor("foo.yaml", text)).toEqual([`${folder}/foo.yaml:${lineOf(text, "coreArchetype")}: persona.coreArchetype: know_it_all maps onto angry, not hardship`]);
  });

  it("reports the first YAML syntax error with its line", async () => {
    const text = edit("  name: 王建国", "  name: [王建国");
    expect(await messagesFor("foo.yaml", text)).toEqual([
      // The parser notices the missing ] on the next line.
      `${folder}/foo.yaml:${lineOf(text, "[王建国") + 1}: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it("reports a key written twice", async () => {
    const text = edit("difficulty: 1", "difficulty: 1\ndifficulty: 2");
    expect(await messagesFor("foo.yaml", text)).toEqual([`${folder}/foo.yaml:${lineOf(text, "difficulty: 2")}: YAML syntax: Map keys must be unique`]);
  });

  it("reports an empty file", async () => {
    expect(await messagesFor("empty.yaml", "")).toEqual([`${folder}/empty.yaml:1: expected an object, got nothing (null)`]);
  });

  it("reports a duplicate id across files, naming both", async () => {
    await writeFile(path.join(folder, "a.yaml"), base);
    await writeFile(path.join(folder, "b.yaml"), base);
    const error = await loadScenarioFolder(folder).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ScenarioLoadError);
    expect((error as ScenarioLoadError).message).toBe(`${folder}/b.yaml:${lineOf(base, "id:")}: id: duplicate id "zh-hardship-factory-shutdown", already used in ${folder}/a.yaml`);
  });

  it("lists the problems of every file in a folder, and carries file, line and path", async () => {
    await writeFile(path.join(folder, "a.yaml"), edit("difficulty: 1", "difficulty: 0"));
    await writeFile(path.join(folder, "b.yml"), edit("language: zh-CN", "language: fr"));
    await writeFile(path.join(folder, "notes.txt"), "not a scenario");
    const error = (await loadScenarioFolder(folder).catch((caught: unknown) => caught)) as ScenarioLoadError;
    expect(error.errors.map(({ file, line, path: fieldPath }) => ({ file, line, fieldPath }))).toEqual([
      { file: `${folder}/a.yaml`, line: lineOf(base, "difficulty"), fieldPath: ["difficulty"] },
      { file: `${folder}/b.yml`, line: lineOf(base, "language:"), fieldPath: ["language"] },
    ]);
    expect(error.errors[0]).toBeInstanceOf(ScenarioError);
    expect(error.errors[0]!.reason).toBe("expected at least 1");
  });
});
