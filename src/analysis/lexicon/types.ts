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
  /**
   * Particles that belong to the cue ("point out", "call for"); the verb alone does not count if set and `particleRequired`.
   * Under `basic` rules a required particle may also close the clause (German "teilte … mit"); the cue is then the verb alone.
   */
  particles?: readonly string[];
  particleRequired?: boolean;
  /**
   * Reports only in a strong frame: right before "that", a quotation or a colon, or right after a
   * quotation. For verbs whose reporting sense is one of many (show, rule; most of WordNet's class).
   */
  strongOnly?: boolean;
}

/** The languages that have a lexicon. */
export type LanguageCode = 'en' | 'de' | 'fr' | 'es' | 'ru';

/**
 * Which clause rules apply. `english`: the full subject–verb rules of cues/ (auxiliaries,
 * passives, "it is believed", reporting nouns), which lean on English word order and morphology.
 * `basic`: only the listed verb forms, each in a reporting frame (before a complementizer, a colon or
 * a quotation; after a quotation), with the source on either side of the verb, as the verb-second
 * and inverted orders of German, French, Spanish and Russian put it.
 */
export type ClauseRules = 'english' | 'basic';

export interface Lexicon {
  lang: LanguageCode;
  clauseRules: ClauseRules;
  /** Frequent words that tell the language apart (articles, pronouns, prepositions); see detect-language.ts. */
  functionWords: readonly string[];
  /**
   * Nouns are capitalised (German): a capital letter on one word does not make it a name, and a
   * lower-case word before a capitalised one does not end a name.
   */
  capitalisedNouns: boolean;
  /** Nouns build compounds whose last part is the head ("Regierungskreise" is vague like "Kreise"). */
  compoundNouns: boolean;
  /**
   * Which guillemet opens: `«` (French, Spanish, Russian: » never opens), or `either` (German and
   * Danish write »…«, Swiss German «…»; English text may quote either way).
   */
  guillemetOpener: '«' | 'either';
  /**
   * Guillemets take a space inside ("« non »", French typography). Where they do not (German,
   * Spanish, Russian), « followed by a space is a "previous page" arrow, not a quotation.
   */
  spacedGuillemets: boolean;
  /** Words that introduce reported content ("that", "dass", "que", "что"); an entry ending in an apostrophe is a prefix ("qu'"). */
  complementizers: readonly string[];
  /** Articles (open a noun phrase). */
  articles: readonly string[];
  /** Prepositions that may stand inside a source phrase ("attorneys for the mayor"). */
  innerPrepositions: readonly string[];
  /** Cues whose source stands before them ("dem Bericht zufolge"). */
  postpositionalCues: readonly string[];
  /**
   * Subject pronouns glued to an inverted verb by a hyphen ("écrit-il", "a-t-on appris"); `basic`
   * rules only (cues/incise-basic.ts). Absent where the language has no such incise.
   */
  inciseSubjects?: readonly string[];
  /**
   * The subject pronoun may be left out ("agregó que …"): a reporting verb with no subject written
   * credits whoever the text spoke of before (so does one whose subject the rules miss in any
   * language), unless one of `impersonal` stands right before it ("se dice", "se les reprocha":
   * credited to nobody). Absent where subjects are always written.
   */
  proDrop?: { impersonal: readonly string[] };
  /**
   * Where an impersonal report clause says its words come from: a preposition before the body ("heißt
   * es aus der Direktion") or an adverb standing for it ("heißt es darin"). `basic` rules only.
   */
  reportOrigins?: { prepositions: readonly string[]; adverbs: readonly string[] };
  /**
   * Verb forms of a reportive mood outside quotation marks (German Konjunktiv I: "sei", "habe"): the
   * sentence reports someone's words, so its quotations are partial. `basic` rules only.
   */
  reportedMood?: readonly string[];
  /** Subordinate clauses end in the participle and then its auxiliary ("dass … gefordert wird"): a passive reads backwards too. */
  auxiliaryLast?: boolean;
  /** Prepositions that introduce the agent of a passive report ("annoncée par Laurent Fabius", "von der Polizei"); `basic` rules only. */
  agentPrepositions?: readonly string[];
  /** Fixed clauses that attribute to nobody ("es heißt", "on dit", "как известно"); `basic` rules only. */
  clausalPhrases: readonly string[];
  /** Words before an adjectival hedge that make it part of another phrase ("por supuesto", of course). */
  hedgeBlockers: readonly string[];
  reportingVerbs: readonly ReportingVerb[];
  /** Multi-word prepositional cues whose object is the source ("according to", "citing"). */
  prepositionalCues: readonly string[];
  /** Prepositional cues that count with no source phrase after them ("citing “…”"). */
  sourcelessPrepositions: readonly string[];
  /** Prepositional cues that also give rates ("per"): a cue only before a source ("per the agency"). */
  ratePrepositions: readonly string[];
  /** Units after "per the" that make it a rate ("per the day", "per the share"). */
  rateUnits: readonly string[];
  /** Capitalised words after "per" that make it a rate or a set phrase ("Per cent", "per Se"). */
  rateLatin: readonly string[];
  /** Adverbs that attribute without a source ("reportedly"). */
  attributingAdverbs: readonly string[];
  /** Participles that make an agentless clausal cue after "it is/was" ("it is believed that"). */
  clausalParticiples: readonly string[];
  /** Nouns that report content when followed by "that" and owned by a source ("his estimate that"). */
  reportingNouns: readonly string[];
  /**
   * Those of them that name something said, not believed ("allegations", "announcement"; not "doubt"):
   * they report before "that" with no owner too ("revived allegations that …").
   */
  speechNouns: readonly string[];
  /** Verb + object phrases that report a stance ("expressed concern", "raised doubts", "served notice"). */
  expressions: readonly { verb: readonly string[]; objects: readonly string[] }[];
  /**
   * Verbs of calling, describing and judging: they credit the quotation after their object to their
   * subject ("dismissed Estonia as “…”", "likened them to a “…”"), and report nothing without one.
   */
  describingVerbs: readonly ReportingVerb[];
  /** Forms of the verbs of finding and showing, which report when a study is their subject ("the poll found that"). */
  findingVerbs: readonly string[];
  /** Studies, counts, records and recordings: what a finding verb reports for ("poll", "analysis", "video"). */
  studyNouns: readonly string[];
  /** Nouns that, with a passive of `statementParticiples`, report agentlessly ("The statement was made that"). */
  statementNouns: readonly string[];
  statementParticiples: readonly string[];
  /**
   * Predicates that credit a stance to the subject of "be" ("is deeply concerned over", "has been of
   * the opinion that"); `english` rules only. A single adjective needs a complement after it
   * (about, over, that…), so "the parties concerned" and "a confident smile" do not count.
   */
  stancePredicates: readonly string[];
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
  /**
   * Capitalised labels before a colon that name no speaker ("UPDATE:", "EDITOR'S NOTE:"); a language
   * with an empty list reads no speaker labels ("WALLACE: Let's start …").
   */
  nonSpeakerLabels: readonly string[];
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

  // Source phrases (source-phrase.ts), under both kinds of clause rules.

  /** Lower-case words that may stand before a name inside one phrase ("former Gov. Griffin", "state GOP chairman"). */
  namePrefixes: readonly string[];
  /** Relative pronouns: before a verb, the source is their antecedent ("those who said", "Karns, who charged"). */
  relativePronouns: readonly string[];
  /**
   * Time words, which are no part of a source: skipped before its verb when in lower case ("Jones, last
   * night, disagreed"), and ending a phrase as its last word ("according to officials yesterday.").
   */
  timeWords: readonly string[];
  /** Days of the week, skipped before a verb even when capitalised ("Pelham said Sunday"). */
  weekdays: readonly string[];
  /**
   * Two-word links of an anonymous source to the body it only places ("sources close to the council",
   * "people familiar with the talks"): the phrase keeps its head before them, which decides its type.
   */
  anonymityFormulas: readonly string[];

  // The words of the `english` clause rules (cues/). Lexicons under `basic` rules leave them empty.

  /** The subject of a clausal cue, before its verb group ("it is believed that"). */
  clausalSubjects: readonly string[];
  /** That subject contracted with "is" ("it’s known that"). */
  clausalContractions: readonly string[];
  /** Participles of a clausal cue that report words, not a belief ("it was said that"; not "it is believed"). */
  speechParticiples: readonly string[];
  /** Participles without -ed ("said", "told", "known"): with the -ed forms, a verb after "be" is a passive. */
  irregularParticiples: readonly string[];
  /** Past forms without -ed ("wrote", "said"): like participles, never nouns. */
  irregularPast: readonly string[];
  /** Words that negate a verb group ("not", "never"; an "n't" ending does too): a negated report reports nothing. */
  negations: readonly string[];
  /** Modals that put a report in the future ("he will ask", "may recommend"): what is yet to be said is not reported. */
  futureModals: readonly string[];
  /** Finite forms of "be" that join a stance predicate's cue ("was critical of"). */
  finiteBe: readonly string[];
  /** Words after a one-word stance predicate that make it credit a view ("concerned over", "confident that"); "the parties concerned" does not. */
  stanceComplements: readonly string[];
  /** Prepositions: a base or -s form after one is a noun ("at reports that"), an -ing form a gerund ("of proposing"). */
  prepositions: readonly string[];
  /** Quantifiers after which a verb form is a noun ("little doubt", "much talk"). */
  quantifiers: readonly string[];
  /** Possessive determiners: a verb form after one is a noun ("her request that"). */
  possessives: readonly string[];
  /** Possessives that credit a reporting noun to its owner ("his estimate that"); not the reader's "your". */
  ownerPossessives: readonly string[];
  /**
   * Subject pronouns: after a belief verb or a stance one opens the believed clause ("felt they could",
   * "confident he would"); after an inverted verb only `invertedPronouns` can be its subject.
   */
  subjectPronouns: readonly string[];
  /** Pronouns that can be a verb's object ("noted it", "shows him"); those that are subject pronouns too open no clause after a framed verb. */
  objectPronouns: readonly string[];
  /** Pronouns that may stand as the subject after an inverted verb ("“…,” said he"). */
  invertedPronouns: readonly string[];
  /** Pronouns that name someone who can propose or promise ("he proposed a program"). */
  personalPronouns: readonly string[];
  /** Subjects that say nobody spoke ("Nobody objected", "No one said"). */
  negativeSubjects: readonly string[];
  /** Subjects that hold no view ("It is worrying", "There are optimistic signs"). */
  impersonalSubjects: readonly string[];
  /** The writer's own pronouns, alone as a subject: "I think", "we suspect" attribute nothing. */
  writerPronouns: readonly string[];
  /** Question words after which a verb with other senses reports ("asked whether", "wondered why"). */
  whWords: readonly string[];
  /** Time words after a verb that close its clause ("…, media reported on Saturday"). */
  timeAdverbials: readonly string[];
  /** Prepositions after which a gerund reports what was said then ("began by saying he would …", "after noting that …"). */
  gerundPrepositions: readonly string[];
  /** Words opening a participle clause before its subject ("While emphasizing that …, Pelham said"). */
  participleOpeners: readonly string[];
  /** After a comma, words of a cue that make the verb before them a report ("…”, he said, citing …"). */
  citingWords: readonly string[];
  /** -ing forms that report wherever they stand ("…, saying"); other reporting verbs' -ing forms need a quotation next. */
  reportingGerunds: readonly string[];
  /** Participles that open a sentence as an agentless passive ("Asked about the plan, the minister said"). */
  openingPassives: readonly string[];
  /** Words after an opening passive that make it a question put to the subject ("Asked to", "Told about"). */
  questionOpeners: readonly string[];
  /** Participles that report in the passive whatever follows ("was rumored ready to walk out"). */
  reportingPassives: readonly string[];
  /** Participles that report in the passive before an infinitive ("is said to be", "are known to be"). */
  infinitivePassives: readonly string[];
  /** Lemmas of verbs that describe a thing "as" something ("described the speeches as “inconclusive”"). */
  asVerbs: readonly string[];
  /** Lemmas that report before "of" ("Meek said of the victory"); other verbs before "of" are another sense ("demanded of a politician"). */
  ofVerbs: readonly string[];
  /**
   * Lemmas that report only in a strong frame, next to "that", a quotation or a colon ("continued that",
   * "“…,” he answered"); unlike a `strongOnly` entry, their passives and -ing forms are read as usual.
   */
  strongFrameVerbs: readonly string[];
  /** Lemmas of speech verbs that report only with their addressee or message after them ("urged the council"; not "urged for"). */
  addresseeVerbs: readonly string[];
  /** Lemmas that report before an infinitive ("claimed to be", "proposes to preserve"). */
  infinitiveVerbs: readonly string[];
  /** Lemmas whose object is the proposal, promise or request made, or the evidence cited ("proposed a mammoth new program", "cited the figure"). */
  proposingVerbs: readonly string[];
  /** Objects after "call" that make it report what someone called a thing ("called it “…”"). */
  calledObjects: readonly string[];
}
