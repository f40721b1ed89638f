import { describe, expect, it } from "vitest";
import { routeTableEntries } from "../scripts/route-table";
import { ALL_ROUTE_GROUPS } from "../src/routes/all-route-groups";
import { ROUTE_GROUP_NAMES, ROUTE_GROUPS } from "../src/routes/route-groups";
import { ROUTE_TABLE } from "../src/routes/route-table";

describe("the route table the app registers at a cold start (D-68)", () => {
  it("lists every route of every group, in matching order (else: pnpm --filter @samverkan/api generate)", () => {
    expect(ROUTE_TABLE).toEqual(routeTableEntries());
  });

  it("loads on first use the same group the document is made from", async () => {
    for (const name of ROUTE_GROUP_NAMES)
      expect(await ROUTE_GROUPS[name](), name).toBe(ALL_ROUTE_GROUPS[name]);
  });
});
