// What other tools (the bench, the browser tests) use to run the system on this machine.

export {
  type LocalIdentityProvider,
  startLocalIdentityProvider,
  tokenFromProvider,
} from "./local-idp";
export { type LocalSystem, startLocalSystem } from "./local-system";
export { serveApp } from "./node-server";
export { LTU_NOK_LETTER_ID, seedLtuNokLetter } from "./seed";
export { EXAMPLE_LETTER_ID, seedExampleLetter } from "./seed-example";
export { type LocalPerson, localPeople } from "./web-people";
export { mountWebWorkspace } from "./web-workspace";
