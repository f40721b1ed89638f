// The accessibility statement's words in both languages, loaded with its page's chunk.
import { addMessages } from "./messages";
import { enAccessibility } from "./messages/en-accessibility";
import { svAccessibility } from "./messages/sv-accessibility";

addMessages({ sv: svAccessibility, en: enAccessibility });
