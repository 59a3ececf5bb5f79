import { segmentWords } from "../text/segment-words";
import type { TLanguage } from "../transcript/transcript-schema";
import { evidenceOf, findHits } from "./match/find-hits";
import { pattern } from "./match/lexicon";
import { liveHits } from "./match/live-hits";
import type { TTurnText } from "./match/turn-text";
import type { TQuestion } from "./detect-questions";
import type { TLevel, TTurnAnalysis } from "./turn-analysis-schema";

type TMechanism = { level: TLevel; evidence: string[] };

const FEELINGS_ZH = "(?:心情|感受|难处|压力|不容易|着急|焦虑|担心|难过|处境|辛苦|委屈|生气|无奈|痛苦|害怕|烦|难受|窝火|睡不好|打击|不踏实)";
const ACK_STRONG = pattern(
  `(?:理解|明白|体会|感受到|感觉到|能想象|听得出来|听出来)[^,.!?]{0,8}(?:${FEELINGS_ZH}|想处理|不是故意)|(?:听|感)(?:起来|觉)[^,.!?]{0,4}(?:很|挺|非常|特别|真的)?(?:着急|焦虑|难过|辛苦|不容易|压力|委屈|生气|担心|难|痛苦|煎熬|累)|(?:很|真的很|非常|特别)(?:遗憾|难过|抱歉)|节哀|辛苦(?:您|你)?了|(?:确实|真的|实在|真是)(?:是)?(?:太|很|挺)?(?:不容易|难|辛苦|难熬|艰难|难为|紧)|换(?:成|作)?(?:是)?(?:谁|我)[^,.!?]{0,6}(?:也会|都会|都)|难免|肯定[^,.!?]{0,4}${FEELINGS_ZH}|${FEELINGS_ZH}[^,.!?]{0,3}(?:我)?(?:能|完全|非常)?理解|${FEELINGS_ZH}是(?:肯定|难免|正常)的|谢谢(?:您|你)愿意(?:告诉|跟我说)|我(?:在这儿?|一直)?听着|(?:想哭就哭|不用道歉|别自责)|(?:身体|情绪)[^,.!?]{0,6}(?:最重要|比什么都重要)|先好好(?:处理|照顾|休息)|先(?:照顾|休息|顾好)|保重|心疼|吃不消|喘不过气|压力[^,.!?]{0,4}(?:太大|很大|挺大|不小)|(?:挺|很|太)?打击人|心里[^,.!?]{0,4}(?:不踏实|难受|不好受|着急|苦)|肯定是有原因|挺感谢|(?:肯定|难怪|当然)会(?:觉得)?[^,.!?]{0,4}(?:莫名其妙|不舒服|着急|生气|难受|慌|懵)|最(?:要紧|重要)的是[^,.!?]{0,4}(?:身体|养病|照顾|休息)|(?:已经)?很不容易|谁都(?:可能|会)(?:遇到|有)|(?:确实|完全)(?:能|可以)?理解|别这么说|` +
    "\\b(?:(?:i'm|i am) (?:so |very |really |truly )?sorry (?:to hear|for your loss|about your|that you|you're going through)|(?:so|really|very|truly) sorry|that(?:'s| is| sounds| must be| must have been) (?:really |so |very |incredibly |a )?(?:hard|difficult|tough|stressful|awful|frightening|overwhelming|worrying|upsetting|painful|scary|exhausting|rough|frustrating|brutal|huge change|lot to (?:deal with|handle|cope with))|i can (?:hear|tell|imagine|see) (?:that |how |this |you)|i can hear that|understandabl[ey]|of course you're|anyone would (?:be|feel)|i (?:completely |totally |really )?understand (?:how|that you|why you|this is|you're|your)|it sounds like (?:you|this)|my condolences|sorry for your loss|you're not alone|i get it|no need to (?:be embarrassed|apologi[sz]e|worry)|(?:don't|no need to) apologi[sz]e|it happens to (?:a lot of |lots of )?people|take (?:all )?the time you need|weighing on you|(?:a lot|an awful lot) on your (?:shoulders|plate)|(?:not|isn't|can't have been) (?:always )?easy|(?:costs|bills) are brutal|drive me nuts|must be (?:hard|difficult|tough|awful|horrible|a worry)|that(?:'s| is| sounds| must be)(?: like)? (?:a |an |such a )?(?:really |so |very |incredibly |truly )?(?:big|huge|massive|heavy|demanding|draining|hard|tough|terrible|horrible) (?:change|loss|upheaval|blow|shock|thing|load|time|situation|lot)|(?:a lot|so much|too much) to (?:carry|take in|juggle|deal with|handle)|that sounds (?:really |so |very |incredibly )?(?:demanding|draining|exhausting|hard|tough|difficult|stressful|overwhelming)|how are you (?:coping|holding up|doing with (?:it|all this|everything)))\\b",
);
const ACK_WEAK = pattern("我理解|我明白|理解您|明白您|理解理解|别着急|别担心|不用担心|不要着急|慢慢说|抱歉|\\b(?:i understand|i see|don't worry|no need to worry|take your time|i hear you|that's okay|that's ok|fair enough|sorry|thanks? (?:you )?for (?:telling|sharing))\\b");
const PARAPHRASE = pattern("也就是说|所以您|所以你|您是说|你是说|您的意思是|听起来|刚才您说|您提到|您刚才说|如果我没理解错|\\b(?:so you're saying|if i understand|so you(?:'ve| have)?|it sounds like|what i'm hearing|you mentioned|you said|let me make sure i understand|just to check i understand)\\b");
const SITUATION = pattern("失业|裁员|下岗|生病|住院|手术|医院|治疗|孩子|生意|倒闭|亏|降薪|欠薪|工资|收入|离婚|去世|过世|老人|父亲|母亲|疫情|房贷|房租|工作|病|\\b(?:lost (?:my|your) job|laid off|redundan\\w*|sick|ill|illness|hospital|surgery|baby|business|divorce\\w*|passed away|died|hours (?:cut|reduced)|reduced hours|rent|medical|cancer|chemo\\w*|job|work|income|salary|wages|kids|children|family|caring for|carer)\\b");
const STOP_WORDS = new Set(["the", "and", "that", "this", "with", "have", "just", "what", "your", "about", "from", "they", "were", "been", "will", "would", "could", "there", "their", "then", "than", "them", "money", "debt", "account", "payment", "bank", "card", "call", "really", "right", "know", "want", "need", "我们", "你们", "他们", "还款", "欠款", "银行", "信用卡", "这个", "那个", "现在", "就是", "没有", "什么", "可以", "一下", "还是", "不是"]);

/**
 * Empathy by mechanism, not politeness: reacting to feelings, reflecting the customer's situation
 * back (the words they used, found by word segmentation), and exploring it with open questions.
 */
/** `customerNorm` is the latest customer turn, normalised. */
export function detectEmpathy(text: TTurnText, questions: TQuestion[], customerNorm: string | undefined): TTurnAnalysis["empathy"] {
  return {
    acknowledgement: acknowledgement(text),
    understanding: understanding(text, customerNorm),
    exploration: exploration(text, questions),
  };
}

function acknowledgement(text: TTurnText): TMechanism {
  const strong = liveHits(text, ACK_STRONG);
  if (strong.length > 0) return { level: "strong", evidence: strong.map((hit) => evidenceOf(text, hit)) };
  const weak = liveHits(text, ACK_WEAK);
  return weak.length > 0 ? { level: "weak", evidence: weak.map((hit) => evidenceOf(text, hit)) } : { level: "none", evidence: [] };
}

function understanding(text: TTurnText, customerNorm: string | undefined): TMechanism {
  const paraphrase = findHits(text, PARAPHRASE);
  const echoes = customerNorm ? echoedSituation(text, customerNorm) : [];
  const shared = customerNorm ? sharedWords(text, customerNorm) : 0;
  const evidence = [...paraphrase, ...echoes].map((hit) => evidenceOf(text, hit));
  if ((paraphrase.length > 0 && (echoes.length > 0 || shared >= 2)) || echoes.length > 0) return { level: "strong", evidence: unique(evidence) };
  if (paraphrase.length > 0 || shared >= 3) return { level: "weak", evidence: unique(evidence.length > 0 ? evidence : [text.original.trim()]) };
  return { level: "none", evidence: [] };
}

/** Situation words the customer used that the agent takes up again. */
function echoedSituation(text: TTurnText, customerNorm: string) {
  return findHits(text, SITUATION).filter((hit) => customerNorm.includes(text.norm.slice(hit.start, hit.end)));
}

function sharedWords(text: TTurnText, customerNorm: string): number {
  const minimum = text.language === "zh-CN" ? 2 : 4;
  const customerWords = new Set(contentWords(customerNorm, text.language, minimum));
  return new Set(contentWords(text.norm, text.language, minimum).filter((word) => customerWords.has(word))).size;
}

const contentWords = (value: string, language: TLanguage, minimum: number) =>
  segmentWords(value.slice(0, 2000), language).filter((word) => word.length >= minimum && !STOP_WORDS.has(word));

function exploration(text: TTurnText, questions: TQuestion[]): TMechanism {
  const quote = (question: TQuestion) => text.original.slice(question.span.start, question.span.end + 1).trim();
  const strong = questions.filter((question) => question.open && question.topics.some((topic) => topic !== "payment_capacity"));
  if (strong.length > 0) return { level: "strong", evidence: strong.map(quote) };
  const weak = questions.filter((question) => question.open || question.topics.length > 0);
  return weak.length > 0 ? { level: "weak", evidence: weak.map(quote) } : { level: "none", evidence: [] };
}

const unique = (items: string[]) => [...new Set(items)];
