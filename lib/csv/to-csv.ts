/** Excel takes a file without a byte-order mark for the local code page and garbles Chinese. */
const UTF8_BOM = "\uFEFF";

function cell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet; a trainee's name must not run one.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 (CRLF line ends) with a UTF-8 byte-order mark; column names first. */
export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return UTF8_BOM + [columns, ...rows.map((row) => row.map(cell))].map((line) => line.join(",")).join("\r\n") + "\r\n";
}
