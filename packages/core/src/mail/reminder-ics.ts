import ical, { ICalCalendarMethod } from "ical-generator";

/** One due date in a calendar file: an all-day event on a Swedish calendar date. */
export interface DueDateEvent {
  /** Stable per due date, so a calendar updates the event instead of adding one per reminder. */
  readonly uid: string;
  readonly day: string;
  readonly summary: string;
  readonly description: string;
  readonly url: string;
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** An iCalendar document with the due dates of a message (R23: the .ics attachment). */
export function dueDateCalendar(events: readonly DueDateEvent[], name: string): string {
  const calendar = ical({
    name,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: "samverkan", product: "reminders" },
  });
  for (const event of events)
    calendar.createEvent({
      id: event.uid,
      start: new Date(`${event.day}T00:00:00Z`),
      end: new Date(`${nextDay(event.day)}T00:00:00Z`),
      allDay: true,
      summary: event.summary,
      description: event.description,
      url: event.url,
    });
  return calendar.toString();
}
