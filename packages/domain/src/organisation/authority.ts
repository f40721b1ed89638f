import type { Check } from "../rules/rule-violation";
import { violation } from "../rules/rule-violation";
import type { Actor } from "./actor";

/**
 * R16: a party's signature, notice or consent can be given only by a signatory of that party.
 * `forOrg` is the organisation the act is for.
 */
export function checkSignatoryOf(actor: Actor, forOrg: string): Check {
  if (actor.orgNumber !== forOrg) {
    return violation(
      "R16",
      "not-own-organisation",
      `${actor.sub} acts for ${actor.orgNumber}, not for ${forOrg}`,
    );
  }
  if (!actor.roles.includes("signatory")) {
    return violation(
      "R16",
      "not-a-signatory",
      `${actor.sub} is not an authorised signatory of ${forOrg}`,
    );
  }
  return undefined;
}

/**
 * The person behind an act, as the audit trail and R16 record them; a substitute's signature
 * says whom they signed for (R25).
 */
export function signedByOf(actor: Actor): {
  sub: string;
  name?: string;
  sealedName?: string;
  onBehalfOf?: { sub: string };
} {
  const onBehalfOf = actor.onBehalfOf ? { onBehalfOf: { sub: actor.onBehalfOf.sub } } : {};
  // D-58: a sealed name is recorded instead of the plain one, so erasure can make it unreadable.
  if (actor.sealedName) return { sub: actor.sub, sealedName: actor.sealedName, ...onBehalfOf };
  return { sub: actor.sub, ...(actor.name ? { name: actor.name } : {}), ...onBehalfOf };
}
