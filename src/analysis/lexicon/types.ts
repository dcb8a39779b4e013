/**
 * What a language contributes to the analysis: word lists only, no code. A new language is one more
 * file of this shape (see en.ts). Words are lower case; a multi-word entry is written with single spaces.
 */

/**
 * How a reporting verb behaves:
 * - `speech`: a verb of saying or writing that reports speech wherever it stands (say, declare, insist).
 * - `framed`: has other senses too (add, claim, note, call, report), so it counts only in a reporting
 *   frame: before "that", a quotation, a colon, a wh-word, an infinitive, or after a quotation.
 * - `belief`: credits a belief or judgement (believe, fear, conclude); needs a clause after it.
 */
export type VerbFrame = 'speech' | 'framed' | 'belief';

export interface ReportingVerb {
  /** Base, third person, past, past participle and -ing forms (duplicates allowed). */
  forms: readonly string[];
  frame: VerbFrame;
  /** Particles that belong to the cue ("point out", "call for"); the verb alone does not count if set and `particleRequired`. */
  particles?: readonly string[];
  particleRequired?: boolean;
}

export interface Lexicon {
  reportingVerbs: readonly ReportingVerb[];
  /** Multi-word prepositional cues whose object is the source ("according to", "citing"). */
  prepositionalCues: readonly string[];
  /** Adverbs that attribute without a source ("reportedly"). */
  attributingAdverbs: readonly string[];
  /** Participles that make an agentless clausal cue after "it is/was" ("it is believed that"). */
  clausalParticiples: readonly string[];
  /** Nouns that report content when followed by "that" and owned by a source ("his estimate that"). */
  reportingNouns: readonly string[];
  /** Verb + object phrases that report a stance ("expressed concern", "raised doubts", "served notice"). */
  expressions: readonly { verb: readonly string[]; objects: readonly string[] }[];
  /** Nouns that, with a passive of `statementParticiples`, report agentlessly ("The statement was made that"). */
  statementNouns: readonly string[];
  statementParticiples: readonly string[];
  /** Distancing words and phrases ("so-called", "what they call"). */
  hedges: readonly string[];
  /** Hedges that are adjectives and count only before the term they distance ("alleged", "supposed"). */
  adjectivalHedges: readonly string[];
  /** Heads of source phrases that credit nobody identifiable ("sources", "officials", "experts"). */
  vagueHeads: readonly string[];
  /** Determiners and quantifiers that make a source unidentifiable ("a", "some", "many"). */
  vagueDeterminers: readonly string[];
  /** Personal pronouns that can stand as a source, resolved to an earlier source. */
  pronouns: readonly string[];
  /** Auxiliaries and forms of "be"/"have" that make up verb groups. */
  beForms: readonly string[];
  haveForms: readonly string[];
  modals: readonly string[];
  /** Words that may stand between a subject and its verb without ending the subject ("also", "further"). */
  interveningAdverbs: readonly string[];
  /** Words that never belong to a source phrase: conjunctions, clause openers, prepositions that end it. */
  phraseBreakers: readonly string[];
  /** Determiners (for telling "the said property" and "an alleged plot" from verbs). */
  determiners: readonly string[];
  /** Abbreviations after which a full stop does not end a sentence ("Mr.", "Gov."). */
  titleAbbreviations: readonly string[];
  /** Words that introduce a quoted name or a word mentioned as a word ("the word", "titled"). */
  titleCues: readonly string[];
  /** Words before a quotation that make it a scare quote with no speaker ("alleged", "so-called"). */
  scareCues: readonly string[];
  /** Words that begin a clause as its subject (for telling a quoted sentence from a fragment). */
  clauseSubjects: readonly string[];
  /** Finite verbs and auxiliaries that show a clause. */
  finiteVerbs: readonly string[];
  /** Quoted words that open a fragment rather than a clause ("to", "that", "of"). */
  fragmentOpeners: readonly string[];
  /** Elisions that begin with an apostrophe ("'n'", "'em", "'90s" are matched separately). */
  elisions: readonly string[];
}
