import type { ErrorCode } from "yaml";
import type { TLocalizedText } from "../i18n/localized-text";

/** The parser's own English stays in the Chinese text; where its kind is unambiguous, a hint leads. */
const YAML_HINTS: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: "同一层级中有重复的字段名",
  TAB_AS_INDENT: "缩进不能用 Tab,请改用空格",
  MULTILINE_IMPLICIT_KEY: "字段名必须写在同一行",
  BAD_DQ_ESCAPE: "双引号中的转义字符无效",
  BAD_SCALAR_START: "值以特殊字符开头,请给它加上引号",
  MULTIPLE_DOCS: "一个文件只能包含一个场景",
};

/**
 * Why a scenario is refused, in both interface languages, each written once here. The English is
 * what the command line prints and ScenarioError.message carries; the editor shows the trainer's
 * language. Zod's own kinds of problem (wrong type, out of range...) are in scenario-issue-message.ts.
 */
export const scenarioReasons = {
  // Field formats, used as the schemas' own messages.
  amount: { en: "expected an amount (a number, no currency sign)", zh: "应为金额(只写数字,不带货币符号)" },
  amountNotNegative: { en: "expected an amount of 0 or more", zh: "金额应不小于 0" },
  fraction: { en: "expected a number between 0 and 1", zh: "应为 0 到 1 之间的数字" },
  isoDate: { en: "expected a date written YYYY-MM-DD", zh: "应为 YYYY-MM-DD 格式的日期" },
  quotedDigits: {
    en: "expected a string; put numbers such as phone numbers and card digits in quotes",
    zh: "应为文本;电话号码、卡号等数字请加引号",
  },
  scenarioText: { en: "expected a text, or an object with zh and/or en", zh: "应为一段文本,或包含 zh 和/或 en 的对象" },
  kebabCaseId: {
    en: "expected kebab-case: lowercase letters and digits joined by hyphens",
    zh: "应为 kebab-case 格式:小写字母和数字,以连字符 - 连接",
  },
  reservedId: { en: "this id is reserved; choose another", zh: "此 id 为系统保留,请另选一个" },
  disclosureId: { en: "expected lowercase words joined by - or _", zh: "应为小写单词,以 - 或 _ 连接" },
  requiredForThirdParty: { en: "required when party is third_party", zh: "当 party 为 third_party 时必填" },
  onlyForThirdParty: { en: "only for party third_party", zh: "仅在 party 为 third_party 时填写" },
  topicTriggerNeedsTopic: { en: "trigger topic needs a topic", zh: "trigger 为 topic 时须填写 topic" },
  trustTriggerNeedsMinTrust: { en: "trigger trust needs minTrust", zh: "trigger 为 trust 时须填写 minTrust" },
  coreArchetypeNotAllowed: (archetype: string, allowed: readonly string[], given: string) => ({
    en: `${archetype} maps onto ${allowed.join(" or ")}, not ${given}`,
    zh: `${archetype} 只能对应 ${allowed.join(" 或 ")},不能是 ${given}`,
  }),

  // The file as a whole.
  yamlSyntax: (message: string, code: ErrorCode) => ({
    en: `YAML syntax: ${message}`,
    zh: `YAML 语法错误:${YAML_HINTS[code] ? `${YAML_HINTS[code]}(${message})` : message}`,
  }),
  tooManyAliases: () => ({
    en: "YAML aliases (*name) expand too far; write the values out instead",
    zh: "YAML 别名(*name)展开过多;请直接写出这些值",
  }),
  unknownField: (key: string) => ({ en: `unknown field "${key}"`, zh: `未知字段 "${key}",请检查拼写` }),
  duplicateId: (id: string, earlierFile: string) => ({
    en: `duplicate id "${id}", already used in ${earlierFile}`,
    zh: `id "${id}" 重复,已在 ${earlierFile} 中使用`,
  }),
  idTaken: (id: string) => ({
    en: `"${id}" is already taken; import the file as a new version of that scenario, or change the id`,
    zh: `"${id}" 已被占用;请将文件导入为该场景的新版本,或修改 id`,
  }),
  idChanged: (id: string) => ({ en: `expected "${id}": a new version keeps the scenario's id`, zh: `应为 "${id}":新版本须沿用场景原来的 id` }),

  // Rules across fields (check-scenario.ts).
  currencyOfRuleset: (ruleset: string, currency: string) => ({ en: `rule set ${ruleset} uses ${currency}`, zh: `规则集 ${ruleset} 使用的币种是 ${currency}` }),
  cardsDoNotAddUp: (onCards: string, balance: string) => ({
    en: `card balances add up to ${onCards}, not the balance ${balance}`,
    zh: `各卡余额合计为 ${onCards},与总欠款 balance ${balance} 不一致`,
  }),
  breakdownDoesNotAddUp: (parts: string, balance: string) => ({
    en: `principal, interest and fees add up to ${parts}, not the balance ${balance}`,
    zh: `本金、利息和费用合计为 ${parts},与总欠款 balance ${balance} 不一致`,
  }),
  minimumPaymentRange: { en: "expected more than 0 and at most the balance", zh: "应大于 0 且不超过总欠款 balance" },
  atMostBalance: { en: "expected at most the balance", zh: "应不超过总欠款 balance" },
  lessThanBalance: { en: "expected less than the balance", zh: "应小于总欠款 balance" },
  nothingToWaive: (charge: string) => ({ en: `the balance has no ${charge} to waive`, zh: `欠款中没有 ${charge},无可减免` }),
  installmentsDisagree: (eligible: boolean) => ({
    en: `caseFile.case.installmentEligible is ${eligible}, so expected ${eligible ? "more than 0" : "0"}`,
    zh: `caseFile.case.installmentEligible 为 ${eligible},因此应${eligible ? "大于 0" : "为 0"}`,
  }),
  atMostMonthlyIncome: { en: "expected at most monthlyIncome", zh: "应不超过月收入 monthlyIncome" },
  afterAsOf: (date: string, asOf: string) => ({ en: `${date} is after caseFile.case.asOf ${asOf}`, zh: `${date} 晚于 caseFile.case.asOf(${asOf})` }),
  wrongBucket: (daysPastDue: number, bucket: string) => ({ en: `${daysPastDue} days past due is ${bucket}`, zh: `逾期 ${daysPastDue} 天应属于 ${bucket}` }),
  beforeFirstMissedPayment: (daysPastDue: number) => ({
    en: `expected on or after the first missed payment, ${daysPastDue} days before asOf`,
    zh: `应不早于首次未还款日,即 asOf 之前 ${daysPastDue} 天`,
  }),
  beforeDelinquency: (date: string) => ({ en: `${date} is before the account became delinquent`, zh: `${date} 早于账户开始逾期的日期` }),
  contactNeedsRelationAndName: { en: "a contact needs relation and name", zh: "联系人须填写 relation 和 name" },
  onlyForContact: { en: "only for a contact", zh: "仅联系人(belongsTo 为 contact)需要填写" },
  needsScenarioLanguage: (language: string) => ({
    en: `expected a ${language} text, the scenario's language`,
    zh: `缺少 ${language} 文本,这是本场景使用的语言`,
  }),
  duplicateDisclosureId: (id: string) => ({ en: `duplicate disclosure id "${id}"`, zh: `disclosure id "${id}" 重复` }),
} satisfies Record<string, TLocalizedText | ((...args: never[]) => TLocalizedText)>;

/**
 * A custom Zod issue's English message with both languages in its params, where
 * scenarioIssueReason finds them again: `ctx.addIssue({ code: "custom", path, ...reasonIssue(reason) })`.
 */
export const reasonIssue = (reason: TLocalizedText) => ({ message: reason.en, params: { reason } });

/** The reason a custom issue carries in its params, if reasonIssue made it. */
export function reasonInParams(params: unknown): TLocalizedText | undefined {
  const reason = (params as { reason?: unknown } | undefined)?.reason;
  return isLocalizedText(reason) ? reason : undefined;
}

// A schema's fixed message (a string check, a type's own error) reaches the issue as English only.
const FIXED_REASONS = new Map(
  Object.values(scenarioReasons)
    .filter(isLocalizedText)
    .map((reason) => [reason.en, reason]),
);

/** Both languages of a fixed message written above, found by its English. */
export const fixedReason = (english: string): TLocalizedText | undefined => FIXED_REASONS.get(english);

function isLocalizedText(value: unknown): value is TLocalizedText {
  return typeof value === "object" && value !== null && typeof (value as TLocalizedText).en === "string" && typeof (value as TLocalizedText).zh === "string";
}
