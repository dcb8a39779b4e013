/**
 * Pairs quotation marks into quoted spans, one paragraph at a time, so that an unclosed or stray mark
 * never reaches past its paragraph. Straight marks are told apart by what stands on either side, and
 * single marks are told from apostrophes (don't, rock 'n' roll, the '90s, Jones' car).
 */
import type { Range } from './types';

export interface QuotedSpan extends Range {
  /** Index of the paragraph it stands in. */
  paragraph: number;
  /** How many quotations enclose it (0 for the outermost). */
  depth: number;
  /** The mark had no closing partner: the span runs to the end of its paragraph. */
  unclosed: boolean;
  /** Continues a quotation left open at the end of the previous paragraph. */
  continues: boolean;
  /** Single marks (‘ ’ ' ‚ ‹ ›) rather than double ones. */
  single: boolean;
}

interface Opener {
  at: number;
  mark: string;
  /** Marks that may close it. */
  closers: readonly string[];
  single: boolean;
}

/**
 * Opening mark → the marks that close it. “ also closes „ (German), so it is both. Mixed shapes
 * pair by position (“…" and "…”, ‘…' and '…’): feeds and typists mix them.
 */
const OPENERS: Record<string, readonly string[]> = {
  '“': ['”', '“', '"'],
  '„': ['“', '”'],
  '‘': ['’', "'"],
  '‚': ['‘', '’'],
  '«': ['»'],
  '‹': ['›'],
  '「': ['」'],
  '『': ['』'],
  '"': ['"', '”'],
  "'": ["'", '’'],
  "''": ["''"],
  // ” opening a paragraph's quotation, as some sites type it.
  '”': ['”', '"'],
};
const MAX_DEPTH = 4;
const STRAIGHT = ['"', "'", "''"];
const CLOSE_ONLY = '”’»›」』';
/** Two apostrophes stand for one double mark in some feeds (the New York Times' ''…''); three are that and a single mark. */
const MARKS = /'''|''|["'“”‘’„‚«»‹›「」『』]/g;

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /[\s\u00a0]/.test(ch);
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;,“‘«„‚]/;

/** The language's say over guillemets (see Lexicon). */
export interface GuillemetRules {
  /** '«': » only closes, so a stray » opens nothing (French, Spanish, Russian); 'either': » also opens where it closes nothing (German »…«). */
  opener: '«' | 'either';
  /** Whether « may be followed by a space ("« non »"); where not, such a « is an arrow ("« Vorige"). */
  spaced: boolean;
}

const ANY_GUILLEMETS: GuillemetRules = { opener: 'either', spaced: true };

export function pairQuotes(
  text: string,
  paragraphs: readonly Range[],
  elisions: readonly string[],
  guillemets: GuillemetRules = ANY_GUILLEMETS,
): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let openAtEnd: string | undefined;
  paragraphs.forEach((paragraph, index) => {
    const leftOpen = pairInParagraph(text, paragraph, index, elisions, guillemets, spans, openAtEnd);
    openAtEnd = leftOpen;
  });
  // Marks around nothing but marks and punctuation ('' read as two, "—") quote no words.
  return spans.filter((span) => WORDY.test(text.slice(span.start, span.end))).sort((a, b) => a.start - b.start || b.end - a.end);
}

const WORDY = /[\p{L}\p{N}]/u;

/** Returns the opening mark left unclosed at the paragraph's end, if the paragraph ended inside a quotation. */
function pairInParagraph(
  text: string,
  paragraph: Range,
  index: number,
  elisions: readonly string[],
  guillemets: GuillemetRules,
  spans: QuotedSpan[],
  previousOpen: string | undefined,
): string | undefined {
  const stack: Opener[] = [];
  const push = (at: number, mark: string, closers: readonly string[]) => {
    // Deeper nesting than this is stray marks, not quotations; ignoring them keeps the work linear.
    if (stack.length < MAX_DEPTH) stack.push({ at, mark, closers, single: "'‘‚‹".includes(mark) });
  };
  const close = (opener: Opener, end: number) => {
    spans.push({
      start: opener.at,
      end,
      paragraph: index,
      depth: stack.length,
      unclosed: false,
      continues: false,
      single: opener.single,
    });
  };
  const straight = (at: number, mark: string) => {
    const before = text[at - 1];
    const after = text[at + mark.length];
    if (mark === "'" && isApostrophe(text, at, stack, elisions)) return;
    // 12'' is twelve inches, unless a doubled mark is open.
    if (mark === "''" && /\d/.test(before ?? '') && findOpen(stack, mark) < 0) return;
    const open = findOpen(stack, mark);
    // Straight marks do not nest in their own kind: one that cannot close still closes the open one.
    if (open >= 0 && stack[open]!.mark === mark && isSpace(before) && !isSpace(after)) {
      closeFrom(stack, open, at + mark.length, close);
      return;
    }
    const canOpen = (at === paragraph.start || OPENING_CONTEXT.test(before ?? ' ')) && !isSpace(after);
    const canClose = !isSpace(before) && (isSpace(after) || !isLetter(after));
    if (open >= 0 && (canClose || !canOpen)) closeFrom(stack, open, at + mark.length, close);
    else if (canOpen) push(at, mark, OPENERS[mark]!);
    // Brown's conversion glues an opening single quote to the word before it: more' pro' letters.
    else if (mark === "'" && gluedOpening(text, at, paragraph.end)) push(at, mark, OPENERS[mark]!);
  };
  MARKS.lastIndex = paragraph.start;
  for (let match = MARKS.exec(text); match && match.index < paragraph.end; match = MARKS.exec(text)) {
    const at = match.index;
    const mark = match[0];
    const before = text[at - 1];
    const after = text[at + 1];
    if (mark === "'''") {
      // ''I said 'no.''' closes the single quotation first; '''Tis''' opens the double one first.
      if (isSpace(before) || at === paragraph.start) {
        straight(at, "''");
        straight(at + 2, "'");
      } else {
        straight(at, "'");
        straight(at + 1, "''");
      }
      continue;
    }
    if (STRAIGHT.includes(mark)) {
      straight(at, mark);
      continue;
    }
    if (mark === '’' && isApostrophe(text, at, stack, elisions)) continue;
    if (mark === '‘' && elisionAt(text, at, elisions)) continue;
    const open = findOpen(stack, mark);
    const closingPosition = !isSpace(before) && (isSpace(after) || !isLetter(after));
    if (open >= 0 && (CLOSE_ONLY.includes(mark) || stack[open]!.mark !== mark || closingPosition)) {
      closeFrom(stack, open, at + 1, close);
    } else if (mark === '«' && ((!guillemets.spaced && isSpace(after)) || (guillemets.opener === '«' && isLetter(before)))) {
      // An arrow ("« Vorige"), or the closing half of a German »…« in a language where « only opens.
      continue;
    } else if (mark === '”') {
      // ” opens only where nothing is open and a quotation could start: ”We are here,” he said.
      if (stack.length === 0 && (at === paragraph.start || OPENING_CONTEXT.test(before ?? ' ')) && isLetter(after)) push(at, mark, OPENERS[mark]!);
    } else if (mark in OPENERS) {
      push(at, mark, OPENERS[mark]!);
    } else if ((mark === '»' || mark === '›') && !isSpace(after) && guillemets.opener === 'either') {
      // »…« (German, Danish): » opens where it closes nothing.
      push(at, mark, [mark === '»' ? '«' : '‹']);
    }
  }
  const leftOpen = stack[0]?.mark;
  const continues = previousOpen !== undefined && text.startsWith(previousOpen, paragraph.start);
  for (let depth = stack.length - 1; depth >= 0; depth -= 1) {
    const opener = stack[depth]!;
    // A mark with nothing after it in its paragraph quotes nothing.
    if (opener.at + 1 >= paragraph.end) continue;
    spans.push({
      start: opener.at,
      end: paragraph.end,
      paragraph: index,
      depth,
      unclosed: true,
      continues: false,
      single: opener.single,
    });
  }
  if (continues) {
    const first = spans.find((span) => span.paragraph === index && span.start === paragraph.start);
    if (first) first.continues = true;
  }
  return leftOpen;
}

function findOpen(stack: readonly Opener[], mark: string): number {
  for (let i = stack.length - 1; i >= 0; i -= 1) {
    if (stack[i]!.closers.includes(mark)) return i;
  }
  return -1;
}

/** Closes the opener at `index`; openers above it were never closed and end where it ends. */
function closeFrom(stack: Opener[], index: number, end: number, close: (opener: Opener, end: number) => void): void {
  while (stack.length > index + 1) {
    stack.pop();
  }
  const opener = stack.pop()!;
  close(opener, end);
}

function elisionAt(text: string, at: number, elisions: readonly string[]): boolean {
  if (/^\d\d?s?\b/.test(text.slice(at + 1, at + 4))) return true; // the '90s, '62
  const ahead = text.slice(at, at + 7).toLowerCase();
  return elisions.some((elision) => ahead.startsWith(elision) && !isLetter(ahead[elision.length]));
}

/** ' or ’ used as an apostrophe: inside a word, an elision, or a plural possessive with no quotation open. */
function isApostrophe(text: string, at: number, stack: readonly Opener[], elisions: readonly string[]): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  if (isLetter(before) && isLetter(after)) return true;
  if (elisionAt(text, at, elisions)) return true;
  if (/\d/.test(before ?? '') && !stack.some((o) => o.single)) return true; // 5' 10"
  // Jones' car, the Joneses' house: an s' before a word is a possessive unless it must close an open quotation.
  if ((before === 's' || before === 'S') && isSpace(after)) {
    if (!stack.some((o) => o.single)) return !gluedOpening(text, at, text.length) || !isLetter(text[at + 2]);
    return isLetter(text[at + 2]) && laterCloser(text, at + 2, text[at]!);
  }
  // "rock 'n' roll": the closing half of 'n'.
  if (text[at - 2] === text[at] && /[nN]/.test(before ?? '')) return true;
  return false;
}

/** Another mark like this one in closing position within the next 200 characters of the line. */
function laterCloser(text: string, from: number, mark: string): boolean {
  const newline = text.indexOf('\n', from);
  const limit = Math.min(newline < 0 ? text.length : newline, from + 200);
  for (let i = text.indexOf(mark, from); i >= 0 && i < limit; i = text.indexOf(mark, i + 1)) {
    if (!isSpace(text[i - 1]) && !isLetter(text[i + 1])) return true;
  }
  return false;
}

/**
 * An opening single mark glued to the word before it and followed by a space, whose partner follows
 * within a few words (the Brown texts' `more' pro' letters`).
 */
function gluedOpening(text: string, at: number, limit: number): boolean {
  if (!isLetter(text[at - 1]) || text[at + 1] !== ' ' || !isLetter(text[at + 2])) return false;
  const ahead = text.slice(at + 2, Math.min(limit, at + 40));
  return /^[\p{L}\p{N}-]+(?: [\p{L}\p{N}-]+){0,2}'(?=[\s.,;:!?]|$)/u.test(ahead);
}
