/**
 * What every cue rule reads: the document, the lexicon's words as sets, the cue index (each verb
 * form with its entries, multi-word cues cut into words) and the sentence the rule looks at. A rule
 * is a function of this context and one token: the cue that starts there, or undefined.
 */
import type { TextDocument } from '../document';
import type { Lexicon, ReportingVerb } from '../lexicon';
import type { Token } from '../text-units';
import type { WordSets } from '../word-sets';
import type { Cue } from './cue';

/** The lexicon's cue words in the shapes the rules look them up in; built once per lexicon. */
export interface CueIndex {
  /** Each form of a reporting verb with its entries (contend is speech and belief). */
  verbs: ReadonlyMap<string, readonly ReportingVerb[]>;
  /** Each form of a describing verb with its entry. */
  describing: ReadonlyMap<string, ReportingVerb>;
  /** Prepositional cues, fixed clauses and stance predicates, each cut into its words. */
  prepositions: readonly (readonly string[])[];
  clausalPhrases: readonly (readonly string[])[];
  stances: readonly (readonly string[])[];
  /** Every word that can begin a cue: tokens outside it are skipped at once. */
  triggers: ReadonlySet<string>;
}

export interface CueContext {
  readonly doc: TextDocument;
  readonly tokens: readonly Token[];
  readonly lexicon: Lexicon;
  /** The lexicon's word lists as sets (word-sets.ts). */
  readonly words: WordSets;
  readonly index: CueIndex;
  /** The sentence the rules look at: its index in doc.sentences, its first token and one past its last. */
  readonly sentence: number;
  readonly firstToken: number;
  readonly endToken: number;
}

/** A rule: the cue that starts at token `i` of the context's sentence, if its construction is there. */
export type CueRule = (cx: CueContext, i: number) => Cue | undefined;

const indexes = new WeakMap<Lexicon, CueIndex>();

export function cueIndexFor(lexicon: Lexicon): CueIndex {
  let index = indexes.get(lexicon);
  if (!index) {
    const verbs = new Map<string, ReportingVerb[]>();
    for (const verb of lexicon.reportingVerbs) {
      for (const form of new Set(verb.forms)) verbs.set(form, [...(verbs.get(form) ?? []), verb]);
    }
    // "écrit-il", "précise-t-on": each verb form with a glued subject pronoun starts a cue too.
    const glued = (lexicon.inciseSubjects ?? []).flatMap((pronoun) => [...verbs.keys()].flatMap((form) => [`${form}-${pronoun}`, `${form}-t-${pronoun}`]));
    const describing = new Map<string, ReportingVerb>();
    for (const verb of lexicon.describingVerbs) for (const form of verb.forms) describing.set(form, verb);
    index = {
      verbs,
      describing,
      prepositions: lexicon.prepositionalCues.map((cue) => cue.split(' ')),
      clausalPhrases: lexicon.clausalPhrases.map((phrase) => phrase.split(' ')),
      stances: lexicon.stancePredicates.map((phrase) => phrase.split(' ')),
      triggers: new Set([
        ...verbs.keys(),
        ...describing.keys(),
        ...lexicon.clausalParticiples,
        ...lexicon.prepositionalCues.map((cue) => cue.split(' ')[0]!),
        ...lexicon.attributingAdverbs,
        ...lexicon.reportingNouns,
        ...lexicon.statementNouns,
        ...lexicon.findingVerbs,
        ...lexicon.expressions.flatMap((expression) => expression.verb),
        ...lexicon.postpositionalCues,
        ...lexicon.clausalPhrases.map((phrase) => phrase.split(' ')[0]!),
        ...lexicon.stancePredicates.map((phrase) => phrase.split(' ')[0]!),
        ...lexicon.clausalSubjects,
        ...lexicon.clausalContractions,
        ...glued,
      ]),
    };
    indexes.set(lexicon, index);
  }
  return index;
}

/** The context of one sentence of a document. */
export function sentenceContext(doc: TextDocument, index: CueIndex, sentence: number): CueContext {
  const { firstToken, endToken } = doc.sentences[sentence]!;
  return { doc, tokens: doc.tokens, lexicon: doc.lexicon, words: doc.sets, index, sentence, firstToken, endToken };
}
