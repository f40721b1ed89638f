import { keepForm } from "./kept-form";
import { type Person, personOf } from "./person";

// The signed-in session: the access token and who it is for. Kept in sessionStorage (this tab
// only, gone when it closes), never in localStorage, so a token does not outlive the visit.

const KEY = "samverkan.session";
/** Set when a session ran out (rather than being ended), for the sign-in page to say so. */
const EXPIRED_KEY = "samverkan.session-expired";

export interface Session {
  readonly token: string;
  readonly person: Person;
  /** The organisation's name when the sign-in knew it (local people do). */
  readonly orgName?: string;
}

let current: Session | undefined = read();
const listeners = new Set<() => void>();

function read(): Session | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as {
      token?: string;
      orgName?: string;
    } | null;
    const person = stored?.token ? personOf(stored.token) : undefined;
    if (!stored?.token || !person || person.expiresAt * 1000 < Date.now()) return undefined;
    return { token: stored.token, person, ...(stored.orgName ? { orgName: stored.orgName } : {}) };
  } catch {
    return undefined;
  }
}

/** The current session, if the token is still valid. */
export function currentSession(): Session | undefined {
  if (current && current.person.expiresAt * 1000 < Date.now()) endSession("expired");
  return current;
}

/** Starts a session with `token`; false when the token carries no person. */
export function startSession(token: string, orgName?: string): boolean {
  const person = personOf(token);
  if (!person) return false;
  current = { token, person, ...(orgName ? { orgName } : {}) };
  sessionStorage.setItem(KEY, JSON.stringify({ token, orgName }));
  for (const listener of listeners) listener();
  return true;
}

/**
 * Ends the session: on sign-out, or `"expired"` when the token ran out or the API no longer
 * accepts it; then what the page's form holds is kept for after signing in again (D-42).
 */
export function endSession(reason?: "expired"): void {
  if (reason === "expired" && current) {
    keepForm(location.pathname);
    sessionStorage.setItem(EXPIRED_KEY, "1");
  }
  current = undefined;
  sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the last session ran out (read once: the sign-in page says so, then forgets it). */
export function sessionRanOut(): boolean {
  const ranOut = sessionStorage.getItem(EXPIRED_KEY) === "1";
  sessionStorage.removeItem(EXPIRED_KEY);
  return ranOut;
}
