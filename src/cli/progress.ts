/** A one-line progress bar on a terminal; callers clear it before writing other output to the same screen. */
import type { WriteStream } from 'node:tty';

const WIDTH = 30;

export class ProgressBar {
  private done = 0;

  constructor(
    private readonly stream: WriteStream,
    private readonly total: number,
  ) {}

  tick(): void {
    this.done += 1;
    this.draw();
  }

  draw(): void {
    const filled = Math.round((this.done / this.total) * WIDTH);
    this.stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${this.done}/${this.total}`);
  }

  clear(): void {
    this.stream.write('\r\x1b[K');
  }
}
