/** Worker-thread entry: scans each job the pool posts and posts back its result. */
import { parentPort } from 'node:worker_threads';
import { scan, type ScanJob } from './scan';

const port = parentPort;
if (!port) throw new Error('scan-worker.js runs only as a worker thread');
// An exception escapes as the worker's 'error' event, which the pool turns into a failed run.
port.on('message', async (job: ScanJob) => port.postMessage(await scan(job)));
