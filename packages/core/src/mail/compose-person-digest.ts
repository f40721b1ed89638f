import type { PersonToTell } from "@samverkan/domain";
import type { Notification } from "../run/notifier";
import { catalogueFor, writtenDate } from "./catalogue";
import { htmlDocument, type MessageBlock, plainText } from "./html";
import type { MailSettings } from "./mail-settings";
import type { OutgoingMail } from "./mail-transport";
import { type LetterContext, messageIdOf, reminderParts } from "./message-parts";
import { type DueDateEvent, dueDateCalendar } from "./reminder-ics";

/** Letters one digest lists in full; the rest are summarised with a link to "Mina uppgifter". */
export const MAX_LETTERS_PER_DIGEST = 50;
/** Due dates in one digest's calendar file: the first of the listed reminders, in order. */
export const MAX_DIGEST_EVENTS = 100;

/** One letter's part of a person's digest. */
export interface DigestLetter {
  readonly letter: LetterContext;
  /** The person's organisations in it. */
  readonly orgNumbers: readonly string[];
  readonly reminders: readonly Notification[];
  /** Its reminders of the day beyond those listed. */
  readonly more: number;
}

/**
 * D-62: one person's message for a day across letters (R23 with a digest policy): each letter's
 * title as a heading, its reminders under it (what and when, rule and clause, what fulfils it,
 * the link to act), letters beyond `MAX_LETTERS_PER_DIGEST` summarised as a count with a link to
 * "Mina uppgifter", and the listed due dates as one calendar file.
 */
export function composePersonDigest(
  settings: MailSettings,
  person: PersonToTell,
  digest: { readonly day: string; readonly part: number; readonly messageKey: string },
  letters: readonly DigestLetter[],
  moreLetters: { readonly letters: number; readonly reminders: number },
): OutgoingMail {
  const catalogue = catalogueFor(person.language);
  const language = person.language;
  const count =
    letters.reduce((sum, l) => sum + l.reminders.length + l.more, 0) + moreLetters.reminders;
  const events: DueDateEvent[] = [];
  const letterBlocks = letters.flatMap(({ letter, reminders, more }): MessageBlock[] => [
    { heading: letter.title, lines: [] },
    ...reminders.map((n): MessageBlock => {
      const { subject, blocks, event } = reminderParts(catalogue, n, settings);
      events.push(event);
      const [due, rule, how] = blocks;
      return {
        lines: [
          subject,
          ...(due?.lines.slice(1) ?? []),
          ...(rule?.lines ?? []),
          ...(how?.lines ?? []),
        ],
        ...(how?.link ? { link: how.link } : {}),
      };
    }),
    ...(more > 0 ? [{ lines: [catalogue.personDigest.moreReminders(more)] }] : []),
  ]);
  const myTasks = {
    label: catalogue.personDigest.myTasks,
    href: `${settings.webBaseUrl}/uppgifter`,
  };
  const only = letters.length === 1 && moreLetters.letters === 0 ? letters[0] : undefined;
  const organisations = [
    ...new Set(
      letters.flatMap((l) => l.orgNumbers.map((org) => l.letter.organisationNames.get(org) ?? org)),
    ),
  ].join(", ");
  const subject = catalogue.digestSubject(count, writtenDate(catalogue, digest.day));
  const blocks: MessageBlock[] = [
    {
      lines: [
        catalogue.greeting(person.name),
        only
          ? catalogue.digestIntro(count, only.letter.title)
          : catalogue.personDigest.intro(count, letters.length + moreLetters.letters),
      ],
    },
    ...letterBlocks,
    ...(moreLetters.letters > 0
      ? [{ lines: [catalogue.personDigest.moreLetters(moreLetters.letters)], link: myTasks }]
      : []),
    {
      lines: [
        ...(events.length > 0 ? [catalogue.labels.calendar] : []),
        catalogue.personDigest.footer(organisations),
      ],
    },
  ];
  const calendarName = only ? only.letter.title : "Samverkan";
  return {
    from: settings.from,
    to: { name: person.name, address: person.email },
    subject,
    text: plainText(blocks),
    html: htmlDocument(language, subject, blocks),
    messageId: messageIdOf(settings, "", digest.messageKey, person.email),
    // RFC 3834: sent by a program; auto-responders should not answer it.
    headers: {
      "Auto-Submitted": "auto-generated",
      "Content-Language": language,
      "X-Samverkan-Rule": "R23",
      "X-Samverkan-Notification": digest.messageKey,
    },
    attachments:
      events.length > 0
        ? [
            {
              filename: "samverkan.ics",
              content: dueDateCalendar(events.slice(0, MAX_DIGEST_EVENTS), calendarName),
              contentType: "text/calendar; charset=utf-8; method=PUBLISH",
            },
          ]
        : [],
    tags: { rule: "R23", letter: only?.letter.letterId ?? "several" },
  };
}
