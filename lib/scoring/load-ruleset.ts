import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import type { TRulesetId } from "../transcript/transcript-schema";
import { ZRuleset, type TRule, type TRuleset, type TRuleSignal, type TSignalKind } from "./ruleset-schema";

export class RulesetError extends Error {}

/** A rule set ready for scoring: the data plus which rule enforces each signal. */
export type TLoadedRuleset = TRuleset & { bySignal: Map<TSignalKind, { rule: TRule; signal: TRuleSignal }> };

// From the working directory (the project root for the server, the commands and the tests, as for
// scenarios/): Next's bundler cannot resolve a directory URL relative to import.meta.url.
const RULESET_DIR = new URL("rulesets/", pathToFileURL(`${process.cwd()}/`));
const cache = new Map<TRulesetId, TLoadedRuleset>();

/** Parses and validates one rule set file; `source` names it in errors. */
export function parseRuleset(yamlText: string, source: string): TLoadedRuleset {
  const result = ZRuleset.safeParse(parse(yamlText));
  if (!result.success) throw new RulesetError(`${source}: invalid rule set\n${z.prettifyError(result.error)}`);
  const bySignal: TLoadedRuleset["bySignal"] = new Map();
  for (const rule of result.data.rules) {
    for (const [kind, signal] of Object.entries(rule.signals) as [TSignalKind, TRuleSignal][]) bySignal.set(kind, { rule, signal });
  }
  return { ...result.data, bySignal };
}

/** Loads rulesets/<id>.yaml once per process. */
export function loadRuleset(id: TRulesetId): TLoadedRuleset {
  let ruleset = cache.get(id);
  if (!ruleset) {
    const file = new URL(`${id}.yaml`, RULESET_DIR);
    ruleset = parseRuleset(readFileSync(file, "utf8"), `rulesets/${id}.yaml`);
    if (ruleset.id !== id) throw new RulesetError(`rulesets/${id}.yaml: id is ${ruleset.id}, expected ${id}`);
    cache.set(id, ruleset);
  }
  return ruleset;
}
