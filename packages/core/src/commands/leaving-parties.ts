import type { LetterOfIntent } from "@samverkan/domain";
import { type ItemKey, keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import type { MembershipChange } from "../store/append";
import { readItems } from "../store/letter-store";
import { mayView } from "./visibility";

/**
 * The contact lists to delete with a command (D-28): those of project parties it leaves with no
 * special agreement. Such a party stops seeing the letter (404), so it could no longer see or
 * delete its list; the list goes in the same transaction as the membership that gave it sight.
 *
 * The counts are read after the head; the append is conditional on the stream version read, and
 * every change of a membership count goes through that stream, so a count cannot move in between.
 */
export const contactsOfLeavingParties = (
  letterId: string,
  letterAfter: LetterOfIntent,
  changes: readonly MembershipChange[],
) =>
  Effect.gen(function* () {
    const net = new Map<string, number>();
    for (const change of changes)
      if (change.kind === "project-party")
        net.set(change.orgNumber, (net.get(change.orgNumber) ?? 0) + change.by);
    const leaving = [...net].filter(([, by]) => by < 0).map(([orgNumber]) => orgNumber);
    if (leaving.length === 0) return [] as ItemKey[];
    const itemOf = yield* readItems(leaving.map((org) => keys.membership(org, letterId)));
    return leaving
      .filter((org) => {
        // A party or member municipality keeps its list whatever its special agreements.
        if (mayView(letterAfter, org, undefined)) return false;
        const count = Number(itemOf(keys.membership(org, letterId))?.projectAgreements ?? 0);
        return count + (net.get(org) ?? 0) <= 0;
      })
      .map((org) => keys.contacts(letterId, org));
  });
