// Left-to-right text (file names, German titles, codes) placed inside a
// translated sentence: Unicode isolates (LRI … PDI) keep it in its own direction
// in right-to-left pages, where a message placeholder cannot carry a <bdi>.
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}
