// Which sides of which audit entries hold a complete earlier state of an offer
// that can be restored. A submitted change's "after" never was the offer's state.
export const restorableSides: Readonly<Record<string, readonly ("before" | "after")[]>> = {
  "offer.update": ["before", "after"],
  "offer.submit": ["before"],
  "offer.create": ["after"],
};

export const historyActions = [
  "offer.create",
  "offer.update",
  "offer.submit",
  "offer.verify",
  "offer.export",
  "revision.approve",
  "revision.reject",
] as const;

export type HistoryAction = (typeof historyActions)[number];
