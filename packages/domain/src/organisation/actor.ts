import * as z from "zod/mini";
import { OrgNumber } from "./org-number";

/** What a person may do for their organisation (api.md, Authentication and roles). */
export const Role = /* @__PURE__ */ z.enum(["signatory", "coordinator", "viewer"]);
export type Role = z.infer<typeof Role>;

/**
 * D-58: a personal field sealed by the core with the person's own key (AES-GCM, crypto-shredding):
 * opaque to the domain, which carries it where a name would be recorded. At most 1 000 characters.
 */
export const SealedName = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(1000));

/** Who issues a command: a person acting for one organisation with some roles (R16). */
export const Actor = /* @__PURE__ */ z.object({
  /** Stable subject id of the person (the token's `sub`). */
  sub: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
  name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
  /** D-58: the name sealed with the person's key; recorded in events instead of `name`. */
  sealedName: /* @__PURE__ */ z.optional(SealedName),
  orgNumber: OrgNumber,
  roles: /* @__PURE__ */ z.array(Role),
  /**
   * R25: the person this one acts for as their substitute; absent when acting for oneself (and
   * in every event recorded before substitutes existed, which still parse).
   */
  onBehalfOf: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.object({
      sub: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
    }),
  ),
});
export type Actor = z.infer<typeof Actor>;

/** An organisation as a party: its number and name. */
export const Organisation = /* @__PURE__ */ z.object({
  orgNumber: OrgNumber,
  name: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
});
export type Organisation = z.infer<typeof Organisation>;
