/** Builds a regex alternation from literal words, longest first so the longest form wins. */
export function words(list: readonly string[]): string {
  const escaped = [...new Set(list)].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return `(?:${escaped.join("|")})`;
}

/** Compiles a pattern for matching normalised text (already lower case). */
export const pattern = (source: string) => new RegExp(source, "g");
