import type { Obligation } from "@samverkan/domain";
import type { ObligationIndexItem } from "../store/append";

const isOpen = (obligation: Obligation) =>
  obligation.status !== "fulfilled" && obligation.status !== "lapsed";

/**
 * The index items to write after a command: every open obligation (rewritten, so that items for
 * periods that began since the last write appear), and removals for those that closed.
 */
export function obligationIndexChanges(
  before: readonly Obligation[],
  after: readonly Obligation[],
) {
  const open = after.filter(isOpen);
  const put: ObligationIndexItem[] = open.map(({ id, kind, rule, dueOn }) => ({
    obligationId: id,
    kind,
    rule,
    dueOn,
  }));
  const remove = before.filter((o) => !open.some((still) => still.id === o.id)).map((o) => o.id);
  return { put, remove };
}
