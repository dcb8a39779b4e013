/**
 * Functions the hostile-page tests run inside pages (serialised by the driver: each may use only
 * its argument and the page's globals). They read the highlight registry through the page's saved
 * `CSS` when the page has replaced `window.CSS`, and use plain loops, since a page may have broken
 * Array.prototype by the time they run.
 */

interface HostileWindow {
  CSS?: typeof CSS;
  __hostileSaved?: { CSS: typeof CSS };
  __hostileDone?: boolean;
  __ticks?: number;
  __stopChurn?: () => void;
}

/** Ranges per highlight name in the top document or in the frame with this id (0 when unregistered). */
export const hostileSizes = ({ names, frameId }: { names: string[]; frameId: string | null }): Record<string, number> | null => {
  let win = window as unknown as Window & HostileWindow;
  if (frameId) {
    const frame = document.getElementById(frameId) as HTMLIFrameElement | null;
    if (!frame?.contentWindow) return null;
    win = frame.contentWindow as unknown as Window & HostileWindow;
  }
  const css = win.__hostileSaved?.CSS ?? win.CSS;
  const sizes: Record<string, number> = {};
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    sizes[name] = css?.highlights?.get(name)?.size ?? 0;
  }
  return sizes;
};

/** Polls `hostileSizes` until they equal `expected`; returns the last sizes read and whether they matched. */
export const waitForHostileSizes = (
  { expected, frameId, timeoutMs }: { expected: Record<string, number>; frameId: string | null; timeoutMs: number },
) => new Promise<{ ok: boolean; sizes: Record<string, number> | null }>((resolve) => {
  const names = Object.keys(expected);
  const start = performance.now();
  const check = () => {
    let win = window as unknown as Window & HostileWindow;
    let sizes: Record<string, number> | null = null;
    try {
      if (frameId) win = (document.getElementById(frameId) as HTMLIFrameElement).contentWindow as unknown as Window & HostileWindow;
      const css = win.__hostileSaved?.CSS ?? win.CSS;
      sizes = {};
      for (let i = 0; i < names.length; i++) sizes[names[i]!] = css?.highlights?.get(names[i]!)?.size ?? 0;
    } catch {
      sizes = null;
    }
    let ok = sizes !== null;
    for (let i = 0; ok && i < names.length; i++) ok = sizes![names[i]!] === expected[names[i]!];
    if (ok || performance.now() - start > timeoutMs) resolve({ ok, sizes });
    else setTimeout(check, 25);
  };
  check();
});

/** The page's markup, with that of each same-origin frame appended. */
export const hostileMarkup = (): string => {
  let markup = document.documentElement.outerHTML;
  const frames = document.querySelectorAll('iframe');
  for (let i = 0; i < frames.length; i++) {
    try {
      markup += `\n<!-- frame ${frames[i]!.id} -->\n${frames[i]!.contentDocument?.documentElement?.outerHTML ?? ''}`;
    } catch {
      markup += '\n<!-- cross-origin frame -->';
    }
  }
  return markup;
};

/** Whether the page's own hostile phase (see the prototypes page) is over. */
export const hostileDone = (): boolean => (window as unknown as HostileWindow).__hostileDone === true;

/**
 * Types into `#box` as an editing command (what a keystroke does: input events, the caret, undo),
 * one character at a time with a pause between, and reports what the input holds.
 */
export const typeIntoBox = (text: string) => new Promise<{ value: string; inputEvents: number; caret: number | null; focused: boolean }>((resolve) => {
  const box = document.getElementById('box') as HTMLInputElement;
  let inputEvents = 0;
  box.addEventListener('input', () => { inputEvents++; });
  box.focus();
  const chars = Array.from(text);
  let i = 0;
  const next = () => {
    if (i >= chars.length) {
      resolve({ value: box.value, inputEvents, caret: box.selectionStart, focused: document.activeElement === box });
      return;
    }
    document.execCommand('insertText', false, chars[i++]);
    setTimeout(next, 5);
  };
  next();
});

/** Clears `#box` again, so the page's markup compares with the baseline's. */
export const clearBox = (): void => {
  const box = document.getElementById('box') as HTMLInputElement | null;
  if (box) {
    box.value = '';
    box.blur();
  }
};

/**
 * The longest the page's main thread was unavailable over `ms`: the biggest gap between chained
 * zero-delay timers (a hang shows as one long gap).
 */
export const longestStall = (ms: number) => new Promise<number>((resolve) => {
  const start = performance.now();
  let last = start;
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (now - start >= ms) resolve(longest);
    else setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
});

/** The churn page: how many times it has changed itself and how many rescans ended, read in one task so they match. */
export const churnCounts = (): { ticks: number; rescans: number } => ({
  ticks: (window as unknown as HostileWindow).__ticks ?? 0,
  rescans: performance.getEntriesByName('quotelight:rescan-end').length,
});

export const stopChurn = (): void => (window as unknown as HostileWindow).__stopChurn?.();
