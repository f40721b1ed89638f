import { type LetterClause, s } from "./letter-sentence";

export const LETTER_TITLE =
  "Avsiktsförklaring om strategisk samverkan mellan Luleå tekniska universitet och Norrbottens Kommuner";

/** Inledning, Syfte, Kommunal utveckling och tillväxt. */
export const OPENING_CLAUSES: readonly LetterClause[] = [
  {
    heading: "Inledning (parterna)",
    anchor: "inledning",
    sentences: [
      s(
        "Denna avsiktsförklaring har ingåtts mellan (1) den ideella föreningen Norrbottens Kommuner, org. nr 222000-0653, och (2) Luleå tekniska universitet, org. nr 202100-2841.",
        "R1",
        "R2",
      ),
      s(
        "Luleå tekniska universitet (LTU) och Norrbottens Kommuner (NoK) tillsammans även benämnda ”Parterna”.",
        "R16",
        // The letter names no substitutes: R25 is the product's rule that keeps R16 true.
        "R25",
      ),
    ],
  },
  {
    heading: "Syfte",
    anchor: "syfte",
    sentences: [
      s(
        "Denna avsiktsförklaring beskriver en övergripande inriktning mot en bred samverkan mellan intresseorganisationen Norrbottens Kommuner och Luleå tekniska universitet för att gemensamt verka för kommunal utveckling inom områdena kompetensutveckling, hälsa och vård, digitalisering, utbildning samt forskning, utveckling och innovation.",
        "R4",
      ),
      s(
        "Syftet med avsiktsförklaringen är att tydliggöra hur parterna kan stärka en långsiktig och strategisk samverkan inom ett antal områden för fördjupat samarbete som parterna kommer överens om.",
      ),
      s(
        "Den strategiska samverkan ska bidra till att stärka kunskapsutvecklingen, attraktionskraften och välfärden inom kommunerna i Norrbotten.",
      ),
      s(
        "Samarbetsområden och konkreta aktiviteter skall utvecklas efter de behov som identifieras i årliga dialoger mellan Parternas ledning och en etablerad styrgrupp för samverkan.",
        "R5",
        "R13",
      ),
    ],
  },
  {
    heading: "Kommunal utveckling och tillväxt",
    anchor: "kommunal-utveckling",
    sentences: [
      s(
        "Norrbottens Kommuner är en intresseorganisation som företräder landets 14 nordligaste kommuner och som verkar för ett utökat kommunalt samarbete och ett hållbart samhällsbygge.",
        "R3",
      ),
      s(
        "Genom samverkan skapas konkurrenskraftiga arenor för dialog och kunskapsutveckling, vilket ger kommunerna i Norrbotten en samlad och tydlig röst, både hemma och ute i världen.",
      ),
      s(
        "Norrbottens Kommuner ska genom ett processinriktat arbetssätt och ett utvecklat beredningsförfarande företräda, påverka, driva och stödja kommunerna i deras samarbete för en positiv och hållbar regional utveckling i såväl ett nationellt som internationellt perspektiv.",
      ),
      s(
        "I det arbetet är LTU, med huvuduppdraget att bedriva utbildning och forskning i samverkan med det omgivande samhället, en central aktör.",
      ),
      s(
        "LTU är ett universitet med stark näringslivskoppling som bedriver framstående utbildning och behovsmotiverad forskning inom bl.a. utbildning, hälsa och vård, samt vidare energi och miljöteknik, infrastruktur, informations- och kommunikationsteknik, digitalisering och informationssäkerhet. Områden som är av stor betydelse för regionens näringsliv och kommunernas strukturomvandling.",
      ),
      s(
        "Genom ett fördjupat samarbete mellan Parterna och gemensamma prioriteringar kan den samlade förmågan stärkas.",
      ),
      s(
        "Parterna ska främja och stödja gemensamma ansökningar om utbildnings-, forsknings- och utvecklingsmedel med syfte att i samverkan bygga hållbara strukturer för kompetens, innovation och tillväxt i regionen.",
        "R7",
      ),
      s(
        "Parterna kommer att samarbeta i framtagande av underlag och analyser som kan läggas till grund för framtida strategisk planering av kommunernas utveckling.",
      ),
    ],
  },
];
