import type { OfferEditValues } from "../types";

export type DiffRow = { field: string; before: string; after: string; changed: boolean };

function item(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  // Row ids say nothing to a reviewer and differ between equal rows.
  return Object.entries(value as Record<string, unknown>)
    .filter(([key, v]) => key !== "id" && v !== null && v !== undefined && v !== "")
    .map(([, v]) => item(v))
    .join(" · ");
}

function show(value: unknown): string {
  return Array.isArray(value) ? value.map(item).join("\n") : item(value);
}

/**
 * Field by field, in the order of the "after" object, then any field only "before"
 * has. Lists (contacts, opening hours) become one line per row, so that a reviewer
 * reads people and times, not JSON.
 */
export function diffOfferValues(before: Partial<OfferEditValues>, after: Partial<OfferEditValues>): DiffRow[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])] as (keyof OfferEditValues)[];
  return keys.map((field) => {
    const b = show(before[field]);
    const a = show(after[field]);
    return { field, before: b, after: a, changed: b !== a };
  });
}
