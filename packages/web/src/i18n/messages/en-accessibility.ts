import type { svAccessibility } from "./sv-accessibility";

/** The accessibility statement in English. */
export const enAccessibility: Record<keyof typeof svAccessibility, string> = {
  "a11y.title": "Accessibility of Samverkan",
  "a11y.intro":
    "Luleå University of Technology and Norrbottens Kommuner are responsible for Samverkan. We want as many people as possible to be able to use it. This page describes how Samverkan meets the Swedish Act on accessibility to digital public services, the shortcomings we know of, and how to report problems so that we can fix them.",
  "a11y.howAccessible.heading": "How accessible is the service?",
  "a11y.howAccessible.partial":
    "We know that parts of the service are not fully accessible. See Content that is not accessible below.",
  "a11y.howAccessible.full": "We know of no shortcomings in the service's accessibility.",
  "a11y.howAccessible.none": "Large parts of the service are not accessible.",
  "a11y.help.heading": "If you cannot use parts of the service",
  "a11y.help.text":
    "If you need content from Samverkan in another form, e-mail {email}. We answer within {days} working days.",
  "a11y.report.heading": "Report shortcomings",
  "a11y.report.text":
    "We keep working to make the service more accessible. If you find a problem that is not described on this page, or think that we do not meet the law, e-mail {email} so that we know about it.",
  "a11y.supervision.heading": "Supervision",
  "a11y.supervision.text":
    "The Agency for Digital Government (Digg) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can report it to Digg.",
  "a11y.supervision.link": "Report shortcomings in digital accessibility to Digg",
  "a11y.technical.heading": "Technical information about the service's accessibility",
  "a11y.compliance.partial":
    "The service partially complies with the Act on accessibility to digital public services, because of the shortcomings described below.",
  "a11y.compliance.full":
    "The service fully complies with the Act on accessibility to digital public services.",
  "a11y.compliance.none":
    "The service does not comply with the Act on accessibility to digital public services.",
  "a11y.shortcomings.heading": "Content that is not accessible",
  "a11y.reason.non-compliance": "Non-compliance with the law",
  "a11y.reason.disproportionate-burden": "Disproportionate burden",
  "a11y.reason.out-of-scope": "Content outside the scope of the law",
  "a11y.criterion": "WCAG 2.1 success criterion {criterion}",
  "a11y.shortcoming.session-time-limit":
    "A sign-in lasts at most 12 hours. You get no warning before it ends and cannot extend it. What you have typed in a form is kept, but you must sign in again.",
  "a11y.shortcoming.documents-untagged":
    "The PDF documents (the letter of intent, special agreements, records of leadership dialogs and structure reviews) have no tags. A screen reader reads the text but cannot find the headings. The same content is available as ordinary pages in Samverkan.",
  "a11y.method.heading": "How we tested the service",
  "a11y.method.text":
    "We assessed the service ourselves. Every page is checked with {tool} against {standard}, at {widths} pixels wide, every time the service is tested. We also test that everything can be done with the keyboard. The page that only receives the sign-in is not included. The latest assessment was made on {date}.",
  "a11y.updated": "This statement was last updated on {date}.",
};
