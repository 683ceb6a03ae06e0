// A page number of a paginated list ("?seite=" or a /seite/<n> path): anything but a positive whole number means page 1,
// and a page past the end shows the last one (decided by the caller, who knows the count).
export function parsePage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}

export type PageWindow = { page: number; pageCount: number; start: number; end: number };

/** The page actually shown (past the end: the last one), the page count, and its slice of the list. */
export function toPageWindow(total: number, requested: number, pageSize: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requested, pageCount);
  const start = (page - 1) * pageSize;
  return { page, pageCount, start, end: start + pageSize };
}
