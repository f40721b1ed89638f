import * as z from "zod/mini";
import { component } from "../http/route";

/** An organisation as a registry entry names it. */
const Counterpart = /* @__PURE__ */ z.object({
  orgNumber: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
});

/** One entry of a party's registry extract (D-55). */
export const RegistryEntryView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    documentNumber: /* @__PURE__ */ z.string().check(
      z.meta({
        description: "Stable: the letter's id and the event's place in its trail",
        example: "SVK-1A2B3C4D-000012",
      }),
    ),
    registeredOn: /* @__PURE__ */ z
      .string()
      .check(
        z.meta({ description: "The day Samverkan recorded it (Europe/Stockholm)", format: "date" }),
      ),
    documentDate: /* @__PURE__ */ z.string().check(z.meta({ format: "date" })),
    kind: /* @__PURE__ */ z.string(),
    description: /* @__PURE__ */ z
      .string()
      .check(z.meta({ description: "The subject without secret details (OSL 5 kap. 1 §)" })),
    counterparts: /* @__PURE__ */ z.array(Counterpart),
    link: /* @__PURE__ */ z.string(),
  }),
  "RegistryEntry",
);
