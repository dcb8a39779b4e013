/** A full-pass slice scheduler the test runs by hand, each slice one step long, so no test waits on real time. */
import type { SliceSchedule, SliceWork } from '../../../src/page/idle-scheduler';

export function manualSlices() {
  let queued: SliceWork[] = [];
  const slices: SliceSchedule = (work) => {
    queued.push(work);
    return () => {
      queued = queued.filter((other) => other !== work);
    };
  };
  return {
    slices,
    get pending() {
      return queued.length;
    },
    /** Run the next slice, giving it no time beyond its one step. */
    runOne() {
      const work = queued.shift();
      work?.(() => false);
      return work !== undefined;
    },
  };
}
