import { evidenceOf } from "./match/find-hits";
import { pattern } from "./match/lexicon";
import { liveHits } from "./match/live-hits";
import type { TTurnText } from "./match/turn-text";

const BORROW_OR_SELL = pattern(
  "(?:找|向|跟|问)(?:你的?|您的?)?(?:亲戚|朋友|家人|家里|父母|爸妈|同事|兄弟姐妹|别人|身边的人|家里人|他们|谁)[^,.!?]{0,4}(?:借|凑|拿|要|周转|帮忙还|想办法)|借(?:个|点|些|一下|一点)|借(?:钱)?(?:来|去)还|借钱还|找人借|借出来|借款app|贷款app|网上借|(?:让|叫|找)[^,.!?]{0,4}(?:爸妈|父母|家里|亲戚|朋友|家人|老公|老婆)[^,.!?]{0,6}(?:垫|帮(?:你|您)?还|出钱)|(?:看病|治病|医药|生活|房租|学费)的钱(?:里)?[^,.!?]{0,4}(?:挪|拿|匀)|网贷|借呗|花呗|微粒贷|白条|信用贷|小贷|贷款(?:来|去)?还|以贷养贷|套现|套出来|刷出来|(?:其他|别的)(?:信用)?卡[^,.!?]{0,6}额度|(?:卖|变卖|卖掉|当掉|典当|抵押)[^,.!?]{0,4}(?:房|车|手机|首饰|金|东西|家当|资产|电脑)|(?:卖|当|典当|抵押)了|拿去(?:当|卖)|刷(?:别的|其他|另一张)(?:信用)?卡|拆东墙|(?:用|拿)(?:别的|其他)(?:卡|贷款)(?:来)?还|东拼西凑|" +
    "\\b(?:borrow\\w*|loan (?:off|from)|lend you|float you|spot you|(?:get|take out|take) (?:a|another|some) (?:\\w+ )?(?:loan|credit)|payday loans?|title loans?|(?:put|putting|stick|sticking|charge) (?:it|this|that|the balance) on (?:a|another|your other|a different) (?:credit )?card|(?:use|max out) (?:another|a different|your other) (?:credit )?card|another credit card|balance transfer|(?:sell|selling|sold|flog|flogged|pawn\\w*) (?:it|them|'em|your \\w+|the \\w+|some \\w+)|payday (?:advance|lender|loan)s?|(?:that|your) other card\\b|stick (?:it|this|that) on (?:that|it|your other|another)|savings are for|(?:use|using|raid|raiding) (?:your |the |that )?(?:savings|isa|nest egg|rainy day fund)|asking your (?:brother|sister|mum|mom|dad|parents|family|friends)|(?:pull|pulling|take|taking) (?:it|money|some|that) out of your (?:401\\(?k\\)?|pension|savings|isa)|hardship withdrawal|(?:advance|cash advance) places?|(?:another|other|second|a different) card with (?:a bit of |some )?(?:room|space|credit|limit)|move (?:it|the balance|this) (?:across|over) (?:to|onto)?|stick 'em on|trade (?:it|the car) (?:down|in)|(?:facebook )?marketplace|ebay|gumtree|remortgage|second mortgage|(?:take|taking) (?:something|money|it|some) out of (?:your|the) (?:pension|savings|401k|retirement)|dip into (?:your )?(?:savings|pension|retirement)|cash (?:out|in) (?:your )?(?:pension|401k|retirement)|(?:family|friends|parents|relatives|mom|dad|mum|brother|sister|family member) (?:could|can|to) (?:help|lend|float|spot|cover|chip in)|(?:ask|get) (?:your )?(?:family|friends|parents|relatives|mom|dad|mum|brother|sister) (?:for|to)|money (?:coming your way )?from the estate|got any savings)\\b",
);
const LUMP_SUM = pattern(
  "(?:必须|一定要|马上|立刻|今天(?:必须|就|一定))[^,.!?]{0,6}(?:全部|全额|一次性|所有|全款)|\\b(?:(?:must|have to|need to|got to|gotta|expect you to|require you to)\\b[^.!?]{0,20}\\b(?:pay|clear|settle)\\b[^.!?]{0,15}(?:in full|the full (?:amount|balance)|the whole (?:amount|balance|thing)|everything|all of it)|(?:i|we) (?:need|want|expect|require|'d (?:still )?want) (?:the )?(?:full (?:balance|amount)|whole (?:balance|amount|lot)|everything|all of it|it all)[^.!?]{0,20}(?:cleared|paid|today|now|inside|within|by|as a lump sum)|lump sum|(?:clear|pay|settle|knock)(?: out)? (?:the (?:full|whole|entire) (?:[£$][\\d,.]+|amount|balance|lot|thing)|(?:this|the|it) (?:whole|all)(?: thing)?|(?:this |the )?whole thing(?: out)?|everything|it all|[£$][\\d,.]+) (?:off )?in (?:one go|one hit|full|a single payment)|(?:in one go|in one hit) (?:this week|today|now))\\b",
);

/** Pushing the customer to borrow or sell, or to pay everything at once. */
export function detectPressure(text: TTurnText): { borrowOrSell: string[]; lumpSum: string[] } {
  return {
    borrowOrSell: liveHits(text, BORROW_OR_SELL).map((hit) => evidenceOf(text, hit)),
    lumpSum: liveHits(text, LUMP_SUM).map((hit) => evidenceOf(text, hit)),
  };
}
