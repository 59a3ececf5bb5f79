import { wordFolder } from "./fold-words";

/**
 * Cantonese and northern written forms folded to the standard words the lexicon is written in
 * (唔系 → 不是, 佢 → 他, 而家 → 现在, 俺 → 我), so a call in dialect is read like standard Chinese.
 * Every replacement has the length of the original: offsets still point into the original text.
 * 系 and 点 are only folded inside words, because alone they are also standard Chinese.
 */
const WORDS: Record<string, string> = {
  系唔系: "是不是",
  系咪: "是否",
  唔系: "不是",
  我系: "我是",
  你系: "你是",
  佢系: "他是",
  就系: "就是",
  都系: "都是",
  真系: "真是",
  系佢: "是他",
  问系: "问是",
  系我: "是我",
  而家: "现在",
  返工: "上班",
  放工: "下班",
  返嚟: "回来",
  打返: "打回",
  琴日: "昨天",
  寻日: "昨天",
  听日: "明天",
  边个: "哪个",
  点解: "为何",
  点样: "怎样",
  几多: "多少",
  乜嘢: "什么",
  唔该: "谢谢",
  过身: "去世",
  屋企: "家里",
  老豆: "老爸",
  个仔: "儿子",
  个女: "女儿",
  揾钱: "赚钱",
  搞掂: "搞定",
  唔使: "不用",
  得闲: "有空",
  啥子: "什么",
  木有: "没有",
  扮可怜: "装可怜",
  扮穷: "装穷",
};
const CHARS: Record<string, string> = {
  唔: "不",
  冇: "没",
  喺: "在",
  咗: "了",
  佢: "他",
  嘅: "的",
  啲: "些",
  揾: "找",
  睇: "看",
  俾: "给",
  畀: "给",
  攞: "拿",
  咁: "这",
  乜: "什",
  嚟: "来",
  哋: "们",
  嗰: "那",
  噉: "这",
  俺: "我",
  咋: "怎",
  甭: "不",
};

export const foldDialect = wordFolder({ ...CHARS, ...WORDS });
