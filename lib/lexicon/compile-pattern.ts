import type { TConcept } from "./lexicon-schema";

export class LexiconError extends Error {}

const escapeLiteral = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The alternation a concept stands for: its words (longest first, so the longest form wins), forms and included concepts. */
export function expandConcept(name: string, concepts: Readonly<Record<string, TConcept>>, seen: readonly string[] = []): string {
  const concept = concepts[name];
  if (!concept) throw new LexiconError(`unknown concept {${name}}${seen.length ? ` (in ${seen.at(-1)})` : ""}`);
  if (seen.includes(name)) throw new LexiconError(`concept {${name}} includes itself through ${seen.join(" → ")}`);
  const words = [...new Set(collectWords(name, concepts, [...seen, name]))].sort((a, b) => b.length - a.length).map(escapeLiteral);
  const forms = collectForms(name, concepts, [...seen, name]);
  return `(?:${[...words, ...forms].join("|")})`;
}

function collectWords(name: string, concepts: Readonly<Record<string, TConcept>>, seen: readonly string[]): string[] {
  const concept = concepts[name];
  if (!concept) throw new LexiconError(`unknown concept {${name}} (in ${seen.at(-2) ?? name})`);
  return [...(concept.words ?? []), ...(concept.include ?? []).flatMap((other) => (seen.includes(other) ? cycle(other, seen) : collectWords(other, concepts, [...seen, other])))];
}

function collectForms(name: string, concepts: Readonly<Record<string, TConcept>>, seen: readonly string[]): string[] {
  const concept = concepts[name]!;
  return [...(concept.forms ?? []), ...(concept.include ?? []).flatMap((other) => collectForms(other, concepts, [...seen, other]))];
}

const cycle = (name: string, seen: readonly string[]): never => {
  throw new LexiconError(`concept {${name}} includes itself through ${seen.join(" → ")}`);
};

/** Expands {concept} references and the gap shorthands into a regular-expression source. */
export function expandPattern(source: string, concepts: Readonly<Record<string, TConcept>>): string {
  return source
    .replace(/\{([a-z][a-z0-9-]*)\}/g, (_, name: string) => expandConcept(name, concepts))
    .replace(/~~(\d+)/g, "[^.!?]{0,$1}")
    .replace(/~(\d+)/g, "[^,.!?]{0,$1}");
}

/**
 * Why a source could take more than linear time, or undefined when it cannot: every repetition of
 * a group is bounded, and no wildcard repeats without bound. Unbounded repetition of one character
 * class (\w+, [\d-]{3,}) stays linear.
 */
export function unsafeReason(source: string): string | undefined {
  if (/(?<!\\)\.(?:[*+]|\{\d+,\})/.test(source)) return "an unbounded wildcard (.* or .+)";
  if (/(?<!\\)\)(?:[*+]|\{\d+,\})/.test(source)) return "an unbounded repetition of a group";
  return undefined;
}

const WORD_BOUNDED = /^\\b(.*)\\b$/;

/**
 * Runs of whole-word alternatives (\bjail\b, \bprison\b…) are matched as one \b(?:jail|prison)\b:
 * the same matches in the same order, but the engine tests the word boundary once per position
 * instead of once per alternative, which is what keeps a 40-turn call within milliseconds.
 */
function groupWordAlternatives(sources: readonly string[]): string[] {
  const grouped: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 1) grouped.push(`\\b${run[0]}\\b`);
    else if (run.length > 1) grouped.push(`\\b(?:${run.join("|")})\\b`);
    run = [];
  };
  for (const source of sources) {
    const inner = WORD_BOUNDED.exec(source)?.[1];
    if (inner !== undefined && balanced(inner)) run.push(inner);
    else {
      flush();
      grouped.push(source);
    }
  }
  flush();
  return grouped;
}

/** True when every group opened in a source is closed in it, so it can stand inside (?:…|…). */
function balanced(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")" && --depth < 0) return false;
  }
  return depth === 0 && !inClass;
}

/** Compiles one alternative list into a global, linear-time matcher for normalised text. */
export function compilePattern(id: string, alternatives: readonly string[], concepts: Readonly<Record<string, TConcept>>): RegExp {
  const source = groupWordAlternatives(alternatives.map((alternative) => expandPattern(alternative, concepts))).join("|");
  const unsafe = unsafeReason(source);
  if (unsafe) throw new LexiconError(`pattern ${id} has ${unsafe}`);
  try {
    return new RegExp(source, "g");
  } catch (error) {
    throw new LexiconError(`pattern ${id} is not a valid pattern: ${(error as Error).message}`);
  }
}
