import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { compilePattern, expandConcept, LexiconError } from "./compile-pattern";
import { ZConcepts, ZPatternFile, type TConcept, type TPatternEntry } from "./lexicon-schema";

/** The concept lexicon and the named patterns over it, validated and compiled once. */
export type TLexicon = {
  concepts: Record<string, TConcept>;
  entries: Map<string, TPatternEntry & { file: string }>;
  patterns: Map<string, RegExp>;
};

// From the working directory, as for rulesets/ and scenarios/: the server, the commands and the
// tests all run from the project root.
const LEXICON_DIR = () => path.join(process.cwd(), "lexicon");

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  const relative = path.relative(process.cwd(), file);
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new LexiconError(`${relative}: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new LexiconError(`${relative}: ${z.prettifyError(result.error)}`);
  return result.data;
}

export function readLexicon(directory = LEXICON_DIR()): TLexicon {
  const concepts = readYaml(path.join(directory, "concepts.yaml"), ZConcepts);
  for (const name of Object.keys(concepts)) expandConcept(name, concepts);
  const entries: TLexicon["entries"] = new Map();
  const patterns: TLexicon["patterns"] = new Map();
  const patternDir = path.join(directory, "patterns");
  for (const file of readdirSync(patternDir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()) {
    for (const [id, entry] of Object.entries(readYaml(path.join(patternDir, file), ZPatternFile))) {
      if (entries.has(id)) throw new LexiconError(`lexicon/patterns/${file}: pattern ${id} is also defined in ${entries.get(id)!.file}`);
      entries.set(id, { ...entry, file });
      try {
        patterns.set(id, compilePattern(id, entry.any, concepts));
      } catch (error) {
        throw new LexiconError(`lexicon/patterns/${file}: ${(error as Error).message}`);
      }
    }
  }
  return { concepts, entries, patterns };
}

let loaded: TLexicon | undefined;

/** The project's lexicon, read on first use. */
export function getLexicon(): TLexicon {
  loaded ??= readLexicon();
  return loaded;
}

/** The compiled matcher of a named pattern; a detector asking for a missing one is a programming error. */
export function pattern(id: string): RegExp {
  const regex = getLexicon().patterns.get(id);
  if (!regex) throw new LexiconError(`no pattern ${id} in lexicon/patterns`);
  return regex;
}

/** A concept's alternation, for code that builds a matcher around it (the listener's own words). */
export const concept = (name: string): string => expandConcept(name, getLexicon().concepts);
