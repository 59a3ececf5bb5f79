import { findHits, type THit } from "./find-hits";
import { isNegated } from "./is-negated";
import type { TTurnText } from "./turn-text";

const NEGATION_INSIDE = { "zh-CN": /不会|不能|不可能|不再|没有|不|没|别/, en: /n't\b|\b(?:not|never|no)\b/ };

/**
 * A hit is negated by a negator before it, or inside it ("your employer won't be told", 家人不会知道).
 * `idioms` are negative words that carry no negation (不好看, "wouldn't want"), removed before looking.
 */
export function isNegatedHit(text: TTurnText, hit: THit, idioms?: RegExp): boolean {
  // A-not-A questions (要不要, 是不是) inside the match ask rather than negate.
  const withoutQuestions = text.norm.slice(hit.start, hit.end).replace(/(.)[不没]\1/g, "");
  const inside = idioms ? withoutQuestions.replace(idioms, "") : withoutQuestions;
  return isNegated(text, hit) || NEGATION_INSIDE[text.language].test(inside);
}

/**
 * Hits of a pattern split into asserted and negated ones. `inside` also counts a negation within
 * the match; only for concepts whose negative form is the reassurance ("家人不会知道"), not for
 * those whose negative form is the claim ("your kids won't get into college", 不要脸).
 */
export function splitHits(text: TTurnText, regex: RegExp, inside = false, idioms?: RegExp): { asserted: THit[]; negated: THit[] } {
  const asserted: THit[] = [];
  const negated: THit[] = [];
  for (const hit of findHits(text, regex)) ((inside ? isNegatedHit(text, hit, idioms) : isNegated(text, hit)) ? negated : asserted).push(hit);
  return { asserted, negated };
}

/** Asserted (not negated) hits only. */
export const liveHits = (text: TTurnText, regex: RegExp) => splitHits(text, regex).asserted;
