import type { FieldError } from "../components/error-summary";
import { fieldId } from "./field-frame";

/** A form's own errors, by field name, found before anything is sent. */
export type FormErrors = Readonly<Record<string, string>>;

/** The errors as the error summary lists them, each linked to its field. */
export const summaryOf = (errors: FormErrors): FieldError[] =>
  Object.entries(errors).map(([name, text]) => ({ field: fieldId(name), text }));

/** Drops the entries whose message is empty: `{ title: title ? "" : t(…) }` reads as a check. */
export const onlyErrors = (checks: Record<string, string>): FormErrors =>
  Object.fromEntries(Object.entries(checks).filter(([, message]) => message !== ""));

export const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
