/** The substitutes page (ersättare, R25) in Swedish: loaded with the page's chunk. */
export const svSubstitutesPage = {
  "substitutes.title": "Ersättare",
  "substitutes.intro":
    "När du är borta kan en kollega i din organisation vara din ersättare. Ersättaren kan då göra det du kan, till exempel skriva under, och det syns i händelseloggen att hen gjorde det för dig. Ersättningen slutar av sig själv efter sista dagen.",
  "substitutes.appoint": "Utse en ersättare",
  "substitutes.appointOnlyFor":
    "Bara firmatecknare och samordnare kan utse ersättare. En ersättare kan inte utse en egen ersättare.",
  "substitutes.substitute": "Ersättarens användar-id",
  "substitutes.substituteHint":
    "Det id som kollegan loggar in med hos er organisation, till exempel en e-postadress.",
  "substitutes.from": "Första dagen",
  "substitutes.to": "Sista dagen",
  "substitutes.submit": "Utse ersättaren",
  "substitutes.appointed": "{name} är din ersättare från {from} till och med {to}",
  "substitutes.revoked": "Ersättningen är återkallad",
  "substitutes.list": "Ersättare i din organisation",
  "substitutes.none": "Det finns inga ersättare just nu.",
  "substitutes.caption": "Ersättare som gäller nu eller senare",
  "substitutes.column.substitute": "Ersättare",
  "substitutes.column.for": "För",
  "substitutes.column.days": "Dagar",
  "substitutes.column.roles": "Får göra",
  "substitutes.column.action": "Åtgärd",
  "substitutes.days": "{from} till och med {to}",
  "substitutes.runsToday": "gäller i dag",
  "substitutes.revoke": "Återkalla",
  "substitutes.revokeFor": "Återkalla {name} som ersättare för {for}",
  "substitutes.actFor": "Agera för {name}",
  "problem.substitute-cannot-appoint":
    "En ersättare kan inte utse en ersättare. Den som du är ersättare för kan göra det.",
  "problem.substitute-cannot-revoke": "När du agerar för någon kan du inte återkalla ersättare.",
  "problem.signatory-or-coordinator-required":
    "Bara firmatecknare och samordnare kan utse ersättare.",
  "problem.appointer-or-coordinator-required":
    "Bara den som utsåg ersättaren, eller en samordnare, kan återkalla ersättningen.",
  "problem.substitute-is-appointer": "Du kan inte vara din egen ersättare.",
  "problem.substitution-starts-in-the-past": "Första dagen kan inte vara före i dag.",
  "problem.substitution-ends-before-it-starts": "Sista dagen kan inte vara före första dagen.",
  "problem.substitution-too-long": "En ersättning kan vara högst 366 dagar.",
  "problem.too-many-substitutions-for-person":
    "En person kan ha högst 5 ersättningar som inte har slutat. Återkalla en först.",
  "problem.too-many-substitutions-for-organisation":
    "En organisation kan ha högst 200 ersättningar som inte har slutat. Återkalla en först.",
  "problem.substitution-not-found": "Ersättningen finns inte längre.",
} as const;
