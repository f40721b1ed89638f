import { type Activity, type ActivityEvent, foldActivity } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { scanTrail } from "./trail-scan";

/**
 * How many events of a letter are read at most to find an earlier version of a special
 * agreement (the same bound as a follow-up report's); 400 beyond.
 */
export const MAX_VERSION_EVENTS = 20_000;

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
    let endedByNextVersion = false;
    yield* scanTrail(
      letterId,
      maxEvents,
      {
        code: "special-agreement-history-too-long",
        message: `The letter has more than ${maxEvents} events; an earlier version cannot be read in one request`,
      },
      (item) => {
        if (item.aggregate !== aggregate) return false;
        const event = JSON.parse(item.data as string) as ActivityEvent;
        // The next version's draft ends this version: what follows is not of it.
        if (event.type === "SpecialAgreementDrafted" && event.version > version) {
          endedByNextVersion = true;
          return true;
        }
        events.push(event);
        return false;
      },
    );
    if (endedByNextVersion) return foldActivity(events);
    const activity: Activity | null = foldActivity(events);
    return activity?.specialAgreement.version === version ? activity : null;
  },
);
