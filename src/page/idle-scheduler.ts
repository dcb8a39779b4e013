/**
 * When rescans run: at idle time, a little apart, but never later than the test contract's
 * "within 1 s of the mutation" allows.
 */

/** Runs `callback` later; returns a function that cancels it. */
export type Schedule = (callback: () => void) => () => void;

/** requestIdleCallback's deadline: leaves room in the 1 s budget for the rescan itself. */
const IDLE_TIMEOUT_MS = 300;
/** Without requestIdleCallback (Safari, jsdom): a short delay still batches a burst of mutations. */
const FALLBACK_DELAY_MS = 50;
/**
 * A run waits at least this long after the one before: a page that changes at every frame (a
 * ticker, a clock) idles between changes, and would otherwise be read again 60 times a second.
 */
const MIN_GAP_MS = 100;

interface TimerWindow {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
  requestIdleCallback?(callback: () => void, options: { timeout: number }): number;
  cancelIdleCallback?(handle: number): void;
}

export function idleScheduler(window: SliceWindow): Schedule {
  const clock = window.performance;
  const whenIdle = idleOrLater(window);
  let lastRun = -Infinity;
  return (callback) => {
    const run = () => {
      lastRun = clock.now();
      callback();
    };
    const wait = lastRun + MIN_GAP_MS - clock.now();
    if (wait <= 0) return whenIdle(run);
    let cancelIdle: (() => void) | null = null;
    const timer = window.setTimeout(() => (cancelIdle = whenIdle(run)), wait);
    return () => {
      window.clearTimeout(timer);
      cancelIdle?.();
    };
  };
}

function idleOrLater(window: TimerWindow): Schedule {
  const idle = idleCallbacks(window);
  if (idle) {
    return (callback) => {
      const handle = idle.request(callback, { timeout: IDLE_TIMEOUT_MS });
      return () => idle.cancel(handle);
    };
  }
  return (callback) => {
    const handle = window.setTimeout(callback, FALLBACK_DELAY_MS);
    return () => window.clearTimeout(handle);
  };
}

/** Does a slice of work, going on while `timeLeft()` says so. */
export type SliceWork = (timeLeft: () => boolean) => void;

/** Runs each slice of a long job later; returns a function that cancels it. */
export type SliceSchedule = (work: SliceWork) => () => void;

/**
 * A slice's length: what is left of the idle period, within these bounds. A callback asked for in
 * an idle period runs in the next one, so a slice uses most of its period; well under the 50 ms
 * of a long task, as one analysis run may overshoot a little.
 */
const MIN_SLICE_MS = 6;
const MAX_SLICE_MS = 30;
/** A page busy all the time still gets its job done, a slice at least this often. */
const SLICE_IDLE_TIMEOUT_MS = 20;

interface SliceWindow extends TimerWindow {
  performance: { now(): number };
}

interface IdleDeadline {
  timeRemaining(): number;
}

/** The window's idle callbacks, with their deadline; null where there are none (Safari, jsdom). */
function idleCallbacks(window: TimerWindow) {
  const request = window.requestIdleCallback as ((callback: (deadline: IdleDeadline) => void, options: { timeout: number }) => number) | undefined;
  const cancel = window.cancelIdleCallback;
  if (typeof request !== 'function' || typeof cancel !== 'function') return null;
  return { request: request.bind(window), cancel: cancel.bind(window) };
}

/** Slices of a few milliseconds in idle time (or after a zero-delay timer where there is none). */
export function idleSlices(window: SliceWindow): SliceSchedule {
  const clock = window.performance;
  const slice = (work: SliceWork, ms: number) => {
    const end = clock.now() + Math.min(Math.max(ms, MIN_SLICE_MS), MAX_SLICE_MS);
    work(() => clock.now() < end);
  };
  const idle = idleCallbacks(window);
  if (idle) {
    return (work) => {
      const handle = idle.request((deadline) => slice(work, deadline.timeRemaining()), { timeout: SLICE_IDLE_TIMEOUT_MS });
      return () => idle.cancel(handle);
    };
  }
  return (work) => {
    const handle = window.setTimeout(() => slice(work, MAX_SLICE_MS), 0);
    return () => window.clearTimeout(handle);
  };
}
