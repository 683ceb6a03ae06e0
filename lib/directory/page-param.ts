// "?seite=" of a paginated list: anything but a positive whole number means page 1,
// and a page past the end shows the last one (decided by the caller, who knows the count).
export function parsePage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}
