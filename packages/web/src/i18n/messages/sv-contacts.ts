/** The contacts page (R23) in Swedish. */
export const svContacts = {
  "contacts.title": "Kontakter",
  "contacts.intro":
    "Påminnelser och varningar som tjänsten skickar varje morgon går till de här personerna, på deras eget språk. Varje person får ett meddelande en gång, även om båda parterna har med samma e-postadress.",
  "contacts.privacy":
    "Andra organisationer ser namn och roller. E-postadresser och språk ser bara den egna organisationen.",
  "contacts.perOrganisation": "Organisationernas kontakter",
  "contacts.ownOrganisation": "{org} (din organisation)",
  "contacts.none": "Inga kontaktpersoner ännu.",
  "contacts.mailDomains":
    "E-postadresser hos {org} slutar på {domains}. Bara {org} kan lägga in adresser där.",
  "contacts.email": "E-postadress",
  "contacts.language": "Språk i påminnelser",
  "contacts.roles": "Roller",
  "contacts.role.signatory": "firmatecknare",
  "contacts.role.coordinator": "samordnare",
  "contacts.role.group": "ledamot i samverkansgruppen",
  "contacts.roleOption.signatory": "Firmatecknare",
  "contacts.roleOption.coordinator": "Samordnare",
  "contacts.roleOption.group": "Ledamot i samverkansgruppen",
  "contacts.languageName.sv": "Svenska",
  "contacts.languageName.en": "Engelska",
  "contacts.readsIn": "Läser påminnelser på {language}",
  "contacts.readsIn.sv": "svenska",
  "contacts.readsIn.en": "engelska",
  "contacts.edit": "Ändra kontakterna för {org}",
  "contacts.editIntro":
    "Lägg till, ta bort eller ändra personer och spara. Listan ersätter den som finns.",
  "contacts.personLegend": "Kontaktperson {number}",
  "contacts.name": "Namn",
  "contacts.rolesHint": "Välj minst en.",
  "contacts.remove": "Ta bort kontaktperson {number}",
  "contacts.add": "Lägg till en person",
  "contacts.limit": "Högst {max} personer per organisation.",
  "contacts.limitReached": "Listan har {max} personer, så fler kan inte läggas till.",
  "contacts.empty": "Listan är tom. Påminnelser når då ingen person i din organisation.",
  "contacts.save": "Spara kontakterna",
  "contacts.saved": "Kontakterna är sparade",
  "contacts.savedCount": "Påminnelser går nu till {count} personer i din organisation.",
  "contacts.changedMeanwhile":
    "Någon annan har ändrat listan medan du arbetade. Läs in den igen; dina ändringar som inte är sparade försvinner.",
  "contacts.reload": "Läs in listan igen",
  "contacts.errors.name": "Skriv namnet på kontaktperson {number}",
  "contacts.errors.email": "Skriv en e-postadress som namn@exempel.se för kontaktperson {number}",
  "contacts.errors.roles": "Välj minst en roll för kontaktperson {number}",
  "contacts.errors.duplicate":
    "Kontaktperson {number} har samma e-postadress som kontaktperson {first}",
  "why.coordinatorOnlyContacts":
    "Endast en samordnare för {org} kan ändra organisationens kontakter.",
} as const;
