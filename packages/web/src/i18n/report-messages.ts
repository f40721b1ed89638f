// The report page's words in both languages. Imported by the report page only, so they load with
// its chunk: importing this module adds them to the catalogues before the page renders.
import { addMessages } from "./messages";
import { enReport } from "./messages/en-report";
import { svReport } from "./messages/sv-report";

addMessages({ sv: svReport, en: enReport });
