"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { z } from "zod";

/** The five questions of the domain brief a collector answers from the case file before dialling. */
const QUESTIONS = ["canPay", "lowestArrangement", "moneySource", "whoAndHow", "approach"] as const;

const ZNotes = z.record(z.string(), z.string());

/**
 * The trainee's plan for one scenario. Kept in this browser's localStorage only: notes are a
 * private scratch pad, never sent to the server, and survive reloads and later attempts.
 */
export function PlanningNotes({ scenarioId }: { scenarioId: string }) {
  const t = useTranslations("trainee.brief");
  const storageKey = `parley.notes.${scenarioId}`;
  const [notes, setNotes] = useState<Record<string, string>>({});

  useEffect(() => {
    try {
      const stored = ZNotes.safeParse(JSON.parse(localStorage.getItem(storageKey) ?? "{}"));
      if (stored.success) setNotes(stored.data);
    } catch {
      // An entry that is not JSON (edited by hand) is ignored: the notes start empty.
    }
  }, [storageKey]);

  function update(question: string, value: string) {
    const next = { ...notes, [question]: value };
    setNotes(next);
    localStorage.setItem(storageKey, JSON.stringify(next));
  }

  return (
    <section className="card planning-notes" aria-labelledby="notes-title">
      <h2 id="notes-title">{t("notesTitle")}</h2>
      <p className="intro">{t("notesIntro")}</p>
      {QUESTIONS.map((question) => (
        <div key={question}>
          <label htmlFor={`note-${question}`}>{t(`questions.${question}`)}</label>
          <textarea id={`note-${question}`} rows={2} value={notes[question] ?? ""} onChange={(event) => update(question, event.target.value)} />
        </div>
      ))}
    </section>
  );
}
