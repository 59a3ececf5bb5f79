import type { TScenario } from "../scenarios/scenario-schema";

/**
 * Whose name the trainee asks for ("Is this Frank Russo?", "请问是王强吗?", "周女士吗?"), and whether it is
 * a name the person on the line answers to: the cardholder's in any natural form (first name, surname
 * with a title, a nickname, 小周, 王先生) or, for whoever picked up, their own. A person asked for
 * someone else says so; they do not say "yes, that's me".
 */
export type TNameAsked = "right" | "wrong";

/** Words that say who one is ("Yes, yes, that's me.", "好好好,是我"): a line of the persona's own that confirms their identity. */
/** A line that asks who is calling ("What company are you with?", "你哪个公司的?"). */
export const ASKS_WHO =
  /\b(?:[Ww]ho (?:is this|is it|are you|did you say|'s calling|is calling)|[Ww]hat company|[Ww]hich (?:company|agency))\b|你是(?:哪|谁)|哪个(?:单位|公司)|哪家(?:公司|机构)|什么(?:公司|单位)/;
export const CONFIRMS_IDENTITY = /\b(?:[Tt]hat's me|[Ii]t's me|[Tt]his is [A-Z][a-z]+|[Ss]peaking)\b|(?<!不)(?:是我|系我|是俺)(?!的)|(?:我|俺)就是/;

/** Common Chinese surnames: a name asked for starts with one (是本人吗, 现在方便吗 ask for nobody). */
const ZH_SURNAMES = new Set([
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝",
  "欧阳",
  "司马",
  "上官",
  "诸葛",
  "东方",
  "皇甫",
  "慕容",
]);
/** Two-character words that start with a surname but name nobody ("方便吗?", "明白吗?"). */
const ZH_NOT_NAMES = new Set(
  "方便 明白 明天 明确 高兴 安全 安排 周末 周一 周二 周三 周四 周五 周六 周日 马上 余额 金额 常常 许多 于是 时候 时间 白天 文件 成功 成本 全部 全额 关于 关系 连续 简单 车贷 房贷 程序 单位 单独 应该 华兴 管理 商务 房子 车子 房租 路上 柏油 宁愿 尚未 项目 谷歌 米饭 信用 和您 和你 和他 和她 向您 向你 连您 连你 全家 本人 师傅 老师 老板 老公 老婆 小孩 小姐 吉利".split(
    " ",
  ),
);
const ZH_TITLE = "(?:先生|女士|小姐|大姐|大哥|姐|哥|总|经理|老师|阿姨|叔|师傅|同志|本人)";
/** A character of a name: not a particle or a word that ends the question (郑凯吧?, 王强在吗). */
const ZH_NAME_CHAR = "(?:(?![吗吧呢啊呀嘛么的了在是有])[\\u4e00-\\u9fff])";
const ZH_NAME = `((?:小|老)?${ZH_NAME_CHAR}{1,4}?${ZH_TITLE}?)`;
const ZH_ASKED = [
  // 请问是王强吗?, 您是周敏女士吧?, 找一下王强, 王强在吗?, 是刘先生不?
  new RegExp(`(?:(?<![我咱们])是|找一下|找下|找)${ZH_NAME}(?=吗|吧|嘛|么|不[??]|呀|啊?[??]|在吗|在不在|在家|[,,]\\s?(?:对吧|是吧|对吗|是吗))`, "g"),
  // 我找一下王建国先生。
  new RegExp(`(?:找一下|找下|找)${ZH_NAME}(?=[。.!!,,]|$)`, "g"),
  // 喂,周敏吗?, 王强在吗?, 小周啊?
  new RegExp(`(?:^|[,,.。!!??]\\s?)(?:喂|您好|你好|请问|哎)?[,,]?\\s?${ZH_NAME}(?=吗|吧?[??]|啊?[??]|在吗|在不在|在家|是吧|对吧)`, "g"),
];

const EN_TITLE = /^(?:mr|mrs|ms|miss|mx|dr|mister|missus)\.?$/i;
const EN_NAME = String.raw`((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mister|Missus)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)`;
const EN_ASKED = [
  new RegExp(
    String.raw`\b(?:[Ii]s (?:this|that|it)|[Aa]re you|[Aa]m I (?:speaking|talking) (?:to|with)|(?:[Mm]ay|[Cc]an|[Cc]ould) I (?:please )?(?:speak|talk) (?:to|with)|I'd like to (?:speak|talk) (?:to|with)|(?:I'm )?(?:looking for|trying to reach))\s+${EN_NAME}(?=\s*(?:[?,.!]|$))`,
    "g",
  ),
  // "Is Rosa there?", "Is Mr Doyle in?"
  new RegExp(String.raw`\b[Ii]s\s+${EN_NAME}\s(?:there|home|in|around|available)\b`, "g"),
  // "Hi, Rosa Delgado?", "Rosa?"
  new RegExp(String.raw`(?:^|[.!?]\s+)(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Gg]ood (?:morning|afternoon|evening))[,!]?\s+)?${EN_NAME}\?`, "g"),
];
/** Capitalised words after "is this" that are no one's name. */
const EN_NOT_NAMES = new Set(
  "i it this that there okay ok sorry pardon really right what why how who where when yes yeah no hello hi hey thanks great sure fine and so anyone anybody someone somebody monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);
/** Short forms that share no first letters with the name they stand for. */
const NICKNAMES: Record<string, readonly string[]> = {
  margaret: ["maggie", "peggy", "meg", "peg", "mags"],
  richard: ["dick", "rick", "ricky", "rich", "richie"],
  robert: ["bob", "bobby", "rob", "robbie", "bert"],
  william: ["bill", "billy", "will", "liam"],
  elizabeth: ["liz", "beth", "betty", "lizzie", "eliza"],
  james: ["jim", "jimmy", "jamie"],
  edward: ["ted", "teddy", "ed", "eddie", "ned"],
  katherine: ["kate", "katie", "kathy", "kat"],
  catherine: ["kate", "katie", "cathy", "cat"],
  john: ["jack", "johnny"],
  charles: ["charlie", "chuck"],
  anthony: ["tony"],
  susan: ["sue", "susie"],
  patricia: ["pat", "patty", "trish"],
  leanne: ["lee"],
  dean: ["deano"],
  craig: ["craigy"],
};

const englishTokens = (text: string) =>
  text
    .toLowerCase()
    .split(/\s+/)
    .map((token) => token.replace(/['’]s$/, "").replace(/[^a-z'-]/g, ""))
    .filter((token) => token !== "" && !EN_TITLE.test(token));

/** A given name matches its short forms: Kev, Rich and Jen are Kevin, Richard and Jenna; Maggie is Margaret. */
function sameEnglishName(asked: string, own: string): boolean {
  if (asked === own) return true;
  if (NICKNAMES[own]?.includes(asked)) return true;
  const shorter = asked.length <= own.length ? asked : own;
  const longer = asked.length <= own.length ? own : asked;
  return shorter.length >= 3 && longer.startsWith(shorter);
}

function englishAnswersTo(asked: string, names: readonly string[], callerWords: ReadonlySet<string>): TNameAsked | undefined {
  const tokens = englishTokens(asked);
  if (tokens.length === 0 || tokens.some((token) => EN_NOT_NAMES.has(token) || callerWords.has(token))) return undefined;
  const own = names.flatMap(englishTokens);
  return tokens.some((token) => own.some((part) => sameEnglishName(token, part))) ? "right" : "wrong";
}

function chineseAnswersTo(asked: string, names: readonly string[], callerText: string): TNameAsked | undefined {
  const titled = new RegExp(`${ZH_TITLE}$`).test(asked) || /^[小老]/.test(asked);
  const core = asked.replace(new RegExp(`${ZH_TITLE}$`), "").replace(/^[小老](?=[\u4e00-\u9fff])/, "");
  const surname = [...ZH_SURNAMES].find((each) => core.startsWith(each));
  if (!surname || core.length > 3 || ZH_NOT_NAMES.has(core) || ZH_NOT_NAMES.has(asked) || callerText.includes(core)) return undefined;
  // A bare surname with no title or 小/老 ("是王吗") is too little to tell.
  if (core === surname && !titled) return undefined;
  const right = names.some((name) => {
    const given = name.slice(surname.length);
    return name === core || (core === surname && name.startsWith(surname)) || (given.length > 0 && core === given) || (core.length >= 2 && name.startsWith(core));
  });
  return right ? "right" : "wrong";
}

/** A request said politely: "May I speak with…, please?", 请问, 麻烦. */
const POLITE = /\bplease\b|\b(?:may|could|can) I (?:please )?(?:speak|talk)\b|请问|麻烦|能不能|可不可以|可以.{0,6}吗/i;

/**
 * "May I speak with Tyler Brooks, please?" to his mother: the cardholder asked for by name, politely, is
 * a request to fetch them, whatever the scorer makes of it as an identity check.
 */
export const asksPolitelyForTheCardholder = (turn: string, scenario: TScenario) => POLITE.test(turn) && nameAsked(turn, scenario, "debtor") === "right";

/** "right" when the turn asks for a name the listener answers to, "wrong" when it asks only for others', else undefined. */
export function nameAsked(turn: string, scenario: TScenario, party: "debtor" | "third_party"): TNameAsked | undefined {
  const names = [scenario.persona.name, ...(party === "third_party" && scenario.answeredBy.name ? [scenario.answeredBy.name] : [])];
  const { agency, creditor } = scenario.caseFile.case;
  const verdicts: TNameAsked[] = [];
  if (scenario.language === "zh-CN") {
    const callerText = `${agency ?? ""}${creditor}`;
    for (const regex of ZH_ASKED)
      for (const match of turn.matchAll(regex)) {
        const verdict = chineseAnswersTo(match[1] ?? "", names, callerText);
        if (verdict) verdicts.push(verdict);
      }
  } else {
    const callerWords = new Set(englishTokens(`${agency ?? ""} ${creditor}`));
    for (const regex of EN_ASKED)
      for (const match of turn.matchAll(regex)) {
        const verdict = englishAnswersTo(match[1] ?? "", names, callerWords);
        if (verdict) verdicts.push(verdict);
      }
  }
  if (verdicts.includes("right")) return "right";
  return verdicts.length > 0 ? "wrong" : undefined;
}
