import { addDays, type CalendarDate } from "@samverkan/domain";
import ical, { ICalCalendarMethod } from "ical-generator";

// All-day events are written as floating dates: a due date is a Swedish calendar date, not an instant.
const day = (date: CalendarDate) => new Date(`${date}T00:00:00Z`);

/** One task of an organisation's due-items index, as the calendar shows it. */
export interface CalendarTask {
  readonly letterId: string;
  readonly letterTitle: string;
  readonly itemId: string;
  readonly rule: string;
  readonly clause: string;
  readonly dueOn: string;
  readonly kind: string;
  readonly about?: string;
}

// In Swedish, as the workspace's "Mina uppgifter" says them: a feed has no language to ask for.
const SUMMARIES: Readonly<Record<string, string>> = {
  "dialog-basis": "Skicka underlag till ledningsdialogen",
  "half-year-dialog": "Håll en ledningsdialog",
  "annual-needs-review": "Gå igenom behoven vid en ledningsdialog",
  "structure-review": "Följ upp samverkansstrukturen",
  "funding-application-submission": "Skicka in den gemensamma ansökan",
  "letter-signature": "Skriv under avsiktsförklaringen",
  "special-agreement-signature": "Skriv under det särskilda avtalet",
};

/** An organisation's tasks across its letters as an iCalendar document (D-48). */
export function organisationCalendar(name: string, tasks: readonly CalendarTask[]): string {
  const calendar = ical({
    name,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: "samverkan", product: "organisation-calendar" },
  });
  for (const task of tasks) {
    const dueOn = task.dueOn as CalendarDate;
    calendar.createEvent({
      // Stable per task and letter: a calendar app updates the event instead of adding another.
      id: `${task.itemId}@${task.letterId}`,
      start: day(dueOn),
      end: day(addDays(dueOn, 1)),
      allDay: true,
      summary: `${SUMMARIES[task.kind] ?? task.kind} (${task.rule}) – ${task.letterTitle}`,
      description: `${task.about ? `${task.about}. ` : ""}${task.clause}.`,
    });
  }
  return calendar.toString();
}
