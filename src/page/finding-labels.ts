/** The words the tooltip uses for each kind of finding (ANNOTATION.md's categories), in the interface's language. */
import type { Finding, QuoteClass, SourceType } from '../analysis/types';
import type { MessageKey, Translate } from '../shared/i18n';

const QUOTE_KEYS: Record<QuoteClass, MessageKey> = {
  scare: 'tooltip_scare',
  partial: 'tooltip_partial',
  direct: 'tooltip_direct',
  title: 'tooltip_title',
};

export const SOURCE_TYPE_KEYS: Record<SourceType, MessageKey> = {
  named: 'source_named',
  vague: 'source_vague',
  none: 'source_none',
};

export function kindLabel(t: Translate, finding: Finding): string {
  switch (finding.kind) {
    case 'quote':
      return t(QUOTE_KEYS[finding.class]);
    case 'attribution':
      return t('tooltip_attribution', t(SOURCE_TYPE_KEYS[finding.sourceType]));
    case 'hedge':
      return t('tooltip_hedge');
  }
}
