/** A rescan scheduler the test runs by hand, so no test waits on real time. */
import type { Schedule } from '../../../src/page/idle-scheduler';

export function manualSchedule() {
  let queued: Array<() => void> = [];
  const schedule: Schedule = (callback) => {
    queued.push(callback);
    return () => {
      queued = queued.filter((other) => other !== callback);
    };
  };
  return {
    schedule,
    get pending() {
      return queued.length;
    },
    /** Deliver the MutationObserver's records (a microtask), then run what was scheduled. */
    async run() {
      await Promise.resolve();
      const callbacks = queued;
      queued = [];
      for (const callback of callbacks) callback();
    },
  };
}
