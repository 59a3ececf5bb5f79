import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LlmError } from "./llm-error";
import { parseStructuredOutput } from "./parse-structured-output";

const ZReply = z.object({ say: z.string(), mood: z.enum(["calm", "angry"]) });

describe("parseStructuredOutput", () => {
  it.each([
    ['{"say":"好的","mood":"calm"}'],
    ['  \n{"say":"好的","mood":"calm"}\n'],
    ['```json\n{"say":"好的","mood":"calm"}\n```'],
    ['Sure:\n```\n{"say":"好的","mood":"calm"}\n```'],
    ['```JSON {"say":"好的","mood":"calm"} ```'],
  ])("reads %j", (text) => {
    expect(parseStructuredOutput(text, ZReply, "reply")).toEqual({ say: "好的", mood: "calm" });
  });

  it("names the root when the output is the wrong type", () => {
    expect(() => parseStructuredOutput("[1]", ZReply, "reply")).toThrow(expect.objectContaining({ kind: "invalid_output", path: "" }));
  });

  it("names every failing path in the message and the first in `path`", () => {
    const error = (() => {
      try {
        parseStructuredOutput('{"say":1,"mood":"sad"}', ZReply, "reply");
      } catch (e) {
        return e;
      }
    })();

    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: "invalid_output", path: "say" });
    expect((error as LlmError).message).toMatch(/does not match reply:\n✖ .*\n\s+→ at say\n✖ .*\n\s+→ at mood/);
  });
});
