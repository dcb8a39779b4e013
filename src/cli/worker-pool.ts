/** A fixed set of worker threads, each running one job at a time from a shared queue. */
import { Worker } from 'node:worker_threads';

interface Pending<Job, Result> {
  job: Job;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

export class WorkerPool<Job, Result> {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Pending<Job, Result>[] = [];
  private readonly running = new Map<Worker, Pending<Job, Result>>();
  private failure: unknown;

  constructor(script: URL, size: number) {
    for (let i = 0; i < size; i += 1) {
      const worker = new Worker(script);
      worker.on('message', (result: Result) => {
        this.running.get(worker)?.resolve(result);
        this.running.delete(worker);
        this.idle.push(worker);
        this.dispatch();
      });
      worker.on('error', (error) => this.fail(error));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  run(job: Job): Promise<Result> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.running.set(worker, pending);
      worker.postMessage(pending.job);
    }
  }

  // A crashed worker means a bug in the scan itself; the other jobs would likely hit it too, and
  // letting them wait on a worker that no longer exists would hang the run.
  private fail(error: unknown): void {
    this.failure = error;
    for (const pending of [...this.running.values(), ...this.queue.splice(0)]) pending.reject(error);
    this.running.clear();
  }
}
