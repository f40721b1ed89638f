import { ComingSoon } from "../components/coming-soon";

/** Contacts (R23) come with their API in #12: the page keeps its place in the navigation. */
export default function ContactsPage() {
  return <ComingSoon title="nav.contacts" note="comingSoon.contacts" />;
}
