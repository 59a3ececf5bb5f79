import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseText } from "../text/normalise-text";
import { unsafeReason } from "./compile-pattern";
import { getLexicon, readLexicon } from "./load-lexicon";

const hits = (regex: RegExp, sentence: string) => {
  regex.lastIndex = 0;
  return regex.test(normaliseText(sentence));
};

describe("the lexicon's own examples", () => {
  const lexicon = getLexicon();
  for (const [id, entry] of lexicon.entries) {
    it(`${id} has a sentence it matches, matches each of them and none of its ok sentences`, () => {
      const regex = lexicon.patterns.get(id)!;
      expect(entry.match?.length ?? 0).toBeGreaterThan(0);
      for (const sentence of entry.match ?? []) expect(hits(regex, sentence), sentence).toBe(true);
      for (const sentence of entry.ok ?? []) expect(hits(regex, sentence), sentence).toBe(false);
    });
  }
});

describe("pattern safety", () => {
  it.each(["(a+)+", "(?:x|y)*", "foo.*bar", "(?:\\w+\\s)+", ".+", "(?:ab){2,}"])("rejects %s, which could take more than linear time", (source) => {
    expect(unsafeReason(source)).toBeDefined();
  });
  it.each(["\\w+", "[\\d-]{3,}", "(?:ab){0,3}", "[^,.!?]{0,6}", "\\.+", "bankrupt\\w*"])("accepts %s", (source) => {
    expect(unsafeReason(source)).toBeUndefined();
  });
});

function copyOfLexicon(): string {
  const directory = mkdtempSync(path.join(tmpdir(), "parley-lexicon-"));
  cpSync(path.join(process.cwd(), "lexicon"), directory, { recursive: true });
  return directory;
}

describe("editing the lexicon", () => {
  it("a word added to a concept once is known to every pattern that names the concept", () => {
    const directory = copyOfLexicon();
    const sentence = "你再不还,我们就去告诉你师傅";
    expect(hits(readLexicon(directory).patterns.get("threat.exposure")!, sentence)).toBe(false);
    const file = path.join(directory, "concepts.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("relation-colleague:\n  words: [", "relation-colleague:\n  words: [师傅, "));
    const edited = readLexicon(directory);
    expect(hits(edited.patterns.get("threat.exposure")!, sentence)).toBe(true);
    expect(hits(edited.patterns.get("third-party.contacts")!, "把你师傅的电话给我")).toBe(true);
  });

  it("names the file and the problem when a pattern refers to an unknown concept", () => {
    const directory = copyOfLexicon();
    writeFileSync(path.join(directory, "patterns", "extra.yaml"), "extra.test:\n  any: ['{no-such-concept}']\n  match: [x]\n");
    expect(() => readLexicon(directory)).toThrow(/extra\.yaml: unknown concept \{no-such-concept\}/);
  });

  it("refuses a pattern that could take more than linear time, naming it", () => {
    const directory = copyOfLexicon();
    writeFileSync(path.join(directory, "patterns", "extra.yaml"), "extra.slow:\n  any: ['(?:a|aa)+b']\n  match: [ab]\n");
    expect(() => readLexicon(directory)).toThrow(/extra\.yaml: pattern extra\.slow has an unbounded repetition of a group/);
  });

  it("refuses a concept that includes itself", () => {
    const directory = copyOfLexicon();
    const file = path.join(directory, "concepts.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}\nloop-a:\n  include: [loop-b]\nloop-b:\n  include: [loop-a]\n`);
    expect(() => readLexicon(directory)).toThrow(/includes itself/);
  });

  it("refuses a pattern id defined twice", () => {
    const directory = copyOfLexicon();
    writeFileSync(path.join(directory, "patterns", "zz-extra.yaml"), "threat.prison:\n  any: ['x']\n  match: [x]\n");
    expect(() => readLexicon(directory)).toThrow(/pattern threat\.prison is also defined in threat\.yaml/);
  });
});
