/** The page for a person's data: export and erasure (issue #22, D-59, D-60) in Swedish. */
export const svPrivacy = {
  "privacy.title": "Personuppgifter",
  "privacy.intro":
    "Här ser du vad Samverkan sparar om en person i din organisation, och kan ladda ner det. En samordnare kan också radera personen när det finns ett beslut om gallring.",
  "privacy.onlyOwn":
    "Du kan se dina egna uppgifter. Bara en samordnare kan se och radera andras uppgifter.",
  "privacy.footer": "Personuppgifter",
  "privacy.find": "Vilken person?",
  "privacy.personId": "Personens id",
  "privacy.personIdHint":
    "22 tecken. Klicka på personens namn i händelseloggen, så fylls det i här.",
  "privacy.show": "Visa uppgifter",
  "privacy.kept": "Det här sparas om personen",
  "privacy.name": "Namn",
  "privacy.contacts": "Som kontaktperson",
  "privacy.acts": "I händelseloggen",
  "privacy.actsCount": "{count} händelser",
  "privacy.none": "Inget",
  "privacy.download": "Ladda ner allt som JSON",
  "privacy.erase": "Radera personen",
  "privacy.eraseExplain":
    "Namn och e-postadress tas bort. Det som personen har gjort finns kvar i händelseloggen, men utan namn. Det går inte att ångra.",
  "privacy.reference": "Beslutets diarienummer",
  "privacy.referenceHint": "Till exempel NoK 2026/123.",
  "privacy.decidedOn": "Datum för beslutet",
  "privacy.addresses": "Personens e-postadresser (om du vill)",
  "privacy.addressesHint":
    "Skriv dem med kommatecken emellan. Personen tas bort från kontaktlistorna som har de adresserna.",
  "privacy.continue": "Fortsätt",
  "privacy.confirm.title": "Vill du radera personen?",
  "privacy.confirm.warning":
    "Namnet och adresserna går inte att få tillbaka. Arkivpaket som redan har lämnats till arkivet ändras inte.",
  "privacy.confirm.yes": "Ja, radera",
  "privacy.confirm.cancel": "Avbryt",
  "privacy.erased": "Personen är raderad",
  "privacy.alreadyErased": "Personen var redan raderad",
  "privacy.erasedUnder": "Enligt beslut {reference} den {date}.",
  "privacy.errors.personId": "Skriv personens id, 22 tecken",
  "privacy.errors.reference": "Skriv beslutets diarienummer",
  "privacy.errors.decidedOn": "Skriv datum för beslutet som ÅÅÅÅ-MM-DD",
};
