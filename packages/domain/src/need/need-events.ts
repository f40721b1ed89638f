import * as z from "zod/mini";
import { Need } from "./need-model";

/** A need registered for the collaboration (R5, R6): by a party, a municipality or a dialog. */
export const NeedEvent = /* @__PURE__ */ z.extend(Need, {
  type: /* @__PURE__ */ z.literal("NeedRegistered"),
});
export type NeedEvent = z.infer<typeof NeedEvent>;
