"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { JsonForm, Select } from "./admin-forms";
import { useApiRequest } from "@/app/_lib/use-api-request";

type TPerson = { id: string; name: string; role: string; disabled: boolean };
type Option = { value: string; label: string };

export function PersonDetailsForm({ person, roles }: { person: TPerson; roles: Option[] }) {
  const t = useTranslations("admin");
  return (
    <JsonForm
      action={`/api/admin/users/${encodeURIComponent(person.id)}`}
      method="PATCH"
      submit={t("person.save")}
      done={t("person.saved")}
      toBody={(form) => ({ name: form.get("name"), role: form.get("role") })}
    >
      <h2>{t("person.details")}</h2>
      <label htmlFor="person-name">{t("name")}</label>
      <input id="person-name" name="name" defaultValue={person.name} required />
      <label htmlFor="person-role">{t("role")}</label>
      <Select id="person-role" name="role" options={roles} defaultValue={person.role} />
    </JsonForm>
  );
}

export function ResetPasswordForm({ person }: { person: TPerson }) {
  const t = useTranslations("admin.person");
  return (
    <JsonForm
      action={`/api/admin/users/${encodeURIComponent(person.id)}/password`}
      submit={t("reset")}
      done={t("resetDone", { name: person.name })}
      toBody={(form) => ({ password: form.get("password") })}
    >
      <h2>{t("resetTitle")}</h2>
      <p className="intro">{t("resetIntro")}</p>
      <label htmlFor="temporary-password">{t("temporaryPassword")}</label>
      <input id="temporary-password" name="password" type="password" required minLength={8} autoComplete="new-password" />
    </JsonForm>
  );
}

/** A button that asks first, sends one request and shows its answer; the page then shows the new state. */
function ConfirmedAction({ label, confirm, run, done }: { label: string; confirm: string; run: () => ReturnType<ReturnType<typeof useApiRequest>>; done: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function act() {
    if (!window.confirm(confirm)) return;
    setBusy(true);
    const result = await run();
    setBusy(false);
    setMessage(result.ok ? { ok: true, text: done } : { ok: false, text: result.message });
    if (result.ok) router.refresh();
  }
  return (
    <>
      <button type="button" className="secondary" onClick={act} disabled={busy}>
        {label}
      </button>
      {message && (
        <span role="status" className={message.ok ? "ok" : "error"}>
          {message.text}
        </span>
      )}
    </>
  );
}

export function ActiveToggle({ person }: { person: TPerson }) {
  const t = useTranslations("admin.person");
  const send = useApiRequest();
  const url = `/api/admin/users/${encodeURIComponent(person.id)}`;
  return person.disabled ? (
    <ConfirmedAction label={t("reactivate")} confirm={t("reactivate")} done={t("reactivatedDone", { name: person.name })} run={() => send(url, "PATCH", { active: true })} />
  ) : (
    <ConfirmedAction
      label={t("deactivate")}
      confirm={t("confirmDeactivate", { name: person.name })}
      done={t("deactivatedDone", { name: person.name })}
      run={() => send(url, "PATCH", { active: false })}
    />
  );
}

export function RemoveFromTeamButton({ person, team }: { person: TPerson; team: { id: string; name: string } }) {
  const t = useTranslations("admin.person");
  const send = useApiRequest();
  return (
    <ConfirmedAction
      label={t("remove", { team: team.name })}
      confirm={t("confirmRemove", { name: person.name, team: team.name })}
      done={t("removed", { team: team.name })}
      run={() => send(`/api/admin/teams/${encodeURIComponent(team.id)}/members/${encodeURIComponent(person.id)}`, "DELETE")}
    />
  );
}
