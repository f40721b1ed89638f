import {
  type Activity,
  type ActivityCommand,
  type ActivityEvent,
  type ActivityState,
  activityDecider,
  activityWatches,
  type CalendarDate,
  type Decider,
  type Dialog,
  type DialogCommand,
  type DialogEvent,
  type DialogState,
  dialogDecider,
  type FundingApplication,
  type FundingCommand,
  type FundingEvent,
  type FundingState,
  fundingDecider,
  fundingWatches,
  type LetterCommand,
  type LetterEvent,
  type LetterOfIntent,
  letterDecider,
  letterEndsOn,
  type Need,
  type NeedCommand,
  type NeedEvent,
  type NeedState,
  needDecider,
  needOf,
  type ReminderPolicy,
  type Watch,
} from "@samverkan/domain";
import { type ItemKey, keys } from "@samverkan/table";
import type * as Effect from "effect/Effect";
import { bindLetterSignatures, bindSpecialAgreementSignatures } from "../documents/bind-signatures";
import type { MembershipChange } from "../store/append";
import { snapshotOf } from "../store/letter-store";

/** Which stream of a letter a command goes to: the letter itself or one of its items. */
export interface StreamId {
  readonly letterId: string;
  /** The dialog's, need's, activity's or application's id; absent for the letter itself. */
  readonly id?: string;
}

type ItemOf = (key: ItemKey) => Record<string, unknown> | undefined;

/**
 * How the application core stores one kind of aggregate: what to read beside the letter's head
 * for a command, the decider's state from it, and what to write after. Everything else (the
 * transaction, the head, the watches' diff, retries) is the one handler's.
 */
export interface Aggregate<Command, State, Event extends { readonly type: string }> {
  readonly kind: "letter" | "dialog" | "need" | "activity" | "funding";
  readonly decider: Decider<Command, State, Event>;
  readonly reads: (stream: StreamId, command: Command) => ItemKey[];
  readonly load: (
    stream: StreamId,
    letter: LetterOfIntent,
    itemOf: ItemOf,
    command: Command,
  ) => State;
  readonly letterOf: (state: State) => LetterOfIntent;
  /** The version `If-Match` is compared with: the aggregate's own, or null before it exists. */
  readonly versionOf: (state: State) => number | null;
  readonly snapshots: (
    stream: StreamId,
    after: State,
    events: readonly Event[],
  ) => Array<{ key: ItemKey; state: object }>;
  /** The aggregate's own watches (the letter's are the handler's, from the head), by the letter's policy. */
  readonly watches: (state: State, today: CalendarDate, policy: ReminderPolicy) => Watch[];
  readonly memberships: (before: State, after: State) => MembershipChange[];
  /** D-54: what the server adds to the decided events (a signature's document hash). */
  readonly bind?: (before: State, events: readonly Event[]) => Effect.Effect<readonly Event[]>;
}

const idOf = (stream: StreamId) => stream.id ?? "";
const none = () => [];

/** The letter itself: signatures, notice, group, structure reviews. */
export const letterAggregate: Aggregate<LetterCommand, LetterOfIntent, LetterEvent> = {
  kind: "letter",
  decider: {
    decide: letterDecider.decide,
    evolve: (state, event) => letterDecider.evolve(state, event),
    // A command on the letter runs after its head was read: the head is where it starts.
    initialState: (letter) => letter,
    streamOf: letterDecider.streamOf,
  },
  reads: none,
  load: (_stream, letter) => letter,
  letterOf: (letter) => letter,
  versionOf: (letter) => letter.version,
  snapshots: none,
  watches: none,
  // An invited party that signs is a party (D-35): its membership item says so from then on.
  memberships: (before, after) =>
    after.signatures
      .filter((s) => !before.signatures.some((b) => b.orgNumber === s.orgNumber))
      .map((s) => ({ kind: "list" as const, orgNumber: s.orgNumber, relation: "party" as const })),
  bind: bindLetterSignatures,
};

/** A leadership dialog, and the needs its record identifies. */
export const dialogAggregate: Aggregate<DialogCommand, DialogState, DialogEvent | NeedEvent> = {
  kind: "dialog",
  decider: dialogDecider,
  reads: (stream) => [keys.dialog(stream.letterId, idOf(stream))],
  load: (stream, letter, itemOf) => ({
    letter,
    dialog: snapshotOf<Dialog>(itemOf(keys.dialog(stream.letterId, idOf(stream)))),
  }),
  letterOf: (state) => state.letter,
  versionOf: (state) => state.dialog?.version ?? null,
  snapshots: (stream, after, events) => [
    ...(after.dialog
      ? [{ key: keys.dialog(stream.letterId, idOf(stream)), state: after.dialog }]
      : []),
    ...events.flatMap((event) =>
      event.type === "NeedRegistered"
        ? [{ key: keys.need(stream.letterId, event.needId), state: needOf(event) }]
        : [],
    ),
  ],
  watches: none,
  memberships: none,
};

/** A need raised by a party or a municipality. */
export const needAggregate: Aggregate<NeedCommand, NeedState, NeedEvent> = {
  kind: "need",
  decider: needDecider,
  reads: (stream, command) => [
    keys.need(stream.letterId, idOf(stream)),
    ...(command.dialogId ? [keys.dialog(stream.letterId, command.dialogId)] : []),
  ],
  load: (stream, letter, itemOf, command) => ({
    letter,
    need: snapshotOf<Need>(itemOf(keys.need(stream.letterId, idOf(stream)))),
    dialog: command.dialogId
      ? snapshotOf<Dialog>(itemOf(keys.dialog(stream.letterId, command.dialogId)))
      : null,
  }),
  letterOf: (state) => state.letter,
  versionOf: (state) => (state.need ? 1 : null),
  snapshots: (stream, after) =>
    after.need ? [{ key: keys.need(stream.letterId, idOf(stream)), state: after.need }] : [],
  watches: none,
  memberships: none,
};

const projectPartiesOf = (state: ActivityState) =>
  (state.activity?.specialAgreement.parties ?? [])
    .map((party) => party.orgNumber)
    .filter((org) => !state.letter.parties.some((p) => p.orgNumber === org));

/** An activity with its special agreement; its project parties see the letter while they are parties. */
export const activityAggregate: Aggregate<ActivityCommand, ActivityState, ActivityEvent> = {
  kind: "activity",
  decider: activityDecider,
  reads: (stream, command) => [
    keys.activity(stream.letterId, idOf(stream)),
    ...(command.type === "DefineActivity"
      ? command.needIds.map((needId) => keys.need(stream.letterId, needId))
      : []),
  ],
  load: (stream, letter, itemOf, command) => ({
    letter,
    activity: snapshotOf<Activity>(itemOf(keys.activity(stream.letterId, idOf(stream)))),
    needs: (command.type === "DefineActivity" ? command.needIds : []).flatMap((id) => {
      const need = snapshotOf<Need>(itemOf(keys.need(stream.letterId, id)));
      return need ? [need] : [];
    }),
  }),
  letterOf: (state) => state.letter,
  versionOf: (state) => state.activity?.version ?? null,
  snapshots: (stream, after) =>
    after.activity
      ? [{ key: keys.activity(stream.letterId, idOf(stream)), state: after.activity }]
      : [],
  watches: (state, today, policy) =>
    state.activity ? activityWatches(state.activity, today, "from", policy) : [],
  memberships: (before, after) => {
    const was = projectPartiesOf(before);
    const is = projectPartiesOf(after);
    return [
      ...is
        .filter((org) => !was.includes(org))
        .map((orgNumber) => ({ kind: "project-party" as const, orgNumber, by: 1 as const })),
      ...was
        .filter((org) => !is.includes(org))
        .map((orgNumber) => ({ kind: "project-party" as const, orgNumber, by: -1 as const })),
    ];
  },
  bind: bindSpecialAgreementSignatures,
};

/** The activities a funding command links (a revision may leave the links as they are). */
const linkedBy = (command: FundingCommand): readonly string[] =>
  ("linkedActivityIds" in command ? command.linkedActivityIds : undefined) ?? [];

/** A joint funding application, with the activities it links to. */
export const fundingAggregate: Aggregate<FundingCommand, FundingState, FundingEvent> = {
  kind: "funding",
  decider: fundingDecider,
  reads: (stream, command) => [
    keys.funding(stream.letterId, idOf(stream)),
    ...linkedBy(command).map((id) => keys.activity(stream.letterId, id)),
  ],
  load: (stream, letter, itemOf, command) => ({
    letter,
    application: snapshotOf<FundingApplication>(
      itemOf(keys.funding(stream.letterId, idOf(stream))),
    ),
    activityIds: linkedBy(command).filter(
      (id) => itemOf(keys.activity(stream.letterId, id)) !== undefined,
    ),
  }),
  letterOf: (state) => state.letter,
  versionOf: (state) => state.application?.version ?? null,
  snapshots: (stream, after) =>
    after.application
      ? [{ key: keys.funding(stream.letterId, idOf(stream)), state: after.application }]
      : [],
  watches: (state, today, policy) =>
    state.application
      ? fundingWatches(state.application, today, "from", policy, letterEndsOn(state.letter))
      : [],
  memberships: none,
};
