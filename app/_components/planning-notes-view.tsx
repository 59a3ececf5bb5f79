import { getTranslations } from "next-intl/server";
import { PLANNING_QUESTIONS, type TPlanningNotes } from "@/lib/calls/planning-notes-schema";

type Props = { notes: TPlanningNotes | null; title: string; empty: string };

/** The trainee's answers to the five planning questions as saved with the call, read-only. */
export async function PlanningNotesView({ notes, title, empty }: Props) {
  const t = await getTranslations("trainee.brief.questions");
  const answered = PLANNING_QUESTIONS.filter((question) => notes?.[question]);
  return (
    <section className="card plan-view" aria-label={title}>
      <h2>{title}</h2>
      {answered.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <dl>
          {answered.map((question) => (
            <div key={question}>
              <dt>{t(question)}</dt>
              <dd>{notes?.[question]}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
