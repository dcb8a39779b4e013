// What a build made, one line per output: its path, what it is, and its size.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function size(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

const human = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** `outputs`: [{ path, what }] with paths relative to `root`. Returns the lines, each ending in a newline. */
export function describeOutputs(outputs, root = process.cwd()) {
  const width = Math.max(...outputs.map(({ path }) => path.length));
  return outputs.map(({ path, what }) => `built ${path.padEnd(width)}  ${human(size(join(root, path))).padStart(7)}  ${what}\n`).join('');
}
