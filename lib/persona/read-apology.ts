import { pattern } from "../lexicon/load-lexicon";
import { normaliseText } from "../text/normalise-text";

export type TApology = { said: "owned" | "bare"; amends: boolean };

const test = (id: string, text: string) => {
  const regex = pattern(id);
  regex.lastIndex = 0;
  return regex.test(text);
};

/**
 * The caller's apology in a turn, read from the lexicon's apology patterns: a fault owned ("上次给您同事打电话
 * 是我们做得不对,我道歉", "that was our mistake") with or without a concrete change promised beside it
 * ("以后只打您本人手机", "we will only call your mobile"), or a bare "sorry" and nothing else.
 */
export function readApology(turn: string): TApology | undefined {
  const text = normaliseText(turn);
  const amends = test("apology.amends", text);
  if (test("apology.owned", text)) return { said: "owned", amends };
  if (test("apology.bare", text)) return { said: "bare", amends: false };
  return undefined;
}
