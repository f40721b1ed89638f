import {
  addDays,
  type CalendarDate,
  type LetterOfIntent,
  letterObligations,
  type Obligation,
  RULE_CLAUSES,
  type RuleId,
} from "@samverkan/domain";
import ical, { ICalCalendarMethod } from "ical-generator";

// All-day events are written as floating dates: a due date is a Swedish calendar date, not an instant.
const day = (date: CalendarDate) => new Date(`${date}T00:00:00Z`);

/** The letter's dialogs and obligation due dates as an iCalendar document. */
export function letterCalendar(letter: LetterOfIntent, today: CalendarDate): string {
  const calendar = ical({
    name: letter.title,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: "samverkan", product: "letter-calendar" },
  });
  // The dialogs still ahead: a held dialog leaves the letter's head and its date is past.
  for (const dialog of letter.openDialogs) {
    calendar.createEvent({
      id: `dialog-${dialog.dialogId}@${letter.letterId}`,
      start: day(dialog.scheduledOn),
      end: day(addDays(dialog.scheduledOn, 1)),
      allDay: true,
      summary: "Ledningsdialog",
      description:
        "Leadership dialog: omvärld, trender, framtida utmaningar, justeringar av inriktning (R11)",
    });
  }
  const obligations: Obligation[] = letterObligations(letter, today);
  for (const obligation of obligations) {
    calendar.createEvent({
      id: `${obligation.id}@${letter.letterId}`,
      start: day(obligation.dueOn),
      end: day(addDays(obligation.dueOn, 1)),
      allDay: true,
      summary: `Due (${obligation.rule}): ${obligation.fulfilledBy}`,
      description: `${obligation.status} as of ${today}. ${RULE_CLAUSES[obligation.rule as RuleId]}.`,
    });
  }
  if (letter.notice) {
    calendar.createEvent({
      id: `letter-ends@${letter.letterId}`,
      start: day(letter.notice.endsOn),
      end: day(addDays(letter.notice.endsOn, 1)),
      allDay: true,
      summary: "The letter of intent ends (R18)",
    });
  }
  return calendar.toString();
}
