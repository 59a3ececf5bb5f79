import type { z } from "zod";

/**
 * Zod's wording is written for developers ("Invalid input: expected number, received string");
 * trainers editing YAML get plainer sentences. Returning undefined keeps Zod's own message.
 */
export const scenarioIssueMessage: z.core.$ZodErrorMap = (issue) => {
  const missing = issue.input === undefined;
  switch (issue.code) {
    case "invalid_type":
      return missing ? `missing required field (expected ${article(issue.expected)})` : `expected ${article(issue.expected)}, got ${describeValue(issue.input)}`;
    case "invalid_value": {
      const options = issue.values.map((value) => JSON.stringify(value)).join(", ");
      return missing ? `missing required field (one of ${options})` : `expected one of ${options}, got ${describeValue(issue.input)}`;
    }
    case "too_small":
      return `expected ${issue.inclusive ? "at least" : "more than"} ${issue.minimum}${unit(issue.origin, issue.minimum)}`;
    case "too_big":
      return `expected ${issue.inclusive ? "at most" : "less than"} ${issue.maximum}${unit(issue.origin, issue.maximum)}`;
    case "invalid_union":
      return missing ? "missing required field" : undefined;
    default:
      return undefined;
  }
};

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function unit(origin: string, count: number | bigint): string {
  if (origin === "string") return count === 1 ? " character" : " characters";
  if (origin === "array") return count === 1 ? " item" : " items";
  return "";
}

function describeValue(value: unknown): string {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  if (typeof value === "object") return "a mapping";
  return `${article(typeof value)} ${String(value)}`;
}
