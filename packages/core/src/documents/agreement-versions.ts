import { type Activity, type ActivityEvent, foldActivity } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { InputOutOfRange } from "../errors";
import { queryLetterItems } from "../store/letter-store";

/**
 * How many events of a letter are read at most to find an earlier version of a special
 * agreement (the same bound as a follow-up report's); 400 beyond.
 */
export const MAX_VERSION_EVENTS = 20_000;
const PAGE = 1_000;

/**
 * An activity as it stood while its special agreement was at `version`, with that version's
 * signatures, folded from the trail (the snapshot keeps the current version only); null when the
 * activity never had that version. Reads the trail up to the next version's draft.
 */
export const activityAtVersion = /* @__PURE__ */ Effect.fn("documents.activityAtVersion")(
  function* (
    letterId: string,
    activityId: string,
    version: number,
    maxEvents = MAX_VERSION_EVENTS,
  ) {
    const aggregate = `activity:${activityId}`;
    const events: ActivityEvent[] = [];
    let cursor: string | undefined;
    let read = 0;
    do {
      const page = yield* queryLetterItems(letterId, keys.eventPrefix, PAGE, cursor);
      for (const item of page.items) {
        if (item.aggregate !== aggregate) continue;
        const event = JSON.parse(item.data as string) as ActivityEvent;
        // The next version's draft ends this version: what follows is not of it.
        if (event.type === "SpecialAgreementDrafted" && event.version > version)
          return foldActivity(events);
        events.push(event);
      }
      read += page.items.length;
      if (read >= maxEvents && page.nextCursor)
        return yield* Effect.fail(
          new InputOutOfRange({
            code: "special-agreement-history-too-long",
            message: `The letter has more than ${maxEvents} events; an earlier version cannot be read in one request`,
          }),
        );
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const activity: Activity | null = foldActivity(events);
    return activity?.specialAgreement.version === version ? activity : null;
  },
);
