import type { AnalyzeOptions, Finding } from './types';

// Work in progress: the rules land in the following commits.
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  void text;
  void options;
  return [];
}
