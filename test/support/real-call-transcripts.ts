/** A real call as a quality reviewer uploads it: a Chinese collector who threatens prison after introducing himself. */
export const ABUSIVE_CHINESE_CALL = {
  id: "call-2026-11-20-0031",
  language: "zh-CN",
  ruleset: "cn",
  turns: [
    { speaker: "agent", text: "您好,我是XX公司的催收专员小李,工号1234,受XX银行委托。请问是张伟先生本人吗?" },
    { speaker: "customer", text: "是我。", party: "debtor" },
    { speaker: "agent", text: "你这个老赖,今天不还钱就抓你去坐牢。" },
  ],
};
