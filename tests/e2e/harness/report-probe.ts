/** Run in the popup (serialised like the probes in probes.ts): what its "Copy report" button writes to the clipboard. */
export const copiedReport = (timeoutMs: number) => new Promise<string | null>((resolve) => {
  // Catching the write, rather than reading the clipboard back, needs no clipboard permission or focus.
  Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => resolve(text) });
  document.querySelector<HTMLElement>('[data-action="copy-report"]')?.click();
  setTimeout(() => resolve(null), timeoutMs);
});
