import type { Problem } from "@samverkan/client";
import { useState } from "preact/hooks";
import type { CallResult } from "../api/problem";
import { useCommand } from "../api/use-command";
import { type FormErrors, onlyErrors } from "./form-errors";

export interface CommandFormOptions<T> {
  /** The form's own checks by field name, "" where a field is fine (nothing is sent otherwise). */
  readonly check?: () => Record<string, string>;
  /** The call to the API. */
  readonly send: () => Promise<CallResult<T>>;
  /**
   * What follows the API's yes: navigate, reload. What it returns is said in the form's success
   * banner (which takes focus); anything else (a navigation's nothing) when the next page says it.
   */
  readonly accepted: (data: T) => unknown;
}

export interface CommandForm {
  readonly errors: FormErrors;
  /** Why the API refused the last try, if it did. */
  readonly problem: Problem | undefined;
  readonly busy: boolean;
  /** What the last accepted try did, in words, until the form is sent again. */
  readonly done: string | undefined;
  readonly submit: (event?: Event) => Promise<void>;
}

/**
 * The submit/validate/refuse/confirm cycle every form of the workspace goes through: check the
 * fields, send, keep the API's refusal for the error summary, and say what happened.
 */
export function useCommandForm<T>(options: CommandFormOptions<T>): CommandForm {
  const command = useCommand();
  const [errors, setErrors] = useState<FormErrors>({});
  const [done, setDone] = useState<string | undefined>();
  const submit = async (event?: Event) => {
    event?.preventDefault();
    setDone(undefined);
    const found = onlyErrors(options.check?.() ?? {});
    setErrors(found);
    if (Object.keys(found).length > 0) {
      command.clear();
      return;
    }
    const data = await command.run(options.send);
    if (data === undefined) return;
    const said = options.accepted(data);
    setDone(typeof said === "string" && said !== "" ? said : undefined);
  };
  return { errors, problem: command.problem, busy: command.busy, done, submit };
}
