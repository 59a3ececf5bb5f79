import { describe, expect, it } from "vitest";
import { normaliseText } from "../text/normalise-text";
import { inferListener } from "./infer-listener";

const infer = (text: string, afterQuestion = false, name?: string) => inferListener(normaliseText(text), name, afterQuestion);

describe("inferListener", () => {
  it.each([
    ["我是他老婆,他不在。", "third_party", "spouse"],
    ["我是她妈,你找她啥事?", "third_party", "parent"],
    ["This is his mother.", "third_party", "parent"],
    ["That's my wife. I handle the bills.", "third_party", "spouse"],
    ["他不在家。", "third_party", "unknown"],
    ["Sorry, wrong number.", "third_party", "unknown"],
  ])("%s → %s (%s)", (text, party, relation) => {
    expect(infer(text)).toEqual({ party, relation });
  });

  it("recognises the debtor by their words or name", () => {
    expect(infer("是我。")).toEqual({ party: "debtor", relation: "self" });
    expect(infer("Yes, speaking.")).toEqual({ party: "debtor", relation: "self" });
    expect(infer("我是张伟", false, "张伟")).toEqual({ party: "debtor", relation: "self" });
    expect(infer("对。", true)).toEqual({ party: "debtor", relation: "self" });
  });

  it("says nothing when the words do not tell", () => {
    expect(infer("喂?")).toBeNull();
    expect(infer("What is this about?")).toBeNull();
  });
});
