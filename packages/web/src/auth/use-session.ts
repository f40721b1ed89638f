import { useEffect, useState } from "preact/hooks";
import { currentActingFor, onActingForChange } from "./acting-for";
import { currentSession, onSessionChange, type Session } from "./session";

/**
 * The session as the workspace acts: while the person acts for someone as substitute (R25), with
 * the roles the substitution gives them, so the buttons offered are those of the person they
 * stand in for. The API checks the same on every request.
 */
function actingSession(): Session | undefined {
  const session = currentSession();
  const acting = currentActingFor();
  if (!session || !acting) return session;
  return { ...session, person: { ...session.person, roles: acting.roles } };
}

/** The signed-in session; re-renders on sign-in, sign-out and a token the API turned away. */
export function useSession(): Session | undefined {
  const [session, setSession] = useState(actingSession);
  useEffect(() => {
    const update = () => setSession(actingSession());
    const stopSession = onSessionChange(update);
    const stopActing = onActingForChange(update);
    return () => {
      stopSession();
      stopActing();
    };
  }, []);
  return session;
}
