/** Substitutes (ersättare, R25) in Swedish, on every page: the banner and "X för Y". */
export const svSubstitutes = {
  "person.onBehalfOf": "{name} för {for}",
  "header.substitutes": "Ersättare",
  "acting.region": "Ersättare",
  "acting.now": "Du agerar för {name}",
  "acting.nowText":
    "Det du gör nu gör du för {name}, med hens behörighet. I händelseloggen står det ”{you} för {name}”.",
  "acting.available": "Du är ersättare för {names}.",
  "acting.choose": "Vem agerar du för?",
  "acting.myself": "Mig själv",
  "acting.forPerson": "{name} (till och med {to})",
  "acting.apply": "Byt",
  "acting.stop": "Sluta agera för {name}",
  "problem.not-acting-for":
    "Du är inte längre ersättare för den personen. Du agerar nu för dig själv.",
  "rule.R25": "Ersättare agerar för den som är borta",
} as const;
