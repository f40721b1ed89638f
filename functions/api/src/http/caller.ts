import type { Actor } from "@samverkan/domain";

/** The authenticated person making a request, from the verified token's claims (R16). */
export type Caller = Actor;

/** Hono context variables set by the middleware. */
export interface AppEnv {
  Variables: {
    caller: Caller;
    requestId: string;
    /** Signs a list's `nextCursor` for this request's list, query and caller (D-37). */
    signCursor?: (inner: string) => string;
  };
}
