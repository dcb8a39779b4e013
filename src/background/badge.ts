/** What the toolbar badge says about a page: the findings a careful reader would check first. */
import type { PageStatus } from '../report/summary';

/** Scare quotes plus attributions whose source is vague or missing. */
export function badgeCount(summary: PageStatus): number {
  if (summary.paused) return 0;
  const { counts } = summary;
  return counts.scare + counts['attribution-vague'] + counts['attribution-none'];
}

/** The badge fits about four characters; an empty text hides it. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Amber: a prompt to look closer, not an error. */
export const BADGE_COLOR = '#b45309';
