/**
 * Every message between the extension's contexts, declared once with its payload and reply.
 * Receivers validate with `isMessage` before trusting anything: a message may come from a page.
 */
import type { QuoteClass, SourceType } from '../analysis/types';

/** The counters the popup shows in `[data-count="NAME"]` and the highlight names derive from. */
export const COUNT_NAMES = [
  'scare', 'partial', 'direct', 'title',
  'attribution', 'attribution-named', 'attribution-vague', 'attribution-none',
  'hedge',
] as const;
export type CountName = (typeof COUNT_NAMES)[number];
export type Counts = Record<CountName, number>;

/** A finding as the popup lists it: enough to show and to ask the page to reveal it. */
export interface FindingSummary {
  id: number;
  kind: 'quote' | 'attribution' | 'hedge';
  class?: QuoteClass;
  sourceType?: SourceType;
  text: string;
  sourceText?: string;
  sentence: string;
}

export interface PageSummary {
  url: string;
  title: string;
  counts: Counts;
  findings: FindingSummary[];
  paused: boolean;
}

/** Message type → [payload, reply]. */
export interface Protocol {
  /** content → background and popup: the page's findings changed. */
  'summary-changed': [PageSummary, void];
  /** popup → content: the current summary. */
  'get-summary': [Record<string, never>, PageSummary];
  /** popup → content: scroll to a finding and flash it. */
  'reveal-finding': [{ id: number }, boolean];
}
export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T; payload: Protocol[T][0] };
export type Reply<T extends MessageType> = Protocol[T][1];
