import type { Watch } from "@samverkan/domain";
import type { WatchItem } from "../store/append";

/**
 * The watch items a command must write and delete: those whose date changed or that are new,
 * and those that went away. Unchanged ones are left alone, so a command's transaction grows with
 * what it changes, never with how many obligations the letter has.
 */
export function watchChanges(
  before: readonly Watch[],
  after: readonly Watch[],
): { put: WatchItem[]; remove: string[] } {
  const dateBefore = new Map(before.map((watch) => [watch.id, watch.on]));
  const ids = new Set(after.map((watch) => watch.id));
  return {
    put: after.filter(({ id, on }) => dateBefore.get(id) !== on).map(({ id, on }) => ({ id, on })),
    remove: [...dateBefore.keys()].filter((id) => !ids.has(id)),
  };
}
