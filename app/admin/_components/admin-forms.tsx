"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, useState } from "react";
import { useApiRequest } from "@/app/_lib/use-api-request";

type Option = { value: string; label: string };

/** Sends the form as JSON to an admin API and shows the answer, in the interface language, next to the form. */
export function JsonForm({
  action,
  method = "POST",
  toBody,
  submit,
  done,
  className = "card",
  children,
}: {
  action: string | ((form: FormData) => string);
  method?: "POST" | "PATCH";
  toBody: (form: FormData) => unknown;
  submit: string;
  done?: string;
  className?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const t = useTranslations("admin");
  const send = useApiRequest();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await send(typeof action === "string" ? action : action(form), method, toBody(form));
    if (!result.ok) return setMessage({ ok: false, text: result.message });
    if (method === "POST") formElement.reset();
    setMessage({ ok: true, text: done ?? t("created") });
    router.refresh();
  }
  return (
    <form onSubmit={onSubmit} className={className}>
      {children}
      <p role="status" className={message?.ok ? "ok" : "error"}>
        {message?.text}
      </p>
      <button type="submit">{submit}</button>
    </form>
  );
}

/** A select of options; `empty` names the choice of none ("—" by default when given as true). */
export function Select({ id, name, options, empty, defaultValue }: { id: string; name: string; options: Option[]; empty?: boolean | string; defaultValue?: string }) {
  return (
    <select id={id} name={name} defaultValue={defaultValue}>
      {empty && <option value="">{empty === true ? "—" : empty}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function AddUserForm({ roles, teams }: { roles: Option[]; teams: Option[] }) {
  const t = useTranslations("admin");
  return (
    <JsonForm
      action="/api/admin/users"
      submit={t("create")}
      toBody={(form) => ({
        username: form.get("username"),
        name: form.get("name"),
        password: form.get("password"),
        role: form.get("role"),
        teamIds: form.get("teamId") ? [form.get("teamId")] : [],
      })}
    >
      <h2>{t("addUser")}</h2>
      <label htmlFor="new-username">{t("username")}</label>
      <input id="new-username" name="username" required autoComplete="off" />
      <label htmlFor="new-name">{t("name")}</label>
      <input id="new-name" name="name" required />
      <label htmlFor="new-password">{t("password")}</label>
      <input id="new-password" name="password" type="password" required minLength={8} autoComplete="new-password" />
      <label htmlFor="new-role">{t("role")}</label>
      <Select id="new-role" name="role" options={roles} />
      <label htmlFor="new-team">{t("team")}</label>
      <Select id="new-team" name="teamId" options={teams} empty />
    </JsonForm>
  );
}

export function AddTeamForm() {
  const t = useTranslations("admin");
  return (
    <JsonForm action="/api/admin/teams" submit={t("create")} toBody={(form) => ({ name: form.get("name") })}>
      <h2>{t("addTeam")}</h2>
      <label htmlFor="team-name">{t("teamName")}</label>
      <input id="team-name" name="name" required />
    </JsonForm>
  );
}

export function AddMemberForm({ users, teams, userId }: { users?: Option[]; teams: Option[]; userId?: string }) {
  const t = useTranslations("admin");
  return (
    <JsonForm
      action={(form) => `/api/admin/teams/${encodeURIComponent(String(form.get("teamId")))}/members`}
      submit={userId ? t("person.add") : t("addMember")}
      done={userId ? t("person.added") : undefined}
      toBody={(form) => ({ userId: userId ?? form.get("userId") })}
    >
      <h2>{userId ? t("person.addTo") : t("addMember")}</h2>
      {users && (
        <>
          <label htmlFor="member-user">{t("user")}</label>
          <Select id="member-user" name="userId" options={users} />
        </>
      )}
      <label htmlFor="member-team">{t("team")}</label>
      <Select id="member-team" name="teamId" options={teams} />
    </JsonForm>
  );
}

export function RenameTeamForm({ teamId, name }: { teamId: string; name: string }) {
  const t = useTranslations("admin");
  const id = `rename-${teamId}`;
  return (
    <JsonForm
      action={`/api/admin/teams/${encodeURIComponent(teamId)}`}
      method="PATCH"
      submit={t("rename")}
      done={t("renamed")}
      className="row rename"
      toBody={(form) => ({ name: form.get("name") })}
    >
      <label htmlFor={id} className="visually-hidden">
        {t("renameLabel", { name })}
      </label>
      <input id={id} name="name" defaultValue={name} required />
    </JsonForm>
  );
}

/** Every zone the browser knows, UTC first: a list rather than free text, so only real zones are sent. */
const TIME_ZONES = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];

/** The team's time zone: its dashboard days and date filters are local days there. */
export function TeamTimeZoneForm({ teamId, name, timeZone }: { teamId: string; name: string; timeZone: string }) {
  const t = useTranslations("admin");
  const id = `time-zone-${teamId}`;
  const zones = TIME_ZONES.includes(timeZone) ? TIME_ZONES : [timeZone, ...TIME_ZONES];
  return (
    <JsonForm
      action={`/api/admin/teams/${encodeURIComponent(teamId)}/time-zone`}
      method="PATCH"
      submit={t("setTimeZone")}
      done={t("timeZoneSaved")}
      className="row time-zone"
      toBody={(form) => ({ timeZone: form.get("timeZone") })}
    >
      <label htmlFor={id} className="visually-hidden">
        {t("timeZoneLabel", { name })}
      </label>
      <Select id={id} name="timeZone" options={zones.map((zone) => ({ value: zone, label: zone }))} defaultValue={timeZone} />
    </JsonForm>
  );
}
