/**
 * Every message between the extension's contexts, declared once with its payload and reply, by
 * the receiver it goes to. Each receiver answers through a `Handlers` map with one function per
 * message type of its protocol, so a message type nobody handles does not compile. Receivers check
 * the sender, and `dispatch` the message's shape, before trusting anything: a message may come
 * from a page, from another extension, or from an older copy of this one.
 */
import type { Finding, LanguageCode, QuoteClass, SourceType } from '../analysis/types';
import { COUNT_NAMES, type Counts } from '../report/counts';
import type { PageFindings } from '../report/findings-json';
import type { FindingSummary, PageStatus, PageSummary } from '../report/summary';
import type { TermCount } from '../report/term-counts';
import type { MessageSender, RuntimeApi, TabsApi } from './extension-api';

export interface SummaryRequest {
  /** List every finding, not only as many as the popup shows. */
  allFindings?: boolean;
}

/** The keyboard shortcuts of the manifest's `commands`, which the background passes to the page. */
export const PAGE_COMMANDS = ['toggle-highlights', 'next-finding', 'previous-finding'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

/** To a tab's content script (`tabs.sendMessage`, top frame), from the popup and the background. Message type → [payload, reply]. */
export interface ToContentScript {
  /** From the popup: the current summary. */
  'get-summary': [SummaryRequest, PageSummary];
  /** From the popup: every finding with its offsets into the page text. */
  'get-page-findings': [Record<string, never>, PageFindings];
  /** From the popup: scroll to a finding and flash it. */
  'reveal-finding': [{ id: number }, boolean];
  /** From the background: a keyboard shortcut; true when it did something. */
  'run-command': [{ command: PageCommand }, boolean];
}

/**
 * To the background, from content scripts (`runtime.sendMessage`). Every extension page that
 * listens hears such a message too: the popup ignores those its own protocol lacks.
 */
export interface ToBackground {
  /** The page's findings changed: the badge follows. */
  'summary-changed': [PageStatus, void];
}

/** To an open popup, from content scripts (`runtime.sendMessage`, heard by the background too). */
export interface ToPopup {
  /** The page's findings changed: the popup asks for the summary again, if it is that tab's. */
  'summary-changed': [PageStatus, void];
}

/** Every message type → [payload, reply]; a type shared by two receivers means the same to both. */
export type Protocol = ToContentScript & ToBackground & ToPopup;
export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T; payload: Protocol[T][0] };
export type Reply<T extends MessageType> = Protocol[T][1];

/**
 * A receiver's answer to each message type of its protocol (`keyof ToContentScript`, …), given the
 * message, well-formed, and its sender, as far as the receiver has checked it.
 */
export type Handlers<T extends MessageType, Sender extends MessageSender = MessageSender> = {
  [K in T]: (message: Message<K>, sender: Sender) => Reply<K>;
};

const QUOTE_CLASSES: readonly string[] = ['scare', 'partial', 'direct', 'title'] satisfies QuoteClass[];
const SOURCE_TYPES: readonly string[] = ['named', 'vague', 'none'] satisfies SourceType[];
/** Every language with a lexicon, as a record so the compiler flags one added or removed (importing the lexicons would put them in the popup's bundle). */
const LANGUAGE_CODES: Record<LanguageCode, true> = { en: true, de: true, fr: true, es: true, ru: true };
const FINDING_KINDS: readonly string[] = ['quote', 'attribution', 'hedge'] satisfies FindingSummary['kind'][];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isOptional(value: unknown, check: (v: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';

export function isCounts(value: unknown): value is Counts {
  return isRecord(value) && COUNT_NAMES.every((name) => isCount(value[name]));
}

export function isFindingSummary(value: unknown): value is FindingSummary {
  return isRecord(value)
    && isCount(value.id)
    && FINDING_KINDS.includes(value.kind as string)
    && isOptional(value.class, (v) => QUOTE_CLASSES.includes(v as string))
    && isOptional(value.sourceType, (v) => SOURCE_TYPES.includes(v as string))
    && isString(value.text)
    && isOptional(value.sourceText, isString)
    && isOptional(value.contentText, isString)
    && isString(value.sentence);
}

export function isPageStatus(value: unknown): value is PageStatus {
  return isRecord(value)
    && isString(value.url)
    && isString(value.title)
    && isCounts(value.counts)
    && typeof value.paused === 'boolean'
    && Array.isArray(value.languages) && value.languages.every((lang) => isString(lang) && Object.hasOwn(LANGUAGE_CODES, lang));
}

function isTermCounts(value: unknown): value is TermCount[] {
  return Array.isArray(value) && value.every((item) => isRecord(item) && isString(item.term) && isCount(item.count));
}

export function isPageSummary(value: unknown): value is PageSummary {
  return isRecord(value)
    && Array.isArray(value.findings) && value.findings.every(isFindingSummary)
    && isCount(value.findingTotal) && value.findings.length <= value.findingTotal
    && isTermCounts(value.scareTerms)
    && isRecord(value.sources) && isTermCounts(value.sources.named) && isTermCounts(value.sources.vague)
    && isPageStatus(value);
}

function isSpan(value: unknown): value is Record<string, unknown> & { start: number; end: number } {
  return isRecord(value) && isCount(value.start) && isCount(value.end) && value.start <= value.end;
}

/** A finding as ANNOTATION.md defines it, with the explanation and sentence range the analyzer adds. */
export function isFinding(value: unknown): value is Finding {
  if (!isSpan(value) || !isString(value.text) || !isString(value.explanation) || !isSpan(value.sentence)) return false;
  switch (value.kind) {
    case 'quote':
      return QUOTE_CLASSES.includes(value.class as string);
    case 'attribution':
      return SOURCE_TYPES.includes(value.sourceType as string) && isOptional(value.source, (v) => isSpan(v) && isString(v.text))
        && isOptional(value.content, isSpan);
    case 'hedge':
      return true;
    default:
      return false;
  }
}

export function isPageFindings(value: unknown): value is PageFindings {
  return isRecord(value)
    && isString(value.url)
    && isString(value.title)
    && isString(value.text)
    && Array.isArray(value.findings) && value.findings.every(isFinding);
}

const PAYLOAD_CHECKS: { [T in MessageType]: (payload: unknown) => payload is Protocol[T][0] } = {
  'summary-changed': isPageStatus,
  'get-summary': (payload): payload is SummaryRequest => isRecord(payload) && isOptional(payload.allFindings, (v) => typeof v === 'boolean'),
  'get-page-findings': (payload): payload is Record<string, never> => isRecord(payload),
  'reveal-finding': (payload): payload is { id: number } => isRecord(payload) && isCount(payload.id),
  'run-command': (payload): payload is { command: PageCommand } => isRecord(payload) && PAGE_COMMANDS.includes(payload.command as PageCommand),
};

const REPLY_CHECKS: { [T in MessageType]: (reply: unknown) => reply is Reply<T> } = {
  'summary-changed': (reply): reply is void => reply === undefined,
  'get-summary': isPageSummary,
  'get-page-findings': isPageFindings,
  'reveal-finding': (reply): reply is boolean => typeof reply === 'boolean',
  'run-command': (reply): reply is boolean => typeof reply === 'boolean',
};

/** A well-formed message of our protocol (any type, or the given one). Says nothing about who sent it. */
export function isMessage<T extends MessageType = MessageType>(value: unknown, type?: T): value is Message<T> {
  if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(PAYLOAD_CHECKS, value.type)) return false;
  if (type !== undefined && value.type !== type) return false;
  return PAYLOAD_CHECKS[value.type as MessageType](value.payload);
}

/** Sent by this extension's own code (a content script or one of its pages), not another extension. */
export function isFromOwnExtension(sender: MessageSender, runtimeId: string): boolean {
  return sender.id === runtimeId;
}

/** A content script's message names its tab and frame. */
export type ContentScriptSender = MessageSender & { tab: { id: number }; frameId: number };

/** Sent by this extension's content script in a tab: the only sender whose `summary-changed` counts. */
export function isFromOwnContentScript(sender: MessageSender, runtimeId: string): sender is ContentScriptSender {
  return isFromOwnExtension(sender, runtimeId)
    && typeof sender.tab?.id === 'number'
    && typeof sender.frameId === 'number';
}

/**
 * Hands a message to its handler when it is well-formed and of a type the handlers take, and
 * returns the reply as `runtime.onMessage` wants it: a promise, or undefined for no reply (a void
 * reply, or a message for another receiver, which other listeners may answer).
 */
export function dispatch<T extends MessageType, Sender extends MessageSender>(
  handlers: Handlers<T, Sender>,
  message: unknown,
  sender: Sender,
): Promise<unknown> | undefined {
  if (!isRecord(message) || typeof message.type !== 'string' || !Object.hasOwn(handlers, message.type)) return undefined;
  const type = message.type as T;
  if (!isMessage(message, type)) return undefined;
  const reply = handlers[type](message, sender);
  return reply === undefined ? undefined : Promise.resolve(reply);
}

export function makeMessage<T extends MessageType>(type: T, payload: Protocol[T][0]): Message<T> {
  return { type, payload };
}

/** Thrown when the other side answered with something that is not the declared reply. */
export class BadReplyError extends Error {
  constructor(type: MessageType) {
    super(`Malformed reply to "${type}"`);
    this.name = 'BadReplyError';
  }
}

/**
 * Asks the content script in a tab's top frame (the one whose text the popup summarises) and
 * validates the answer. Rejects when no content script runs there (browser pages, the store).
 */
export async function sendToTab<T extends keyof ToContentScript>(
  tabs: Pick<TabsApi, 'sendMessage'>,
  tabId: number,
  type: T,
  payload: Protocol[T][0],
): Promise<Reply<T>> {
  const reply = await tabs.sendMessage(tabId, makeMessage(type, payload), { frameId: 0 });
  if (!REPLY_CHECKS[type](reply)) throw new BadReplyError(type);
  return reply;
}

/**
 * Broadcasts to the background and any open popup. Rejects when nobody listens or the extension
 * was reloaded under the page ("Extension context invalidated"); callers in content scripts catch.
 */
export async function notifyExtension<T extends keyof ToBackground | keyof ToPopup>(
  runtime: Pick<RuntimeApi, 'sendMessage'>,
  type: T,
  payload: Protocol[T][0],
): Promise<void> {
  await runtime.sendMessage(makeMessage(type, payload));
}
