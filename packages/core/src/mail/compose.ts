import type { PersonToTell } from "@samverkan/domain";
import type { Notification } from "../run/notifier";
import { catalogueFor, writtenDate } from "./catalogue";
import { htmlDocument, type MessageBlock, plainText } from "./html";
import type { MailSettings } from "./mail-settings";
import type { OutgoingMail } from "./mail-transport";
import { type LetterContext, messageIdOf, organisationsOf, reminderParts } from "./message-parts";
import { dueDateCalendar } from "./reminder-ics";

function mail(
  settings: MailSettings,
  person: PersonToTell,
  messageKey: string,
  letter: LetterContext,
  parts: { subject: string; blocks: MessageBlock[]; calendar: string; rule: string },
): OutgoingMail {
  const language = person.language;
  return {
    from: settings.from,
    to: { name: person.name, address: person.email },
    subject: parts.subject,
    text: plainText(parts.blocks),
    html: htmlDocument(language, parts.subject, parts.blocks),
    messageId: messageIdOf(settings, letter.letterId, messageKey, person.email),
    // RFC 3834: sent by a program; auto-responders should not answer it.
    headers: {
      "Auto-Submitted": "auto-generated",
      "Content-Language": language,
      "X-Samverkan-Rule": parts.rule,
      "X-Samverkan-Notification": messageKey,
    },
    attachments: [
      {
        filename: "samverkan.ics",
        content: parts.calendar,
        contentType: "text/calendar; charset=utf-8; method=PUBLISH",
      },
    ],
    tags: { rule: parts.rule, letter: letter.letterId },
  };
}

/**
 * One person's message about one reminder, in their language (R23): subject with what and when,
 * what is due, the rule and its clause, what fulfils it, a link to act, and the due date as .ics.
 */
export function composeReminder(
  settings: MailSettings,
  letter: LetterContext,
  person: PersonToTell,
  n: Notification,
): OutgoingMail {
  const catalogue = catalogueFor(person.language);
  const { subject, blocks, event } = reminderParts(catalogue, n, settings);
  return mail(settings, person, n.key, letter, {
    subject,
    rule: n.rule,
    calendar: dueDateCalendar([event], letter.title),
    blocks: [
      { lines: [catalogue.greeting(person.name)] },
      ...blocks,
      {
        lines: [
          catalogue.labels.calendar,
          catalogue.footer(organisationsOf(person, letter), letter.title),
        ],
      },
    ],
  });
}

/** One person's digest of a day (R23 with the letter's digest policy): every reminder, one message. */
export function composeDigest(
  settings: MailSettings,
  letter: LetterContext,
  person: PersonToTell,
  digest: Notification,
  reminders: readonly Notification[],
): OutgoingMail {
  const catalogue = catalogueFor(person.language);
  const parts = reminders.map((n) => reminderParts(catalogue, n, settings));
  return mail(settings, person, `digest:${digest.key}`, letter, {
    subject: catalogue.digestSubject(parts.length, writtenDate(catalogue, digest.sentOn)),
    rule: "R23",
    calendar: dueDateCalendar(
      parts.map((p) => p.event),
      letter.title,
    ),
    blocks: [
      {
        lines: [catalogue.greeting(person.name), catalogue.digestIntro(parts.length, letter.title)],
      },
      ...parts.flatMap((p) => [{ heading: p.subject, lines: [] }, ...p.blocks.slice(1)]),
      {
        lines: [
          catalogue.labels.calendar,
          catalogue.footer(organisationsOf(person, letter), letter.title),
        ],
      },
    ],
  });
}
