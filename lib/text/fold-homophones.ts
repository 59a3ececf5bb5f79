import { wordFolder } from "./fold-words";

/**
 * Words speech-to-text writes with a same-sounding character (鱼期 for 逾期, 正信 for 征信), folded
 * back so the detectors read transcribed calls as they were spoken. Each replacement has the
 * length of the original, so offsets still point into the original text.
 */
const HOMOPHONES: Record<string, string> = {
  鱼期: "逾期",
  于期: "逾期",
  余期: "逾期",
  正信: "征信",
  证信: "征信",
  崔收: "催收",
  借被: "借呗",
  花被: "花呗",
  还宽: "还款",
  法物部: "法务部",
  律师涵: "律师函",
};

export const foldHomophones = wordFolder(HOMOPHONES);
