import type { svPrivacy } from "./sv-privacy";

/** The page for a person's data: export and erasure (issue #22, D-59, D-60) in English. */
export const enPrivacy: Record<keyof typeof svPrivacy, string> = {
  "privacy.title": "Personal data",
  "privacy.intro":
    "Here you see what Samverkan keeps about a person in your organisation, and can download it. A coordinator can also delete the person when there is a decision to do so.",
  "privacy.onlyOwn":
    "You can see your own data. Only a coordinator can see and delete other people's.",
  "privacy.footer": "Personal data",
  "privacy.find": "Which person?",
  "privacy.personId": "The person's id",
  "privacy.personIdHint":
    "22 characters. Select the person's name in the event log, and it is filled in here.",
  "privacy.show": "Show data",
  "privacy.kept": "What is kept about the person",
  "privacy.name": "Name",
  "privacy.contacts": "As a contact person",
  "privacy.acts": "In the event log",
  "privacy.actsCount": "{count} events",
  "privacy.none": "Nothing",
  "privacy.download": "Download everything as JSON",
  "privacy.erase": "Delete the person",
  "privacy.eraseExplain":
    "Name and e-mail address are removed. What the person did stays in the event log, without a name. This cannot be undone.",
  "privacy.reference": "The decision's reference number",
  "privacy.referenceHint": "For example NoK 2026/123.",
  "privacy.decidedOn": "Date of the decision",
  "privacy.addresses": "The person's e-mail addresses (optional)",
  "privacy.addressesHint":
    "Separate them with commas. The person is removed from the contact lists that have these addresses.",
  "privacy.continue": "Continue",
  "privacy.confirm.title": "Do you want to delete the person?",
  "privacy.confirm.warning":
    "The name and addresses cannot be brought back. Archive packages already handed to the archive do not change.",
  "privacy.confirm.yes": "Yes, delete",
  "privacy.confirm.cancel": "Cancel",
  "privacy.erased": "The person is deleted",
  "privacy.alreadyErased": "The person was already deleted",
  "privacy.erasedUnder": "Under decision {reference} of {date}.",
  "privacy.errors.personId": "Enter the person's id, 22 characters",
  "privacy.errors.reference": "Enter the decision's reference number",
  "privacy.errors.decidedOn": "Enter the date of the decision as YYYY-MM-DD",
};
