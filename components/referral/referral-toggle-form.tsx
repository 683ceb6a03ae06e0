import { toReferralAnchor } from "@/lib/referral/anchor";

export type ReferralToggleLabels = {
  /** Where the form posts: /<locale>/merkliste/aendern. */
  action: string;
  add: string;
  remove: string;
  /** Accessible names, with "{name}" where the offer's name goes. */
  addLabel: string;
  removeLabel: string;
};

// A plain POST form, so the list works without JavaScript; the route handler sends the
// reader back to the page they came from (Referer), at this offer's anchor. Pages are
// cached for everybody, so both buttons are rendered and the reader's stylesheet
// (lib/referral/css.ts) shows the one that is true for them, or says the list is full.
// Lists carry dozens of these: the markup is kept short (classes in globals.css).
// No hooks and no server APIs: server pages and the client card list both render it.
export function ReferralToggleForm({ slug, name, labels }: { slug: string; name: string; labels: ReferralToggleLabels }) {
  return (
    <form id={toReferralAnchor(slug)} method="post" action={labels.action} className="referral-toggle no-print">
      <input type="hidden" name="angebot" value={slug} />
      {/* The label starts with the visible text (WCAG 2.5.3) and names the offer, which the visible text does not. */}
      <button type="submit" name="aktion" value="hinzufuegen" aria-label={labels.addLabel.replace("{name}", name)} className="referral-add">
        {labels.add}
      </button>
      <button
        type="submit"
        name="aktion"
        value="entfernen"
        aria-label={labels.removeLabel.replace("{name}", name)}
        className="referral-remove"
      >
        {labels.remove}
      </button>
    </form>
  );
}
