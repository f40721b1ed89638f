import type { NeedState } from "./need-decide";
import type { NeedEvent } from "./need-events";
import type { Need } from "./need-model";

/** A need as its own item, from the event that registered it. */
export function needOf(event: NeedEvent): Need {
  const { type: _type, ...need } = event;
  return need;
}

/** Folds a need's event into its state: a need is registered once and then only read. */
export function evolveNeed(state: NeedState, event: NeedEvent): NeedState {
  return { ...state, need: needOf(event) };
}
