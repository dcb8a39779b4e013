/** The words the tooltip uses for each kind of finding (ANNOTATION.md's categories, in plain English). */
import type { Finding, SourceType } from '../analysis/types';

export function kindLabel(finding: Finding): string {
  switch (finding.kind) {
    case 'quote':
      return {
        scare: 'Scare quote',
        partial: 'Partial quotation',
        direct: 'Direct quotation',
        title: 'Title or name in quotation marks',
      }[finding.class];
    case 'attribution':
      return `Attribution: ${SOURCE_TYPE_LABELS[finding.sourceType]}`;
    case 'hedge':
      return 'Distancing word';
  }
}

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  named: 'named source',
  vague: 'vague source',
  none: 'no source',
};
