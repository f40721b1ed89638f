import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { queryLetterItems } from "./letter-store";
import { personIdOf, readPerson } from "./people-store";
import { contactsOfPerson, lettersOfOrganisation, readErasure } from "./person-erasure";
import { openSealed, personKeyCreatedAt } from "./person-keys";

// The export of a person's data (GDPR art. 15; issue #22 item 4, D-60): everything Samverkan
// keeps about them, found the way an erasure finds it, so the two cannot disagree.

/** The most events one export reads, over all the organisation's letters (then `complete: false`). */
export const MAX_EXPORT_EVENTS = 50_000;
const PAGE = 1_000;

type StoredEvent = {
  sequence: number;
  type: string;
  data: string;
  actor?: { sub: string; orgNumber?: string };
  recordedAt: string;
};

/** One act of the person in a letter's trail: they acted, or they signed (or both). */
export interface PersonAct {
  readonly letterId: string;
  readonly sequence: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly as: "actor" | "signer";
  /** The name the event keeps for them (sealed, opened here); null when none or unreadable. */
  readonly nameRecorded: string | null;
}

const signerOf = (data: Record<string, unknown>) =>
  ["signedBy", "proposedBy", "acceptedBy", "declinedBy", "withdrawnBy"]
    .map((field) => data[field] as { sub?: unknown; name?: unknown; sealedName?: unknown })
    .find((value) => typeof value?.sub === "string");

/**
 * What the store keeps about a person of `orgNumber`: the directory entry, the fact of a key (never
 * the key), a recorded erasure, contact entries (by the directory's name or `addresses`), and
 * their acts in the trails of their organisation's letters — at most `maxEvents` events read.
 */
export const exportPerson = /* @__PURE__ */ Effect.fn("store.exportPerson")(function* (
  personId: string,
  orgNumber: string,
  addresses: readonly string[],
  maxEvents = MAX_EXPORT_EVENTS,
) {
  const directory = yield* readPerson(personId);
  const erasure = yield* readErasure(personId);
  const keyCreatedAt = yield* personKeyCreatedAt(personId);
  const name = directory?.name ?? null;
  const contacts = (yield* contactsOfPerson({ orgNumber, name, addresses })).flatMap(
    ({ letterId, stored, theirs }) =>
      theirs.map((index) => {
        const contact = stored.list.contacts[index] as (typeof stored.list.contacts)[number];
        return { letterId, listOf: stored.list.orgNumber as string, ...contact };
      }),
  );
  const acts: { act: Omit<PersonAct, "nameRecorded">; sealed?: string; plain?: string }[] = [];
  let read = 0;
  let complete = true;
  for (const letterId of yield* lettersOfOrganisation(orgNumber)) {
    let cursor: string | undefined;
    do {
      if (read >= maxEvents) {
        complete = false;
        break;
      }
      const page = yield* queryLetterItems(
        letterId,
        keys.eventPrefix,
        Math.min(PAGE, maxEvents - read),
        cursor,
      );
      read += page.items.length;
      for (const item of page.items as unknown as StoredEvent[]) {
        const actor = item.actor;
        if (!actor?.orgNumber || actor.orgNumber !== orgNumber) continue;
        const data = JSON.parse(item.data) as Record<string, unknown>;
        const signer = signerOf(data);
        const signed = signer && personIdOf({ orgNumber, sub: signer.sub as string }) === personId;
        const acted = personIdOf({ orgNumber, sub: actor.sub }) === personId;
        if (!signed && !acted) continue;
        acts.push({
          act: {
            letterId,
            sequence: item.sequence,
            type: item.type,
            recordedAt: item.recordedAt,
            as: signed ? "signer" : "actor",
          },
          ...(signed && typeof signer?.sealedName === "string"
            ? { sealed: signer.sealedName }
            : {}),
          ...(signed && typeof signer?.name === "string" ? { plain: signer.name } : {}),
        });
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    if (!complete) break;
  }
  // The names the events keep for them, opened 200 people at a time: here, one person.
  const { opened } = yield* openSealed(acts.flatMap((a) => (a.sealed ? [a.sealed] : [])));
  return {
    personId,
    orgNumber,
    directory: directory && {
      name: directory.name,
      updatedAt: directory.updatedAt,
      erased: directory.erased,
    },
    version: directory?.version ?? 0,
    erasure: erasure && {
      reference: erasure.reference,
      decidedOn: erasure.decidedOn,
      recordedAt: erasure.recordedAt,
    },
    key: keyCreatedAt ? { createdAt: keyCreatedAt } : null,
    contacts,
    acts: acts.map(({ act, sealed, plain }) => ({
      ...act,
      nameRecorded: (sealed ? opened.get(sealed) : plain) ?? null,
    })) satisfies PersonAct[],
    eventsRead: read,
    complete,
  };
});
