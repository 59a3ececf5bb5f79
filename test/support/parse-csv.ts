/** Rows of an RFC 4180 file as Parley writes it (CRLF lines, no line break inside a cell): quoted cells may hold commas and doubled quotes. */
export function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) => {
      const cells: string[] = [];
      let current = "";
      let quoted = false;
      for (let index = 0; index < line.length; index += 1) {
        const char = line[index]!;
        if (quoted && char === '"' && line[index + 1] === '"') {
          current += '"';
          index += 1;
        } else if (char === '"') quoted = !quoted;
        else if (char === "," && !quoted) {
          cells.push(current);
          current = "";
        } else current += char;
      }
      return [...cells, current];
    });
}
