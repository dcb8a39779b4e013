/**
 * The English reporting and belief words as WordNet classes them (en-wordnet.json, written by
 * scripts/build-lexicon-en.mjs; see its `source` field for the filter). The JSON keeps lemmas and
 * WordNet's irregular forms only; the regular inflections are spelt out here, so the bundle stays
 * small and needs no WordNet at run time.
 */
import data from './en-wordnet.json';

export type WordnetVerbSense = 'speech' | 'belief' | 'directive';
export type WordnetNounSense = 'speech' | 'belief';

export interface WordnetVerb {
  lemma: string;
  /** Base, third person, past and participle, -ing; possibly with spellings that are not words. */
  forms: string[];
  sense: WordnetVerbSense;
}

export interface WordnetNoun {
  lemma: string;
  /** Singular, then plurals. */
  forms: string[];
  sense: WordnetNounSense;
}

/** "base form form…" → base → forms. */
function exceptionTable(entries: readonly string[]): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const entry of entries) {
    const [base, ...forms] = entry.split(' ');
    if (base) table.set(base, forms);
  }
  return table;
}

const irregularVerbs = exceptionTable(data.irregularVerbs);
const irregularPlurals = exceptionTable(data.irregularPlurals);

const VOWEL = /[aeiou]/;
const SIBILANT_END = /(?:s|x|z|ch|sh)$/;
const CONSONANT_Y_END = /[^aeiou]y$/;

/**
 * Whether the last consonant may double (admit → admitted, but visit → visited): English doubles
 * it only after a stressed vowel, which spelling does not show. Both spellings are then produced;
 * the wrong one is not a word, so it never matches text.
 */
const mayDouble = (base: string): boolean => /(?:^|[^aeiou])[aeiou][bdfgklmnprstvz]$/.test(base);

function thirdPerson(base: string): string[] {
  if (CONSONANT_Y_END.test(base)) return [`${base.slice(0, -1)}ies`];
  if (SIBILANT_END.test(base)) return [`${base}es`];
  // echo → echoes, but radio → radios, and nothing in the spelling tells which.
  if (base.endsWith('o')) return [`${base}es`, `${base}s`];
  return [`${base}s`];
}

/**
 * Where WordNet lists the doubled spelling (admitted, quipping), the single one is wrong, and may
 * even be another word (bid → "biding"); British -ll- (counselled) leaves American -l- standing.
 * WordNet also lists doublings the rule would miss ("quip": u spells no vowel there).
 */
function doubling(base: string, irregular: readonly string[]): 'both' | 'doubled' | 'single' {
  const doubled = `${base}${base.slice(-1)}`;
  if (irregular.includes(`${doubled}ed`) || irregular.includes(`${doubled}ing`)) {
    return base.endsWith('l') ? 'both' : 'doubled';
  }
  return mayDouble(base) ? 'both' : 'single';
}

function withEnding(base: string, ending: string, double: 'both' | 'doubled' | 'single'): string[] {
  const doubled = `${base}${base.slice(-1)}${ending}`;
  if (double === 'doubled') return [doubled];
  return double === 'both' ? [`${base}${ending}`, doubled] : [`${base}${ending}`];
}

function regularPast(base: string, double: 'both' | 'doubled' | 'single'): string[] {
  if (base.endsWith('e')) return [`${base}d`];
  if (CONSONANT_Y_END.test(base)) return [`${base.slice(0, -1)}ied`];
  return withEnding(base, 'ed', double);
}

function presentParticiple(base: string, double: 'both' | 'doubled' | 'single'): string[] {
  if (base.endsWith('ie')) return [`${base.slice(0, -2)}ying`];
  if (/[eoy]e$/.test(base)) return [`${base}ing`];
  if (base.endsWith('e') && base.length > 2) return [`${base.slice(0, -1)}ing`];
  return withEnding(base, 'ing', double);
}

/**
 * An irregular form that only respells or shortens the regular one (learnt beside learned, shown
 * beside showed, admitted for admited) leaves the regular past standing. Any other past (said,
 * saw, led) replaces it, so that "see" does not also give "seed" nor "lead" give "leaded".
 */
function keepsRegularPast(base: string, irregular: readonly string[]): boolean {
  const last = base.slice(-1);
  return irregular
    .filter((form) => !form.endsWith('ing'))
    .every(
      (form) =>
        form === `${base}${last}ed` ||
        form === `${base}${last}es` ||
        form === `${base}t` ||
        form === `${base.slice(0, -1)}t` ||
        form === `${base}n` ||
        (CONSONANT_Y_END.test(base) && (form === `${base.slice(0, -1)}ied` || form === `${base.slice(0, -1)}ies`)),
    );
}

/** Every form of an English verb: WordNet's exceptions first, the spelling rules for the rest. */
export function verbForms(base: string): string[] {
  const irregular = irregularVerbs.get(base) ?? [];
  const double = doubling(base, irregular);
  const pasts = keepsRegularPast(base, irregular) ? regularPast(base, double) : [];
  return [...new Set([base, ...thirdPerson(base), ...pasts, ...irregular, ...presentParticiple(base, double)])];
}

/** Singular and plurals of an English noun. */
export function nounForms(singular: string): string[] {
  const plurals: string[] = [];
  if (CONSONANT_Y_END.test(singular)) plurals.push(`${singular.slice(0, -1)}ies`);
  else if (SIBILANT_END.test(singular)) plurals.push(`${singular}es`);
  else plurals.push(`${singular}s`);
  // thesis → theses, whether or not noun.exc lists it.
  if (singular.endsWith('is') && VOWEL.test(singular.slice(0, -2))) plurals.push(`${singular.slice(0, -2)}es`);
  return [...new Set([singular, ...plurals, ...(irregularPlurals.get(singular) ?? [])])];
}

/** One entry per lemma and class: a lemma in two classes ("conclude": speech and belief) comes twice. */
export function wordnetVerbs(): WordnetVerb[] {
  const entries = (lemmas: readonly string[], sense: WordnetVerbSense): WordnetVerb[] =>
    lemmas.map((lemma) => ({ lemma, forms: verbForms(lemma), sense }));
  return [
    ...entries(data.speechVerbs, 'speech'),
    ...entries(data.beliefVerbs, 'belief'),
    ...entries(data.directiveVerbs, 'directive'),
  ];
}

/** One entry per lemma and class, as for verbs ("assumption": speech and belief). */
export function wordnetNouns(): WordnetNoun[] {
  const entries = (lemmas: readonly string[], sense: WordnetNounSense): WordnetNoun[] =>
    lemmas.map((lemma) => ({ lemma, forms: nounForms(lemma), sense }));
  return [...entries(data.reportingNouns, 'speech'), ...entries(data.beliefNouns, 'belief')];
}
