import type { TLocalizedText } from "../i18n/localized-text";

/** A field's own wording, except when the field is missing: then the shared "missing required field" applies. */
export const unlessMissing = (reason: TLocalizedText) => (issue: { input?: unknown }) => (issue.input === undefined ? undefined : reason.en);
