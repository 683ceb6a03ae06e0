export const entryOverheadBytes: number;
export const searchShare: number;
export function measureEntry(key: string, entry: { value?: unknown } | undefined): number;
export class SizedLru {
  constructor(maxBytes: number, measure: (key: string, value: unknown) => number);
  readonly maxBytes: number;
  readonly totalBytes: number;
  readonly size: number;
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
}
export class PagePools {
  constructor(maxBytes: number);
  readonly searches: SizedLru;
  readonly pages: SizedLru;
  readonly totalBytes: number;
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}
export function parsePageCacheMb(raw: string | undefined): number;
