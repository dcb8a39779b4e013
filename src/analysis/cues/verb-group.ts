/**
 * Reading a verb in its clause: its form (participle, finite), the auxiliaries, modals and adverbs
 * before it (the verb group), whether what stands before the group can be its subject, and which
 * lexicon entry a form stands for. The English verb rules (verb.ts, passive.ts, describing.ts) share them.
 */
import { isQuoteMark } from '../document';
import type { ReportingVerb } from '../lexicon';
import type { Token } from '../text-units';
import { inHeadlineCase } from '../headline-case';
import type { CueContext } from './context';
import { strongFrame } from './frames';

/** An -ed form or a listed irregular participle ("said", "known"): after "be", a passive. */
export const isParticiple = (cx: CueContext, lower: string): boolean => lower.endsWith('ed') || cx.words.irregularParticiples.has(lower);

/** Past forms cannot be nouns; base and -s forms can ("protests of bankers", "the school term"). */
export const isFinite = (cx: CueContext, lower: string): boolean =>
  isParticiple(cx, lower) || lower.endsWith('ing') || lower === 'says' || cx.words.irregularPast.has(lower);

/** A lower-case listed adverb ("also", "further") or -ly word: it may stand inside a verb group. */
export const isAdverb = (cx: CueContext, token: Token): boolean =>
  token.word && !token.capital && (cx.words.interveningAdverbs.has(token.lower) || (token.lower.endsWith('ly') && token.lower.length > 4));

export function isAdverbOrAuxiliary(cx: CueContext, token: Token): boolean {
  const { words } = cx;
  return isAdverb(cx, token) || words.beForms.has(token.lower) || words.haveForms.has(token.lower) || words.modals.has(token.lower);
}

/** Where one form has several entries (contend is speech and belief), prefer the one whose particle follows. */
export function pickEntry(entries: readonly ReportingVerb[], tokens: readonly Token[], i: number): ReportingVerb | undefined {
  const next = tokens[i + 1]?.lower ?? '';
  return entries.find((entry) => entry.particles?.includes(next)) ?? entries.find((entry) => !entry.particleRequired) ?? entries[0];
}

export interface VerbGroup {
  /** First token of the cue: the first auxiliary of a passive, else the verb. */
  groupStart: number;
  /** Where the subject ends: before auxiliaries, modals and adverbs. */
  subjectEnd: number;
  passive: boolean;
  modal: boolean;
}

/** The verb group reaching back over auxiliaries and adverbs: "had been charged", "was also recommended"; undefined when negated. */
export function verbGroup(cx: CueContext, i: number): VerbGroup | undefined {
  const { tokens, words, firstToken } = cx;
  const participle = isParticiple(cx, tokens[i]!.lower);
  let groupStart = i;
  let subjectEnd = i;
  let passive = false;
  let modal = false;
  for (let k = i - 1; k >= firstToken && k >= i - 5; k -= 1) {
    const word = tokens[k]!;
    if (!word.word) break;
    if (words.beForms.has(word.lower)) {
      if (participle) passive = true;
      groupStart = k;
    } else if (words.haveForms.has(word.lower)) {
      if (passive) groupStart = k;
    } else if (words.modals.has(word.lower)) {
      modal = true;
    } else if (words.negations.has(word.lower) || /n['’]t$/.test(word.lower)) {
      if (tokens[k + 1]?.lower !== 'only') return undefined; // "has not only reiterated"
    } else if (!isAdverb(cx, word)) {
      const auxiliary = auxiliaryBeforePhrase(cx, k);
      if (auxiliary === undefined || auxiliary >= k) break;
      k = auxiliary + 1; // the loop steps back onto the auxiliary
      continue;
    }
    subjectEnd = k;
  }
  return { groupStart: passive ? groupStart : i, subjectEnd, passive, modal };
}

/** "has on many occasions denied": a short prepositional phrase right after an auxiliary; returns the auxiliary. */
function auxiliaryBeforePhrase(cx: CueContext, last: number): number | undefined {
  const { tokens, words } = cx;
  for (let k = last; k >= cx.firstToken && k > last - 4; k -= 1) {
    const word = tokens[k]!;
    if (!word.word) return undefined;
    if (words.prepositions.has(word.lower)) {
      const auxiliary = tokens[k - 1];
      return auxiliary && (words.haveForms.has(auxiliary.lower) || words.beForms.has(auxiliary.lower) || words.modals.has(auxiliary.lower)) ? k - 1 : undefined;
    }
  }
  return undefined;
}

/** Before a base or -s form: something that can be its subject (a pronoun, a name, a plural noun, "the report"). */
export function looksLikeSubjectBefore(cx: CueContext, verb: Token, subjectEnd: number): boolean {
  const { doc, tokens, words } = cx;
  const before = tokens[subjectEnd - 1];
  if (!before || subjectEnd - 1 < cx.firstToken) return false;
  const closesQuote = (k: number) => isQuoteMark(tokens[k]) && doc.tokenQuote[k]! >= 0;
  if (!before.word) return before.text === ')' || closesQuote(subjectEnd - 1) || (before.text === ',' && closesQuote(subjectEnd - 2));
  if (words.prepositions.has(before.lower) || before.lower === 'and' || before.lower === 'or') return false;
  if (words.pronouns.has(before.lower) || words.modals.has(before.lower)) return true;
  if (before.capital || words.vagueHeads.has(before.lower)) return true;
  if (/[^su]s$/.test(before.lower)) return true;
  // "the report says" (but not "the present school term"): only an -s form agrees with a singular noun.
  const beforeThat = tokens[subjectEnd - 2];
  return verb.lower.endsWith('s') && beforeThat !== undefined && (words.determiners.has(beforeThat.lower) || /['’]s$/.test(beforeThat.lower));
}

/** Participles that report only in the passive: "is known to", "was rumored", "it was learned". */
const PASSIVE_ONLY: ReportingVerb[] = [{ forms: ['(passive)'], frame: 'belief' }];

/** A reporting verb form used as a verb, with its entry and verb group, before its construction is decided. */
export interface VerbReading {
  token: Token;
  /** The verb's token, and one past it and its particle ("pointed out"). */
  i: number;
  end: number;
  entry: ReportingVerb;
  /** The entry's base form ("say"). */
  lemma: string;
  reportsWords: boolean;
  /** A participle that reports only in the passive ("learned", "assumed"): it has no entry of its own. */
  passiveOnly: boolean;
  previous: Token | undefined;
  group: VerbGroup;
}

/**
 * A listed form (or a participle of `clausalParticiples`) read as a verb: not a name or a subhead
 * (capitalised, unless it opens a participle clause), not an adjective or noun after a determiner,
 * not an infinitive or a gerund after a preposition, not negated, with its particle; and, for a verb
 * whose reporting sense is one of many (`strongOnly`), finite and in a strong frame.
 */
export function readVerb(cx: CueContext, i: number): VerbReading | undefined {
  const { tokens, words, firstToken } = cx;
  const token = tokens[i]!;
  const entries = cx.index.verbs.get(token.lower) ?? (words.clausalParticiples.has(token.lower) ? PASSIVE_ONLY : undefined);
  // A capitalised form is a name or a run-in subhead ("Bellows made the request", "Comment:"),
  // except an opening participle clause ("Noting that …, Mr. Hawksley said"; "Asked to elaborate, …"
  // is openingPassiveCue's, tried before).
  const opening = i === firstToken && token.lower.endsWith('ing');
  // In a title-case headline every word is capitalised: "…, Lindsey Graham Says."
  if (!entries || (token.capital && !opening && (i === firstToken || !inHeadlineCase(cx.doc, cx.sentence)))) return undefined;
  const previous = i > firstToken ? tokens[i - 1] : undefined;
  // "the said property", "an alleged plot", "left little doubt": a determiner makes it an adjective or a noun.
  if (previous && (words.determiners.has(previous.lower) || words.quantifiers.has(previous.lower) || /['’]s$/.test(previous.lower))) return undefined;
  if (token.lower === 'told' && previous?.lower === 'all') return undefined;
  // An infinitive ("rather than continue to insist") or a gerund after a preposition reports nothing yet.
  if (previous?.lower === 'to' && !isParticiple(cx, token.lower)) return undefined;
  if (token.lower.endsWith('ing') && previous && words.prepositions.has(previous.lower) && !words.gerundPrepositions.has(previous.lower)) return undefined;

  const group = verbGroup(cx, i);
  if (!group) return undefined;

  let end = i + 1;
  const entry = pickEntry(entries, tokens, i);
  if (!entry) return undefined;
  if (entry.particles && entry.particles.includes(tokens[end]?.lower ?? '')) end += 1;
  else if (entry.particleRequired) return undefined;
  const lemma = entry.forms[0]!;
  // "the qualities demanded of a politician", "protests of bankers"; but "Meek said of the victory".
  if (tokens[end]?.lower === 'of' && !words.ofVerbs.has(lemma)) return undefined;
  // A verb whose reporting sense is one of many reports only in a strong frame, as a finite verb with
  // a subject ("her request that", "the record that" are nouns); its passives are other senses.
  if (entry.strongOnly && (group.passive || words.possessives.has(previous?.lower ?? '') || !strongFrame(cx, entry, i, end) || !(isFinite(cx, token.lower) || looksLikeSubjectBefore(cx, token, group.subjectEnd)))) return undefined;
  return { token, i, end, entry, lemma, reportsWords: entry.frame !== 'belief', passiveOnly: entry === PASSIVE_ONLY[0], previous, group };
}
