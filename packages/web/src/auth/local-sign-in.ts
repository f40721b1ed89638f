import { startSession } from "./session";

/** A person of the local system (packages/local/src/web-people.ts). */
export interface LocalPerson {
  readonly id: string;
  readonly name: string;
  readonly orgNumber: string;
  readonly orgName: string;
  readonly roles: readonly string[];
  readonly kind: "party" | "municipality" | "project-party" | "no-letter";
}

export interface LocalPeople {
  readonly people: readonly LocalPerson[];
  readonly municipalityConfigured: boolean;
}

/** The people the local system can sign in as. */
export async function fetchLocalPeople(): Promise<LocalPeople> {
  const response = await fetch("/local/people");
  if (!response.ok) throw new Error(`/local/people: ${response.status}`);
  return (await response.json()) as LocalPeople;
}

/** Asks the local issuer for a token of `person` and starts a session with it. */
export async function signInAsLocalPerson(person: LocalPerson): Promise<void> {
  const response = await fetch("/local/token", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ personId: person.id }),
  });
  if (!response.ok) throw new Error(`/local/token: ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  if (!startSession(token, person.orgName)) throw new Error("the local token carries no person");
}
