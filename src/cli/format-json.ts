/** `--json` output: the spec's `{"findings":[…]}`, one object per line, named by `file` when there are several inputs. */
import type { Finding } from '../analysis/types';

export function jsonLine(findings: readonly Finding[], file?: string): string {
  return `${JSON.stringify(file === undefined ? { findings } : { file, findings })}\n`;
}
