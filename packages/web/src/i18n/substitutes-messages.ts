// The substitutes page's words in both languages (R25). Imported by the page only, so they load
// with its chunk: importing this module adds them to the catalogues before the page renders.
import { addMessages } from "./messages";
import { enSubstitutesPage } from "./messages/en-substitutes-page";
import { svSubstitutesPage } from "./messages/sv-substitutes-page";

addMessages({ sv: svSubstitutesPage, en: enSubstitutesPage });
