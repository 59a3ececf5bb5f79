import { vi } from "vitest";

export type TCliResult = { code: number; stdout: string; stderr: string };

/**
 * Runs a command's main() in this process with its standard output and error captured: what the
 * spawned command would print, without a second Node and npm start-up per case. Each command keeps
 * one spawned test of its own, so `npm run NAME` itself is still covered.
 */
export async function runCli(main: (args: string[]) => Promise<number>, args: string[]): Promise<TCliResult> {
  let stdout = "";
  let stderr = "";
  const capture = (append: (text: string) => void) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      append(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      const done = rest.find((value) => typeof value === "function") as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
  const spies = [
    vi.spyOn(process.stdout, "write").mockImplementation(
      capture((text) => {
        stdout += text;
      }),
    ),
    vi.spyOn(process.stderr, "write").mockImplementation(
      capture((text) => {
        stderr += text;
      }),
    ),
    vi.spyOn(console, "log").mockImplementation((...values: unknown[]) => {
      stdout += `${values.map(String).join(" ")}\n`;
    }),
    vi.spyOn(console, "error").mockImplementation((...values: unknown[]) => {
      stderr += `${values.map(String).join(" ")}\n`;
    }),
  ];
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
