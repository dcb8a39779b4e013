/** jsdom has no CSS Custom Highlight API: a registry and Highlight with the same shape (both are maplike/setlike). */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

export function fakeHighlightWindow(window: { document: Document; setTimeout(callback: () => void, ms: number): unknown }) {
  const highlights = new Map<string, FakeHighlight>();
  return {
    document: window.document,
    CSS: { highlights: highlights as unknown as HighlightRegistry },
    Highlight: FakeHighlight as unknown as typeof Highlight,
    setTimeout: (callback: () => void, ms: number) => window.setTimeout(callback, ms),
    highlights,
  };
}
