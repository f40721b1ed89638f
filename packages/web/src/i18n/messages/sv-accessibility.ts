/** The accessibility statement (tillgänglighetsredogörelse, DIGG's model) in Swedish. */
export const svAccessibility = {
  "a11y.title": "Tillgänglighet för Samverkan",
  "a11y.intro":
    "Luleå tekniska universitet och Norrbottens Kommuner står bakom Samverkan. Vi vill att så många som möjligt ska kunna använda tjänsten. Här beskriver vi hur Samverkan uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem så att vi kan rätta dem.",
  "a11y.howAccessible.heading": "Hur tillgänglig är tjänsten?",
  "a11y.howAccessible.partial":
    "Vi vet att delar av tjänsten inte är helt tillgängliga. Läs mer under Innehåll som inte är tillgängligt.",
  "a11y.howAccessible.full": "Vi känner inte till några brister i tjänstens tillgänglighet.",
  "a11y.howAccessible.none": "Stora delar av tjänsten är inte tillgängliga.",
  "a11y.help.heading": "Om du inte kan använda delar av tjänsten",
  "a11y.help.text":
    "Om du behöver innehåll från Samverkan i en annan form kan du skicka e-post till {email}. Vi svarar inom {days} arbetsdagar.",
  "a11y.report.heading": "Rapportera brister",
  "a11y.report.text":
    "Vi arbetar hela tiden med att göra tjänsten mer tillgänglig. Om du upptäcker problem som inte står på den här sidan, eller om du tycker att vi inte följer lagen, skicka e-post till {email} så att vi vet om problemet.",
  "a11y.supervision.heading": "Tillsyn",
  "a11y.supervision.text":
    "Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi tar hand om dina synpunkter kan du anmäla det till Digg.",
  "a11y.supervision.link": "Anmäl brister i digital tillgänglighet till Digg",
  "a11y.technical.heading": "Teknisk information om tjänstens tillgänglighet",
  "a11y.compliance.partial":
    "Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.",
  "a11y.compliance.full":
    "Tjänsten är helt förenlig med lagen om tillgänglighet till digital offentlig service.",
  "a11y.compliance.none":
    "Tjänsten är inte förenlig med lagen om tillgänglighet till digital offentlig service.",
  "a11y.shortcomings.heading": "Innehåll som inte är tillgängligt",
  "a11y.reason.non-compliance": "Bristande förenlighet med lagen",
  "a11y.reason.disproportionate-burden": "Oskäligt betungande anpassning",
  "a11y.reason.out-of-scope": "Innehåll som inte omfattas av lagen",
  "a11y.criterion": "Framgångskriterium {criterion} i WCAG 2.1",
  "a11y.shortcoming.session-time-limit":
    "Inloggningen gäller i högst 12 timmar. Du får ingen varning innan den går ut och kan inte förlänga den. Det du har skrivit i ett formulär sparas, men du måste logga in igen.",
  "a11y.shortcoming.documents-untagged":
    "PDF-dokumenten (avsiktsförklaringen, särskilda avtal, dokumentationen från ledningsdialoger och strukturuppföljningar) saknar taggar. En skärmläsare läser texten men hittar inte rubrikerna. Samma innehåll finns som vanliga sidor i Samverkan.",
  "a11y.method.heading": "Hur vi har testat tjänsten",
  "a11y.method.text":
    "Vi har själva granskat tjänsten. Varje sida granskas med verktyget {tool} mot {standard}, i {widths} pixlars bredd, varje gång tjänsten testas. Vi testar också att allt går att göra med tangentbordet. Sidan som bara tar emot inloggningen ingår inte. Den senaste bedömningen gjordes den {date}.",
  "a11y.updated": "Redogörelsen uppdaterades senast den {date}.",
};
