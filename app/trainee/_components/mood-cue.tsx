"use client";

import { useTranslations } from "next-intl";
import type { TMood } from "@/lib/persona/customer-decision-schema";

/**
 * The customer's mood as the machine decided it for their latest words, the cue a role-play
 * trainer gives by voice and face. Colour and a word, never colour alone.
 */
export function MoodCue({ mood }: { mood: TMood }) {
  const t = useTranslations("mood");
  return (
    <p className="mood-cue" data-mood={mood}>
      <span className="mood-dot" aria-hidden="true" />
      {t.rich("cue", { mood: t(mood), strong: (chunks) => <strong>{chunks}</strong> })}
    </p>
  );
}
