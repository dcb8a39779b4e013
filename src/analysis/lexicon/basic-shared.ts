/**
 * What every `basic`-rules language (German, French, Spanish, Russian) shares: the source-phrase
 * lists, read in English as they always have been for every language, and empty lists for the words
 * only the `english` clause rules read.
 */
import { en } from './en';
import type { Lexicon } from './types';

type SharedFields =
  | 'namePrefixes' | 'relativePronouns' | 'timeWords' | 'weekdays' | 'anonymityFormulas'
  | 'clausalSubjects' | 'clausalContractions' | 'speechParticiples' | 'irregularParticiples' | 'irregularPast'
  | 'negations' | 'futureModals' | 'finiteBe' | 'stanceComplements' | 'prepositions' | 'quantifiers' | 'possessives' | 'ownerPossessives'
  | 'subjectPronouns' | 'objectPronouns' | 'invertedPronouns' | 'personalPronouns' | 'negativeSubjects'
  | 'impersonalSubjects' | 'writerPronouns' | 'whWords' | 'timeAdverbials' | 'participleOpeners' | 'citingWords'
  | 'reportingGerunds' | 'openingPassives' | 'questionOpeners' | 'reportingPassives' | 'infinitivePassives'
  | 'asVerbs' | 'ofVerbs' | 'strongFrameVerbs' | 'addresseeVerbs' | 'infinitiveVerbs' | 'proposingVerbs'
  | 'calledObjects' | 'nonSpeakerLabels' | 'speechNouns' | 'findingVerbs' | 'studyNouns' | 'gerundPrepositions';

export const BASIC_SHARED: Pick<Lexicon, SharedFields> = {
  namePrefixes: en.namePrefixes,
  relativePronouns: en.relativePronouns,
  timeWords: en.timeWords,
  weekdays: en.weekdays,
  anonymityFormulas: en.anonymityFormulas,

  clausalSubjects: [], clausalContractions: [], speechParticiples: [], irregularParticiples: [], irregularPast: [],
  negations: [], futureModals: [], finiteBe: [], stanceComplements: [], prepositions: [], quantifiers: [], possessives: [], ownerPossessives: [],
  subjectPronouns: [], objectPronouns: [], invertedPronouns: [], personalPronouns: [], negativeSubjects: [],
  impersonalSubjects: [], writerPronouns: [], whWords: [], timeAdverbials: [], participleOpeners: [], citingWords: [],
  reportingGerunds: [], openingPassives: [], questionOpeners: [], reportingPassives: [], infinitivePassives: [],
  asVerbs: [], ofVerbs: [], strongFrameVerbs: [], addresseeVerbs: [], infinitiveVerbs: [], proposingVerbs: [],
  calledObjects: [], nonSpeakerLabels: [], speechNouns: [], findingVerbs: [], studyNouns: [], gerundPrepositions: [],
};
