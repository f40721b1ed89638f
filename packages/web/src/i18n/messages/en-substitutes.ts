import type { svSubstitutes } from "./sv-substitutes";

/** Substitutes (R25) in English, on every page: the banner and "X for Y". */
export const enSubstitutes: Record<keyof typeof svSubstitutes, string> = {
  "person.onBehalfOf": "{name} for {for}",
  "header.substitutes": "Substitutes",
  "acting.region": "Substitutes",
  "acting.now": "You are acting for {name}",
  "acting.nowText":
    "What you do now you do for {name}, with their permissions. The event log says “{you} for {name}”.",
  "acting.available": "You are a substitute for {names}.",
  "acting.choose": "Who are you acting for?",
  "acting.myself": "Myself",
  "acting.forPerson": "{name} (until {to})",
  "acting.apply": "Switch",
  "acting.stop": "Stop acting for {name}",
  "problem.not-acting-for":
    "You are no longer a substitute for that person. You now act for yourself.",
  "rule.R25": "Substitutes act for someone who is away",
};
