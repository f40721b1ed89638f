import { randomUUID } from "node:crypto";
import {
  type IfMatch,
  InputOutOfRange,
  ifMatchHolds,
  nowIso,
  openSealed,
  personIdOf,
  readVisibleLetter,
  rememberPersonById,
  sealForPerson,
  today,
} from "@samverkan/core";
import {
  type CalendarDate,
  decideLetter,
  type GroupMember,
  type OrgNumber,
} from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { requireCoordinatorOfParty } from "./access";
import type { Caller } from "./caller";

// D-65: a collaboration group's member is a person of the people directory, by opaque id, whose
// name is sealed with their own key (D-58) — not free text in an event. A coordinator erasing
// them (POST /v1/people/{id}/erasure, D-59) shreds the key: every appointment that named them
// opens to "(raderad person)", and the trail is never rewritten.

/** A member as a request names them: a name, or the id of a member of the current group. */
export interface RequestedMember {
  readonly id?: string | undefined;
  readonly name?: string | undefined;
  readonly orgNumber: OrgNumber;
  readonly role?: string | undefined;
}

/**
 * The subject a group member gets in the directory: random, so their id (`personIdOf`) says
 * nothing of them, and no token can ever carry it (a real subject has no such prefix at any
 * provider we trust, and a token's `sub` never names a group member).
 */
const GROUP_MEMBER_SUB = "samverkan-group-member:";

const newMemberId = (orgNumber: string) =>
  personIdOf({ orgNumber, sub: `${GROUP_MEMBER_SUB}${randomUUID()}` });

/**
 * The requested members as the command carries them: each of a principal party a person by id
 * with a sealed name. A member of the current group is kept by their `id`, or by the same name
 * and party (a form that sends names keeps the people it had); anyone else is a new person in the
 * directory. A member of no principal party passes as given, for the domain to refuse (R9), and
 * nothing is kept of them. Deny by default: only a coordinator of a principal party of a letter
 * they see gets this far (404, 403 otherwise), so nobody else makes keys or directory entries.
 *
 * Nothing is kept for a request the command will refuse: a stale `If-Match` or a refusal of the
 * domain on the head read here passes the members on as given, and the command answers (412,
 * 422) as it would have. Only a write that races in between leaves a directory entry unused.
 *
 * Bound: at most 100 members a request (the route's), so at most 100 keys and directory writes.
 */
export const sealGroupMembers = (
  letterId: string,
  caller: Caller,
  requested: readonly RequestedMember[],
  request: {
    readonly appointedOn?: CalendarDate | undefined;
    readonly ifMatch?: IfMatch | undefined;
  },
) =>
  Effect.gen(function* () {
    const head = yield* readVisibleLetter(letterId, caller);
    const { letter } = head;
    const refused = requireCoordinatorOfParty(caller, letter);
    if (refused) return yield* Effect.fail(refused);
    const asGiven = requested.map(({ id: _id, ...member }): GroupMember => member);
    if (request.ifMatch !== undefined && !ifMatchHolds(request.ifMatch, letter.version))
      return asGiven;
    const on = yield* today;
    const decided = decideLetter(
      {
        type: "SetCollaborationGroup",
        today: on,
        actor: caller,
        members: asGiven,
        setOn: request.appointedOn ?? on,
      },
      letter,
    );
    if (!decided.ok) return asGiven;
    const current = letter.collaborationGroup ?? [];
    const { opened } = yield* openSealed(
      current.flatMap((m) => (m.sealedName ? [m.sealedName] : [])),
    );
    const nameOf = (member: GroupMember) =>
      member.sealedName ? (opened.get(member.sealedName) ?? null) : null;
    const at = yield* nowIso;
    const principal = new Set(letter.parties.map((party) => party.orgNumber));
    // Two rows with the same new name and party in one request are one person.
    const madeNow = new Map<string, GroupMember>();
    const sealed: GroupMember[] = [];
    for (const member of requested) {
      const role = member.role ? { role: member.role } : {};
      if (!principal.has(member.orgNumber)) {
        sealed.push({
          orgNumber: member.orgNumber,
          ...(member.name ? { name: member.name } : {}),
          ...role,
        });
        continue;
      }
      const kept = keptMember(current, member, nameOf);
      if (member.id && !kept)
        return yield* Effect.fail(
          new InputOutOfRange({
            code: "group-member-unknown",
            message: "An id names a member of the current group of the same party only",
          }),
        );
      if (kept?.personId && kept.sealedName && (!member.name || member.name === nameOf(kept))) {
        // The same person as before, their sealed name as it was (an erased one stays erased).
        sealed.push({
          personId: kept.personId,
          sealedName: kept.sealedName,
          orgNumber: member.orgNumber,
          ...role,
        });
        continue;
      }
      const name = member.name as string;
      const erasedBefore = kept?.personId && nameOf(kept) === null;
      const key = `${member.orgNumber}|${name}`;
      const made = madeNow.get(key);
      if (made) {
        sealed.push({ ...made, ...role });
        continue;
      }
      // A kept member renamed keeps their id; an erased one named again is a new person.
      const personId =
        kept?.personId && !erasedBefore ? kept.personId : newMemberId(member.orgNumber);
      yield* rememberPersonById(personId, member.orgNumber, name, at);
      const sealedName = yield* sealForPerson(personId, member.orgNumber, name, at);
      const person = { personId, sealedName, orgNumber: member.orgNumber };
      madeNow.set(key, person);
      sealed.push({ ...person, ...role });
    }
    return sealed;
  });

/** The current member a requested one is: by id, else by the same name and party. */
function keptMember(
  current: readonly GroupMember[],
  member: RequestedMember,
  nameOf: (member: GroupMember) => string | null,
): GroupMember | undefined {
  const ofParty = current.filter((m) => m.orgNumber === member.orgNumber);
  if (member.id) return ofParty.find((m) => m.personId === member.id);
  return ofParty.find((m) => m.personId && member.name !== undefined && nameOf(m) === member.name);
}
