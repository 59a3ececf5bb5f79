"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { PLANNING_NOTE_MAX, PLANNING_QUESTIONS, type TPlanningNotes, type TPlanningQuestion } from "@/lib/calls/planning-notes-schema";
import { readStoredNotes, storeNotes } from "../_lib/stored-notes";

/**
 * The trainee's plan for one scenario: the five planning questions. A draft kept in this browser
 * as they type (it survives reloads and later attempts); Dial sends it with the call.
 */
export function PlanningNotes({ scenarioId }: { scenarioId: string }) {
  const t = useTranslations("trainee.brief");
  const [notes, setNotes] = useState<TPlanningNotes>({});

  useEffect(() => setNotes(readStoredNotes(scenarioId)), [scenarioId]);

  function update(question: TPlanningQuestion, value: string) {
    const next = { ...notes, [question]: value };
    setNotes(next);
    storeNotes(scenarioId, next);
  }

  return (
    <section className="card planning-notes" aria-labelledby="notes-title">
      <h2 id="notes-title">{t("notesTitle")}</h2>
      <p className="intro">{t("notesIntro")}</p>
      {PLANNING_QUESTIONS.map((question) => (
        <div key={question}>
          <label htmlFor={`note-${question}`}>{t(`questions.${question}`)}</label>
          <textarea id={`note-${question}`} rows={2} maxLength={PLANNING_NOTE_MAX} value={notes[question] ?? ""} onChange={(event) => update(question, event.target.value)} />
        </div>
      ))}
    </section>
  );
}
