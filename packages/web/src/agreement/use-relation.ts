import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { isPrincipalParty } from "../permissions/permissions";
import { useAgreement } from "./agreement-context";

/**
 * How the person's organisation stands to the letter: a party, a member municipality or a
 * project party. Only GET /v1/agreements says it, so it is read only when the person is not a
 * principal party (a municipality may register its own needs, R16).
 */
export function useRelation(): string | undefined {
  const { agreement, letterId, session } = useAgreement();
  const party = isPrincipalParty(session.person, agreement);
  const list = useResource(
    () =>
      party
        ? Promise.resolve({ data: undefined, response: new Response(null, { status: 200 }) })
        : api().GET("/v1/agreements", { params: { query: { limit: 200 } } }),
    [party, letterId],
  );
  if (party) return "party";
  return list.data?.items.find((item) => item.id === letterId)?.relation;
}
