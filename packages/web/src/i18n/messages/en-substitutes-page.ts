import type { svSubstitutesPage } from "./sv-substitutes-page";

/** The substitutes page (R25) in English: loaded with the page's chunk. */
export const enSubstitutesPage: Record<keyof typeof svSubstitutesPage, string> = {
  "substitutes.title": "Substitutes",
  "substitutes.intro":
    "When you are away, a colleague in your organisation can be your substitute. They can then do what you can, such as sign, and the event log shows they did it for you. The substitution ends by itself after its last day.",
  "substitutes.appoint": "Appoint a substitute",
  "substitutes.appointOnlyFor":
    "Only signatories and coordinators can appoint substitutes. A substitute cannot appoint a substitute of their own.",
  "substitutes.substitute": "The substitute's user id",
  "substitutes.substituteHint":
    "The id your colleague signs in with at your organisation, for example an email address.",
  "substitutes.from": "First day",
  "substitutes.to": "Last day",
  "substitutes.submit": "Appoint the substitute",
  "substitutes.appointed": "{name} is your substitute from {from} to {to}",
  "substitutes.revoked": "The substitution is revoked",
  "substitutes.list": "Substitutes in your organisation",
  "substitutes.none": "There are no substitutes at the moment.",
  "substitutes.caption": "Substitutions in force now or later",
  "substitutes.column.substitute": "Substitute",
  "substitutes.column.for": "For",
  "substitutes.column.days": "Days",
  "substitutes.column.roles": "May do",
  "substitutes.column.action": "Action",
  "substitutes.days": "{from} to {to}",
  "substitutes.runsToday": "in force today",
  "substitutes.revoke": "Revoke",
  "substitutes.revokeFor": "Revoke {name} as substitute for {for}",
  "substitutes.actFor": "Act for {name}",

  "problem.substitute-cannot-appoint":
    "A substitute cannot appoint a substitute. The person you stand in for can.",
  "problem.substitute-cannot-revoke": "While acting for someone you cannot revoke substitutes.",
  "problem.signatory-or-coordinator-required":
    "Only signatories and coordinators can appoint substitutes.",
  "problem.appointer-or-coordinator-required":
    "Only the person who appointed the substitute, or a coordinator, can revoke it.",
  "problem.substitute-is-appointer": "You cannot be your own substitute.",
  "problem.substitution-starts-in-the-past": "The first day cannot be before today.",
  "problem.substitution-ends-before-it-starts": "The last day cannot be before the first day.",
  "problem.substitution-too-long": "A substitution lasts at most 366 days.",
  "problem.too-many-substitutions-for-person":
    "A person can have at most 5 substitutions that have not ended. Revoke one first.",
  "problem.too-many-substitutions-for-organisation":
    "An organisation can have at most 200 substitutions that have not ended. Revoke one first.",
  "problem.substitution-not-found": "The substitution no longer exists.",
};
