import { type LetterClause, s } from "./letter-sentence";

/** Kompetensutveckling och digitalisering; Forskning, utveckling och innovation. */
export const MIDDLE_CLAUSES: readonly LetterClause[] = [
  {
    heading: "Kompetensutveckling och digitalisering",
    anchor: "kompetensutveckling",
    sentences: [
      s("Kommunerna i Norrbotten har geografiska och demografiska utmaningar att hantera."),
      s(
        "För att hantera kommande generationsväxling och säkra kompetensförsörjningen ställs stora krav på såväl utbildningarnas som kommunernas förändringsbenägenhet och attraktivitet.",
      ),
      s(
        "Med kompetensförsörjning menas att utbilda, rekrytera och behålla rätt utbildad personal samt att använda personalens kompetens på ett bra och framåtsyftande sätt.",
      ),
      s("För att bygga e-samhället är skolans digitalisering central."),
      s(
        "NoK och LTU kan gemensamt verka för att, med kommunerna som testverksamheter, ligga i framkant inom området.",
        "R8",
      ),
      s(
        "Den digitala och medicintekniska utvecklingen är en viktig drivkraft som möjliggör förändrade arbetssätt och omfördelning av arbetsuppgifter inom den kommunala socialtjänsten och äldrevården.",
      ),
      s(
        "Utvecklingen kommer att ställa nya kompetenskrav på det arbete som ska utföras. För att utbildningar ska anpassas till de framtida krav som kommer och för att göra kommunerna mer attraktiva som framtida arbetsgivare, behöver kontinuerlig kunskapsöverföring ske mellan Parterna.",
      ),
      s(
        "Medarbetares kompetensutveckling och förmågan att anpassa sig till nya förutsättningar är allt viktigare faktorer för framgång.",
      ),
      s(
        "Flexibla utbildningsformer för redan yrkesverksamma, exempelvis uppdragsutbildningar och distansutbildningar, är därför av stor betydelse, liksom gemensam uppbyggnad av lärmiljöer.",
        "R8",
      ),
      s(
        "En stärkt samverkan mellan Parterna, både på operativ- och ledningsnivå, ska lägga grunden för en utvecklad kompetensförsörjning vid kommunerna. Genom en gemensam faktagrund och kunskap om möjliga förbättringsprocesser ska innehållet i aktuella utbildningar möta de behov som motsvarar kommunernas förutsättningar.",
      ),
      s(
        "Parterna vill tillsammans vara i framkant när det gäller att utveckla utbildningar och kompetensområden som stödjer en digital utveckling för att möta utvecklingsbehov och strukturomvandling inom utbildning, socialtjänst och äldrevård.",
      ),
    ],
  },
  {
    heading: "Forskning, utveckling och innovation",
    anchor: "foui",
    sentences: [
      s(
        "Forskning, utveckling och innovation (FoUI) utgör en integrerad del av kommunernas utvecklingsarbete och vid Norrbottens Kommuner finns fr.o.m. 2014 en gemensam FoUI-miljö. FoUI-miljöns övergripande mål är att bidra till att bredda och fördjupa en i kommunen behovsgrundad kunskapsbildning som vilar på vetenskap och beprövad erfarenhet.",
      ),
      s(
        "Det stöd och den samverkan som FoUI initierar ska baseras på verksamhetsbehov och önskemål från kommunerna i länet. De utvecklings- och forskningsaktiviteter som bedrivs ska vara efterfrågade, tillämpbara och nyttiga.",
        "R6",
      ),
      s(
        "Parterna ska arbeta för en systematisk utveckling av gemensamma hållfasta strukturer för forskning, utveckling och innovation, samt identifiera nya områden för samverkan. Parterna ska även verka för mer omfattande strategiska satsningar på utvecklingsmiljöer där teknik och entreprenörskap kan mötas.",
      ),
      s(
        "Parterna avser att stärka det regionala innovationssystemet och, bland annat, initiera ett samarbete mellan Innovationskontoret vid LTU, LTU Business och NoK. Den forskning som bedrivs ska komma samhället till nytta för att främja såväl det regionala som nationella näringslivet.",
      ),
    ],
  },
];

/** Samverkan på ledningsnivå och uppföljning; Giltighet. */
export const CLOSING_CLAUSES: readonly LetterClause[] = [
  {
    heading: "Samverkan på ledningsnivå och uppföljning",
    anchor: "ledningsniva",
    sentences: [
      s(
        "En samverkansgrupp ska tillsättas med uppdrag att samordna, utveckla och följa upp samarbeten mellan parterna, samt bereda underlag till den ledningsdialog som ska genomföras två gånger per år.",
        "R9",
        "R12",
        "R10",
        "R21",
        "R22",
        "R23",
      ),
      s(
        "Vid ledningsdialogen ska omvärld, trender, framtida utmaningar och eventuella justeringar av inriktning på samarbeten diskuteras.",
        "R11",
      ),
      s(
        "När konkreta aktiviteter definieras skall dessa regleras i särskilda avtal, undertecknade av båda Parter tillsammans med ev. övriga deltagande projektparter.",
        "R14",
      ),
      s(
        "Organisatoriska strukturer för samarbetet ska utvecklas och följas upp utifrån förslag som diskuteras vid undertecknandet av denna avsiktsförklaring.",
        "R15",
      ),
      s(
        "Denna avsiktsförklaring strävar mot en hållfast, strategisk samverkan och ömsesidig nytta som förutsätter ledningssamverkan på alla nivåer. Samverkansstrukturen i olika ledningsforum ska tydliggöras och följas upp en gång per år.",
        "R15",
        "R24",
      ),
    ],
  },
  {
    heading: "Giltighet",
    anchor: "giltighet",
    sentences: [
      s(
        "Denna avsiktsförklaring skall gälla från undertecknandet till dess att det sägs upp av endera parten med tre månaders varsel.",
        "R17",
        "R18",
        "R19",
        "R20",
        // R26: what binds from both signatures changes only with both (amendments).
        "R26",
      ),
    ],
  },
];
