import type { svContacts } from "./sv-contacts";

/** The contacts page (R23) in English. */
export const enContacts: Record<keyof typeof svContacts, string> = {
  "contacts.title": "Contacts",
  "contacts.intro":
    "Reminders and alerts the service sends each morning go to these people, in their own language. Each person gets a message once, even if both parties list the same e-mail address.",
  "contacts.privacy":
    "Other organisations see names and roles. Only your own organisation sees e-mail addresses and languages.",
  "contacts.perOrganisation": "The organisations' contacts",
  "contacts.ownOrganisation": "{org} (your organisation)",
  "contacts.none": "No contact people yet.",
  "contacts.mailDomains":
    "E-mail addresses at {org} end in {domains}. Only {org} can add addresses there.",
  "contacts.email": "E-mail address",
  "contacts.language": "Language of reminders",
  "contacts.roles": "Roles",
  "contacts.role.signatory": "signatory",
  "contacts.role.coordinator": "coordinator",
  "contacts.role.group": "member of the collaboration group",
  "contacts.roleOption.signatory": "Signatory",
  "contacts.roleOption.coordinator": "Coordinator",
  "contacts.roleOption.group": "Member of the collaboration group",
  "contacts.languageName.sv": "Swedish",
  "contacts.languageName.en": "English",
  "contacts.readsIn": "Reads reminders in {language}",
  "contacts.readsIn.sv": "Swedish",
  "contacts.readsIn.en": "English",
  "contacts.edit": "Change the contacts of {org}",
  "contacts.editIntro":
    "Add, remove or change people, then save. The list replaces the one there is.",
  "contacts.personLegend": "Contact person {number}",
  "contacts.name": "Name",
  "contacts.rolesHint": "Choose at least one.",
  "contacts.remove": "Remove contact person {number}",
  "contacts.add": "Add a person",
  "contacts.limit": "At most {max} people per organisation.",
  "contacts.limitReached": "The list has {max} people, so no more can be added.",
  "contacts.empty": "The list is empty. Reminders then reach nobody in your organisation.",
  "contacts.save": "Save the contacts",
  "contacts.saved": "The contacts are saved",
  "contacts.savedCount": "Reminders now go to {count} people in your organisation.",
  "contacts.changedMeanwhile":
    "Someone else changed the list while you were working. Load it again; your unsaved changes are lost.",
  "contacts.reload": "Load the list again",
  "contacts.errors.name": "Enter the name of contact person {number}",
  "contacts.errors.email":
    "Enter an e-mail address like name@example.com for contact person {number}",
  "contacts.errors.roles": "Choose at least one role for contact person {number}",
  "contacts.errors.duplicate":
    "Contact person {number} has the same e-mail address as contact person {first}",
  "why.coordinatorOnlyContacts":
    "Only a coordinator of {org} can change the organisation's contacts.",
};
