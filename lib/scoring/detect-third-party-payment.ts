import { pattern } from "./match/lexicon";
import { liveHits } from "./match/live-hits";
import type { TTurnText } from "./match/turn-text";

const ASK_TO_PAY = pattern(
  "(?:帮|替|代)(?:着|忙|他|她)*(?:还|付|偿还|垫|处理|想想办法|把钱还|劝劝)|(?:凑|垫)[^,.!?]{0,4}(?:还上|先还)|什么时候能帮|(?:你们|您|你)(?:家里|家人)?(?:先)?(?:帮忙|替他|替她)?(?:还上|垫上|垫付)|垫付|代还|代偿|\\b(?:pay (?:it|this|the debt|the balance|his|her|for him|for her|on (?:his|her) behalf)|help (?:him|her) (?:pay|out with)|cover (?:it|this|his|her)|settle (?:it|this) for (?:him|her)|make a payment for (?:him|her)|help (?:him|her) (?:out|catch up)|help (?:him|her) out with a payment|(?:as a family|you guys) (?:can|could) help)\\b",
);

/** Asking the person on the line to pay someone else's debt. */
export const detectThirdPartyPayment = (text: TTurnText) => liveHits(text, ASK_TO_PAY).length > 0;

const CONTACTS = pattern(
  "(?:把|给我|报给我|提供|留)[^.!?]{0,12}(?:爸妈|父母|家人|老婆|老公|妻子|丈夫|亲戚|朋友|同事|领导|紧急联系人|单位)[^.!?]{0,6}(?:电话|号码|联系方式)|(?:爸妈|父母|家人|老婆|老公|妻子|丈夫|亲戚|朋友|同事|领导)的(?:电话|号码|联系方式)(?:给我|报给我|发给我|告诉我)|\\b(?:give me|i need|what's|let me have|can i (?:get|have)|i'll need) [^.!?]{0,20}\\b(?:your )?(?:wife|husband|partner|mom|mum|dad|mother|father|parents|family|relatives|friends?|boss|brother|sister)(?:'s|s')? (?:number|phone|contact details|details)\\b",
);

/** Demanding relatives' or colleagues' contact details, e.g. "as proof of sincerity". */
export const detectContactsDemand = (text: TTurnText) => liveHits(text, CONTACTS).length > 0;
