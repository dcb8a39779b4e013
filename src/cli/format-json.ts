/** `--json` output: the spec's `{"findings":[…]}`, one object per line, named by `file` when there are several inputs. */
import type { Finding } from '../analysis/types';
import { findingsJson } from '../report/findings-json';

export function jsonLine(findings: readonly Finding[], file?: string): string {
  return findingsJson(findings, file === undefined ? {} : { file });
}
