/** The words the popup and the options page use for counts, categories and findings, in the interface's language. */
import type { QuoteClass } from '../analysis/types';
import type { Category } from '../shared/settings';
import type { CountName } from '../report/counts';
import type { FindingSummary } from '../report/summary';
import type { MessageKey, Translate } from '../shared/i18n';
import { SOURCE_TYPE_KEYS } from '../page/finding-labels';

const COUNT_KEYS: Record<CountName, MessageKey> = {
  scare: 'count_scare',
  partial: 'count_partial',
  direct: 'count_direct',
  title: 'count_title',
  attribution: 'count_attribution',
  'attribution-named': SOURCE_TYPE_KEYS.named,
  'attribution-vague': SOURCE_TYPE_KEYS.vague,
  'attribution-none': SOURCE_TYPE_KEYS.none,
  hedge: 'count_hedge',
};

export function countLabel(t: Translate, name: CountName): string {
  return t(COUNT_KEYS[name]);
}

/** Each category's switch sits on the row of the count with the same name. */
const CATEGORY_HINT_KEYS: Record<Category, MessageKey> = {
  scare: 'hint_scare',
  partial: 'hint_partial',
  direct: 'hint_direct',
  title: 'hint_title',
  attribution: 'hint_attribution',
  hedge: 'hint_hedge',
};

export function categoryHint(t: Translate, category: Category): string {
  return t(CATEGORY_HINT_KEYS[category]);
}

const QUOTE_KEYS: Record<QuoteClass, MessageKey> = {
  scare: 'finding_scare',
  partial: 'finding_partial',
  direct: 'finding_direct',
  title: 'finding_title',
};

export function findingLabel(t: Translate, finding: FindingSummary): string {
  switch (finding.kind) {
    case 'quote':
      return t(QUOTE_KEYS[finding.class ?? 'direct']);
    case 'attribution':
      return t('finding_attribution', t(SOURCE_TYPE_KEYS[finding.sourceType ?? 'none']));
    case 'hedge':
      return t('finding_hedge');
  }
}
