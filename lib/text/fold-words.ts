/**
 * A folder that replaces whole words with others of the same length, longest first, so offsets in
 * the folded text stay offsets in the original. A table that would shift offsets is refused.
 */
export function wordFolder(table: Readonly<Record<string, string>>): (text: string) => string {
  for (const [from, to] of Object.entries(table)) {
    if (from.length !== to.length) throw new Error(`cannot fold ${from} to ${to}: lengths differ`);
  }
  const escaped = Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(escaped.join("|"), "g");
  return (text) => text.replace(pattern, (word) => table[word] ?? word);
}
