"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent, type ReactNode } from "react";

type Option = { value: string; label: string };

/** Posts the form as JSON to an admin API and shows the server's error next to the form. */
function JsonForm({
  action,
  toBody,
  submit,
  children,
}: {
  action: string | ((form: FormData) => string);
  toBody: (form: FormData) => unknown;
  submit: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const t = useTranslations("admin");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const url = typeof action === "string" ? action : action(form);
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(toBody(form)) });
    if (response.ok) {
      formElement.reset();
      setMessage({ ok: true, text: t("created") });
      router.refresh();
      return;
    }
    const body = await response.json().catch(() => null);
    const details = Array.isArray(body?.error?.details) ? body.error.details.map((d: { path: string; message: string }) => `${d.path}: ${d.message}`).join("; ") : "";
    setMessage({ ok: false, text: [body?.error?.message ?? response.statusText, details].filter(Boolean).join(" ") });
  }
  return (
    <form onSubmit={onSubmit} className="card">
      {children}
      <p role="status" className={message?.ok ? "ok" : "error"}>
        {message?.text}
      </p>
      <button type="submit">{submit}</button>
    </form>
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
      <select id="new-role" name="role">
        {roles.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <label htmlFor="new-team">{t("team")}</label>
      <select id="new-team" name="teamId">
        <option value="">—</option>
        {teams.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
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

export function AddMemberForm({ users, teams }: { users: Option[]; teams: Option[] }) {
  const t = useTranslations("admin");
  return (
    <JsonForm
      action={(form) => `/api/admin/teams/${encodeURIComponent(String(form.get("teamId")))}/members`}
      submit={t("addMember")}
      toBody={(form) => ({ userId: form.get("userId") })}
    >
      <h2>{t("addMember")}</h2>
      <label htmlFor="member-user">{t("user")}</label>
      <select id="member-user" name="userId">
        {users.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <label htmlFor="member-team">{t("team")}</label>
      <select id="member-team" name="teamId">
        {teams.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </JsonForm>
  );
}
