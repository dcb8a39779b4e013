/**
 * When rescans run: at idle time, but never later than the test contract's "within 1 s of the
 * mutation" allows.
 */

/** Runs `callback` later; returns a function that cancels it. */
export type Schedule = (callback: () => void) => () => void;

/** requestIdleCallback's deadline: leaves room in the 1 s budget for the rescan itself. */
const IDLE_TIMEOUT_MS = 300;
/** Without requestIdleCallback (Safari, jsdom): a short delay still batches a burst of mutations. */
const FALLBACK_DELAY_MS = 50;

interface TimerWindow {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
  requestIdleCallback?(callback: () => void, options: { timeout: number }): number;
  cancelIdleCallback?(handle: number): void;
}

export function idleScheduler(window: TimerWindow): Schedule {
  if (typeof window.requestIdleCallback === 'function' && typeof window.cancelIdleCallback === 'function') {
    return (callback) => {
      const handle = window.requestIdleCallback!(callback, { timeout: IDLE_TIMEOUT_MS });
      return () => window.cancelIdleCallback!(handle);
    };
  }
  return (callback) => {
    const handle = window.setTimeout(callback, FALLBACK_DELAY_MS);
    return () => window.clearTimeout(handle);
  };
}
