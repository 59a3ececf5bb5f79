import type { TLanguage } from "../transcript/transcript-schema";

const segmenters = new Map<TLanguage, Intl.Segmenter>();

function segmenterFor(language: TLanguage): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language === "zh-CN" ? "zh" : "en", { granularity: "word" });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Dictionary-based word segmentation (ICU), the only reliable word boundary in Chinese. */
export function segmentWords(text: string, language: TLanguage): string[] {
  const words: string[] = [];
  for (const part of segmenterFor(language).segment(text)) if (part.isWordLike) words.push(part.segment);
  return words;
}
