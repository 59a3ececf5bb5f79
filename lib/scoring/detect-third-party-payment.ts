import { pattern } from "../lexicon/load-lexicon";
import { liveHits } from "./match/live-hits";
import type { TTurnText } from "./match/turn-text";

const ASK_TO_PAY = pattern("third-party.ask-to-pay");

/** Asking the person on the line to pay someone else's debt. */
export const detectThirdPartyPayment = (text: TTurnText) => liveHits(text, ASK_TO_PAY).length > 0;

const CONTACTS = pattern("third-party.contacts");

/** Demanding relatives' or colleagues' contact details, e.g. "as proof of sincerity". */
export const detectContactsDemand = (text: TTurnText) => liveHits(text, CONTACTS).length > 0;
