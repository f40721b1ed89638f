import { type EventActor, personIdOf } from "@samverkan/core";
import type { TrailEvent } from "@samverkan/core/archive";
import type { AppDeps } from "../http/app-deps";
import type { Caller } from "../http/caller";
import { actorView, eventDataView, namesOfEvents } from "../http/people";

// Nobody's organisation: an archive package shows no one's subject (D-34), whoever made it.
const ARCHIVE_READER: Caller = { sub: "archive", orgNumber: "" as Caller["orgNumber"], roles: [] };

/** Replaces every `sub` left in an event's data by the person's opaque id (D-34). */
function subjectsAsIds(value: unknown, orgNumber: string | undefined, depth = 0): void {
  if (depth > 8 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) subjectsAsIds(item, orgNumber, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const owner = typeof record.orgNumber === "string" ? record.orgNumber : orgNumber;
  if (typeof record.sub === "string" && owner) {
    record.id ??= personIdOf({ orgNumber: owner, sub: record.sub });
    delete record.sub;
  }
  for (const child of Object.values(record)) subjectsAsIds(child, owner, depth + 1);
}

/**
 * The trail as an archive package carries it (D-56, D-58, D-59): each page's people named as the
 * views name them — sealed names opened (the archive cannot open them), the erased as erased —
 * and by opaque id, never by their identity provider's subject. In place, a page at a time.
 */
export const archiveTrailPeople =
  (runtime: AppDeps["runtime"]) =>
  async (events: TrailEvent[]): Promise<void> => {
    const actors = events.map((event) => event.actor as EventActor | undefined);
    const data = events.map((event) => event.data as Record<string, unknown>);
    const names = await runtime.runPromise(namesOfEvents(actors, data));
    events.forEach((event, index) => {
      const actor = actors[index];
      const writable = event as { actor?: unknown; data: unknown };
      if (actor) writable.actor = actorView(actor, names, ARCHIVE_READER);
      const shown = eventDataView(data[index] ?? {}, actor, names, ARCHIVE_READER);
      subjectsAsIds(shown, actor?.orgNumber);
      writable.data = shown;
    });
  };
