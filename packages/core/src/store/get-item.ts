import type { ItemKey } from "@samverkan/table";
import { Dynamo } from "./dynamo";

/** One item by its key, strongly consistent (a write just made must be seen); null when absent. */
export const getItem = (key: ItemKey) => Dynamo.use((dynamo) => dynamo.getItem(key));
