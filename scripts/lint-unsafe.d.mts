// Types for lint-unsafe.mjs, which Node runs untranspiled in the test command.
export interface UnsafeFinding {
  file: string;
  line: number;
  column: number;
  message: string;
  /** The offending line, trimmed. */
  text: string;
}
export function maskSource(source: string): { code: string; strings: Map<number, string> };
export function lintSource(source: string, file?: string): UnsafeFinding[];
export function sourceFiles(dir: string): string[];
export function lintTree(roots: string[], cwd?: string): UnsafeFinding[];
export function formatFinding(finding: UnsafeFinding): string;
