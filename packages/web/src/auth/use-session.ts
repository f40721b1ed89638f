import { useEffect, useState } from "preact/hooks";
import { currentSession, onSessionChange, type Session } from "./session";

/** The signed-in session; re-renders on sign-in, sign-out and a token the API turned away. */
export function useSession(): Session | undefined {
  const [session, setSession] = useState(currentSession);
  useEffect(() => onSessionChange(() => setSession(currentSession())), []);
  return session;
}
