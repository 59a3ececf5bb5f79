import { AppError, type TAppErrorCode } from "../errors/app-error";

/**
 * Why an account or team change was refused, as a stable key the interface words in the reader's
 * language (admin.errors.<reason>); the English message is for the API and the log.
 */
export type TAccountRefusal =
  | "username_taken"
  | "team_name_taken"
  | "already_member"
  | "not_member"
  | "own_account"
  | "wrong_password"
  | "same_password"
  | "no_such_team"
  | "no_such_user";

export function accountError(code: TAppErrorCode, reason: TAccountRefusal, message: string): AppError {
  return new AppError(code, message, { reason });
}
