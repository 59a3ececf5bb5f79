import { concept } from "../lexicon/load-lexicon";
import { MAX_NAME_CHARS } from "../transcript/transcript-schema";
import type { TTurnAnalysis } from "./turn-analysis-schema";

type TRelation = TTurnAnalysis["listener"]["relation"];
export type TListenerCue = { party: "debtor" | "third_party"; relation: TRelation } | null;

/** Each relation the listener can have to the debtor, by the concepts that name it (lexicon/concepts.yaml). */
const RELATIONS: [TRelation, string][] = [
  ["spouse", `${concept("relation-spouse")}|先生`],
  ["parent", concept("relation-parent")],
  ["child", concept("relation-child")],
  ["sibling", `${concept("relation-sibling")}|哥|姐|弟|妹`],
  ["relative", `${concept("relation-relative")}|${concept("relation-address")}`],
  ["colleague", concept("relation-colleague")],
  ["friend", `${concept("relation-friend")}|${concept("relation-partner")}|${concept("relation-household")}`],
];
const RELATION_WORDS = RELATIONS.map(([, words]) => words).join("|");
const ZH_SELF_RELATION = new RegExp(`我是(?:他|她|[\\u4e00-\\u9fff]{2,3})?的?(${RELATION_WORDS})`);
const EN_SELF_RELATION = new RegExp(`\\b(?:this is|i'm|i am|it's)\\s+(?:his|her|their|[a-z]+'s)\\s+(${RELATION_WORDS})\\b`);
/** "That's my wife" / "他是我老公": the speaker names the debtor's relation to them, so invert it. */
const EN_OTHER_RELATION = new RegExp(`\\b(?:that's|she's|he's|that is|she is|he is) my (${RELATION_WORDS})\\b`);
const ZH_OTHER_RELATION = new RegExp(`(?:他|她)是我(?:的)?(${RELATION_WORDS})`);
/** The executor or administrator of a dead cardholder's estate ("I'm his executor", "我是遗嘱执行人"): the account is theirs to settle. */
const REPRESENTATIVE =
  /\b(?:i'm|i am|we're|we are)\s+(?:his|her|their|the|one of (?:his|her|the))\s+(?:co-?)?(?:executors?|executrix|administrators?|personal representatives?)\b|\b(?:executor|administrator) of (?:his|her|the) (?:will|estate)\b|遗嘱执行人|遗产管理人/;
const INVERSE: Partial<Record<TRelation, TRelation>> = { parent: "child", child: "parent" };
const ABSENT =
  /(?:他|她)(?:现在|今天)?(?:不在|出去了|还没回来|在上班|没在|出差)|不在家|打错了|不认识(?:这个人|他|她)|没有这个人|我不是(?:他|她|本人)|找(?:他|她)(?:有|什么)事|\b(?:(?:he|she)(?:'s| is)(?: not|n't) (?:here|home|in|available|around)|(?:he|she) (?:isn't|is not) (?:here|home|in|available)|wrong number|(?:no one|nobody) (?:by that name|called)|i don't know (?:him|her|anyone)|(?:he|she) (?:doesn't|does not) live here|can i take a message)\b/;
const DEBTOR = /是我|我就是|我是本人|本人|\b(?:speaking|that's me|this is (?:he|she|him|her|me)|it's me|yes,? (?:i am|i'm|this is)|that is me)\b/;
const AFFIRMATIVE = /^\s*(?:是|对|嗯|是的|对的|没错|我是|yes|yeah|yep|yup|correct|that's right|right|uh-huh)\b|^\s*(?:是|对|嗯)/;

/**
 * Who is speaking, from a customer turn's own words: "我是他老婆" and "this is his mother" name a
 * third party and the relation; "他不在" implies one; "是我" or the debtor's name after an identity
 * question names the debtor.
 */
export function inferListener(customerNorm: string, debtorName: string | undefined, afterIdentityQuestion: boolean): TListenerCue {
  const relation = relationIn(customerNorm);
  if (relation !== "unknown") return { party: "third_party", relation };
  if (ABSENT.test(customerNorm)) return { party: "third_party", relation: "unknown" };
  const name = debtorName?.toLowerCase();
  const saysName =
    name !== undefined && name.length > 0 && name.length <= MAX_NAME_CHARS && new RegExp(`(?:我是|我就是|this is|i'm|i am|it's)\\s?${escape(name)}`).test(customerNorm);
  // "嗯?" or "huh?" answers a question with a question: no confirmation.
  const affirms = AFFIRMATIVE.test(customerNorm) && !/^[^,.!]{0,4}\?\s*$/.test(customerNorm.trim());
  if (saysName || DEBTOR.test(customerNorm) || (afterIdentityQuestion && affirms)) return { party: "debtor", relation: "self" };
  return null;
}

/** The relation named in a third party's words, even when the transcript labels the party. */
export function relationIn(customerNorm: string): TRelation {
  if (REPRESENTATIVE.test(customerNorm)) return "representative";
  const own = ZH_SELF_RELATION.exec(customerNorm) ?? EN_SELF_RELATION.exec(customerNorm);
  if (own) return relationOf(own[1] ?? "");
  const other = ZH_OTHER_RELATION.exec(customerNorm) ?? EN_OTHER_RELATION.exec(customerNorm);
  if (!other) return "unknown";
  const named = relationOf(other[1] ?? "");
  return INVERSE[named] ?? named;
}

function relationOf(word: string): TRelation {
  return RELATIONS.find(([, words]) => new RegExp(`^(?:${words})$`).test(word))?.[0] ?? "other";
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
