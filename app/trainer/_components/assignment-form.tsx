"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { sendJson } from "@/app/_lib/send-json";

type Props = {
  scenarios: { id: string; title: string }[];
  teams: { id: string; name: string; trainees: { id: string; name: string; username: string | null }[] }[];
  defaultScenarioId?: string;
  today: string;
};

/** One scenario for any of the trainer's teams and their trainees, with an optional due date. */
export function AssignmentForm({ scenarios, teams, defaultScenarioId, today }: Props) {
  const t = useTranslations("trainer");
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; ok?: boolean; message?: string }>({ busy: false });
  const trainees = [...new Map(teams.flatMap((team) => team.trainees).map((trainee) => [trainee.id, trainee])).values()];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setState({ busy: true });
    const result = await sendJson<unknown[]>(
      "/api/trainer/assignments",
      "POST",
      {
        scenarioId: form.get("scenarioId"),
        teamIds: form.getAll("teamId"),
        traineeIds: form.getAll("traineeId"),
        dueOn: form.get("dueOn") || undefined,
        hideMood: form.get("hideMood") === "on",
      },
      t("errors.network"),
    );
    if (!result.ok) {
      const repeat = result.error?.details as { reason?: string; targets?: string[] } | undefined;
      const message = repeat?.reason === "already_assigned" ? t("assign.alreadyAssigned", { targets: (repeat.targets ?? []).join(", ") }) : result.message;
      return setState({ busy: false, ok: false, message });
    }
    setState({ busy: false, ok: true, message: t("assign.assigned", { count: result.body.length }) });
    router.refresh();
  }

  return (
    <form className="card" onSubmit={onSubmit}>
      <label htmlFor="assign-scenario">{t("assign.scenario")}</label>
      <select id="assign-scenario" name="scenarioId" defaultValue={defaultScenarioId}>
        {scenarios.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {scenario.title} ({scenario.id})
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{t("assign.teams")}</legend>
        {teams.map((team) => (
          <label key={team.id} className="check">
            <input type="checkbox" name="teamId" value={team.id} />
            {team.name}
          </label>
        ))}
      </fieldset>
      {trainees.length > 0 && (
        <fieldset>
          <legend>{t("assign.trainees")}</legend>
          {trainees.map((trainee) => (
            <label key={trainee.id} className="check">
              <input type="checkbox" name="traineeId" value={trainee.id} />
              {trainee.name} ({trainee.username})
            </label>
          ))}
        </fieldset>
      )}
      <label htmlFor="assign-due">{t("assign.dueOn")}</label>
      <input id="assign-due" name="dueOn" type="date" min={today} />
      <label className="check">
        <input type="checkbox" name="hideMood" />
        {t("assign.hideMood")}
      </label>
      <p role="status" className={state.ok ? "ok" : "error"}>
        {state.message}
      </p>
      <button type="submit" disabled={state.busy}>
        {state.busy ? t("assign.assigning") : t("assign.submit")}
      </button>
    </form>
  );
}
