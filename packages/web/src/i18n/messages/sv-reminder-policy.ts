/** The reminder settings page (R23, D-31) in Swedish. */
export const svReminderPolicy = {
  "policy.title": "Inställningar för påminnelser",
  "policy.intro":
    "Inställningarna gäller båda parterna. En ändring börjar gälla först när den andra parten har godkänt den.",
  "policy.link": "Inställningar för påminnelser",
  "policy.current": "Det här gäller nu",
  "policy.days": "Påminnelser skickas {days} dagar före varje datum.",
  "policy.digest.on": "Varje person får påminnelserna samlade i ett meddelande per dag.",
  "policy.digest.off": "Varje påminnelse skickas som ett eget meddelande.",
  "policy.setBy":
    "{proposer} föreslog det {proposedOn}. {accepter} godkände det {acceptedOn}, och det gäller sedan dess.",
  "policy.default":
    "Standardinställningen gäller. Parterna har inte kommit överens om någon ändring.",
  "policy.pending": "Förslag som väntar på svar",
  "policy.pendingBy": "{proposer} föreslog {proposedOn}:",
  "policy.waitingFor": "Förslaget väntar på svar från {org}.",
  "policy.accept": "Godkänn förslaget",
  "policy.decline": "Avböj förslaget",
  "policy.withdraw": "Dra tillbaka förslaget",
  "policy.accepted": "Förslaget är godkänt och gäller från i dag",
  "policy.declined": "Förslaget är avböjt",
  "policy.withdrawn": "Förslaget är tillbakadraget",
  "policy.proposed": "Förslaget är skickat till den andra parten",
  "policy.propose": "Föreslå en ändring",
  "policy.proposeIntro":
    "Den andra parten får veta om förslaget och kan godkänna eller avböja det. Bara ett förslag i taget kan vänta på svar.",
  "policy.leadDays": "Dagar före varje datum",
  "policy.leadDaysHint":
    "Skriv hela dagar mellan 0 och 365, skilda med komma, till exempel 30, 14, 7, 1. Högst 10.",
  "policy.leadDaysError":
    "Skriv 1 till 10 olika hela dagar mellan 0 och 365, skilda med komma, till exempel 30, 14, 7, 1.",
  "policy.digestChoice": "Samla påminnelserna i ett meddelande per dag",
  "policy.send": "Skicka förslaget",
  "policy.person": "{name}, {org}",
  "notifications.kind.policy-proposed": "Förslag om nya påminnelser att besvara",
  "event.ReminderPolicyProposed": "En ändring av påminnelserna föreslogs",
  "event.ReminderPolicyAccepted": "Ändringen av påminnelserna godkändes",
  "event.ReminderPolicyDeclined": "Ändringen av påminnelserna avböjdes",
  "event.ReminderPolicyWithdrawn": "Förslaget om påminnelser drogs tillbaka",
} as const;
