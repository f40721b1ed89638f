import { currentSession } from "./session";

// R25: whom the signed-in person acts for as substitute, when they chose to. Kept in
// sessionStorage (this tab), like the session. The API decides on every request (`Acting-For`);
// this only says which substitution to name and what the buttons should offer.

const KEY = "samverkan.actingFor";

/** The substitution the person acts by: its id, whom it is for, and the roles it gives. */
export interface ActingFor {
  readonly id: string;
  /** The person who chose it (the substitute): a new sign-in as someone else drops it. */
  readonly substitute: string;
  readonly orgNumber: string;
  readonly appointerName: string;
  readonly roles: readonly string[];
  /** Its last day: after it the choice is dropped. */
  readonly to: string;
}

let chosen: ActingFor | undefined = read();
const listeners = new Set<() => void>();

function read(): ActingFor | undefined {
  try {
    return (JSON.parse(sessionStorage.getItem(KEY) ?? "null") as ActingFor | null) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Today in Stockholm, as the API counts a substitution's days. */
const todayInStockholm = () =>
  new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

/** The substitution the signed-in person acts by, if it is theirs and has not ended. */
export function currentActingFor(): ActingFor | undefined {
  const person = currentSession()?.person;
  if (!chosen || !person) return undefined;
  if (chosen.substitute !== person.sub || chosen.orgNumber !== person.orgNumber) return undefined;
  if (chosen.to < todayInStockholm()) return undefined;
  return chosen;
}

/** Acts for someone (a substitution), or as oneself again (undefined). */
export function chooseActingFor(acting: ActingFor | undefined): void {
  chosen = acting;
  if (acting) sessionStorage.setItem(KEY, JSON.stringify(acting));
  else sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

export function onActingForChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
