/**
 * French. Verb forms: present (il, ils), imparfait, passé simple (3rd person) and the participle of
 * the passé composé in its four agreements ("a déclaré", "a-t-elle précisé": the participle is the cue).
 */
import { BASIC_SHARED } from './basic-shared';
import type { Lexicon } from './types';
import { allForms, verbs } from './verb-lines';

/** Regular -er verb: "déclar" → déclare, déclarent, déclarait, déclaraient, déclara, déclaré(e)(s), déclarant. */
const er = (stem: string) =>
  `${stem}e ${stem}ent ${stem}ait ${stem}aient ${stem}a ${stem}èrent ${stem}é ${stem}ée ${stem}és ${stem}ées ${stem}ant`;

/** -cer verb: "annonc" → annonce, annoncent, annonçait, annonçaient, annonça, annoncèrent, annoncé(e)(s), annonçant. */
const cer = (stem: string) =>
  `${stem}e ${stem}ent ${stem.slice(0, -1)}çait ${stem.slice(0, -1)}çaient ${stem.slice(0, -1)}ça ${stem}èrent ${stem}é ${stem}ée ${stem}és ${stem}ées ${stem.slice(0, -1)}çant`;
/** -ger verb: "exig" → exige, exigent, exigeait, exigeaient, exigea, exigèrent, exigé(e)(s), exigeant. */
const ger = (stem: string) =>
  `${stem}e ${stem}ent ${stem}eait ${stem}eaient ${stem}ea ${stem}èrent ${stem}é ${stem}ée ${stem}és ${stem}ées ${stem}eant`;

const speech = verbs(
  'speech',
  'dit disent disait disaient dirait dire',
  er('déclar'), er('affirm'), er('ajout'), er('expliqu'), er('assur'), er('soulign'), cer('dénonc'),
  er('précis'), er('indiqu'), er('insist'), cer('annonc'), er('confirm'), er('contest'), er('critiqu'),
  'martèle martèlent martelait martela martelé', er('rétorqu'), er('déplor'), er('réclam'), ger('exig'),
  'dément démentent démentait démenti démentie',
  'avertit avertissent avertissait averti',
  'rappelle rappellent rappelait rappela rappelé rappelée rappelant',
  'répond répondent répondait répondu répondant',
  'reconnaît reconnaissent reconnaissait reconnu reconnue reconnus reconnaissant',
  'promet promettent promettait promis promise',
  'contredit contredisent',
  'admet admettent admis admise',
  'fait faisait | savoir!',
  'écrit écrivent écrivait écrite',
  er('confi'), er('accus'), er('répét'),
  'réagit réagissent réagissait réagi',
  'conclut concluent concluait conclu',
  'prévient préviennent prévenu',
  // Further verbes introducteurs of reported speech, compiled by hand from the class as French
  // grammars describe it (verbs of saying, asserting, answering, warning), not from the corpus texts.
  'soutient soutiennent soutenait soutint soutenu',
  er('alert'), er('ripost'), er('signal'), er('tranch'), er('proclam'), er('clam'),
  er('fustig'), er('reproch'), cer('nuanc'), er('témoign'),
  'admet admettent admettait admit',
  'poursuit poursuivent poursuivait poursuivi',
  'interroge interrogent interrogeait interrogé',
  'fait faisait | remarquer!, valoir!, observer!',
  'faisant | remarquer!, valoir!, savoir!, observer!',
);

const framed = verbs(
  'framed', er('résum'), er('racont'), er('qualifi'), er('évoqu'), er('parl'), er('publi'), er('rapport'),
  er('détaill'), er('cit'), er('mentionn'), er('point'), er('demand'),
  // "a-t-on appris de sources …": learnt from someone, the agency formula of a report.
  'appris',
);

const belief = verbs(
  'belief', er('estim'), er('pens'), 'considère considèrent considérait considéré considérant', 'craint craignent craignait',
  'croit croient croyait cru', er('redout'), er('soupçonn'), ger('jug'), er('constat'), er('dout'),
);

const reportingVerbs = [...speech, ...framed, ...belief];

export const fr: Lexicon = {
  lang: 'fr',
  clauseRules: 'basic',
  functionWords: ['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'une', 'un', 'dans', 'pour', 'que', 'qui', 'pas', 'sur', 'au', 'aux', 'avec', 'par', 'il', 'elle', 'ils', 'ont', 'sont', 'été', 'mais', 'ce', 'cette', 'plus', 'se'],
  capitalisedNouns: false,
  compoundNouns: false,
  spacedGuillemets: true,
  guillemetOpener: '«',
  complementizers: ['que', 'qu', "qu'", 'qu’', 'si'],
  articles: ['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'des', 'du'],
  innerPrepositions: ['de', 'du', 'des', "d'", 'd’', 'pour'],
  agentPrepositions: ['par'],
  postpositionalCues: [],
  inciseSubjects: ['il', 'elle', 'ils', 'elles', 'on'],
  clausalPhrases: ['on dit', 'dit-on', 'il paraît', 'on apprend', 'il semble'],
  hedgeBlockers: [],
  reportingVerbs,
  prepositionalCues: ['selon', "d'après", 'd’après', 'cité par', 'citée par', 'cités par', 'citant', 'à en croire', 'de source'],
  // Every prepositional cue here needs its source after it, and none is also a rate (as "per" is).
  sourcelessPrepositions: [],
  ratePrepositions: [],
  rateUnits: [],
  rateLatin: [],
  attributingAdverbs: ['prétendument', 'présumément', 'apparemment'],
  clausalParticiples: [],
  reportingNouns: [],
  expressions: [],
  stancePredicates: [],
  statementNouns: [],
  describingVerbs: [],
  statementParticiples: [],
  hedges: ['soi-disant', 'soi disant', 'autoproclamé', 'autoproclamée', 'autoproclamés', 'autoproclamées'],
  adjectivalHedges: ['prétendu', 'prétendue', 'prétendus', 'prétendues', 'présumé', 'présumée', 'présumés', 'présumées', 'supposé', 'supposée', 'supposés', 'supposées'],
  vagueHeads: [
    // Media and people in general: no one identifiable.
    'journaux', 'commentateurs', 'commentaires', 'internautes', 'militants', 'manifestants', 'partisans', 'opposants', 'détracteurs', 'autres', 'autre',
    'source', 'sources', 'observateurs', 'observateur', 'experts', 'expert', 'analystes', 'spécialistes',
    'responsables', 'responsable', 'proches', 'milieux', 'entourage', 'critiques', 'économistes', 'députés',
    'conseiller', 'sondage', 'sondages', 'témoins', 'habitants', 'médias', 'rumeurs', 'on', 'certains',
    'plusieurs', 'beaucoup',
  ],
  vagueDeterminers: ['un', 'une', 'des', 'certains', 'certaines', 'plusieurs', 'quelques', 'nombreux', 'nombreuses', 'divers', 'on'],
  pronouns: ['il', 'elle', 'ils', 'elles', 'nous', 'je', 'on', 'qui', 'celui-ci', 'celle-ci'],
  beForms: ['est', 'sont', 'était', 'étaient', 'été', 'sera', 'seront', 'serait', 'fut'],
  haveForms: ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'aura', 'a-t-il', 'a-t-elle', 'a-t-on', 'ont-ils', 'ont-elles', 'avait-il', 'avait-elle'],
  modals: ['peut', 'doit', 'veut', 'pourrait', 'devrait', 'va', 'vont'],
  interveningAdverbs: ['même', 'aussi', 'également', 'encore', 'déjà', 'toujours', 'pourtant', 'aussitôt', 'ensuite', 'alors', 'cependant', 'toutefois', 'mercredi', 'jeudi', 'lundi', 'mardi', 'vendredi', 'samedi', 'dimanche', 'hier'],
  phraseBreakers: [
    'et', 'ou', 'mais', 'que', 'qui', 'quand', 'si', 'car', 'comme', 'dans', 'sur', 'à', 'au', 'aux',
    'avec', 'sans', 'par', 'pour', 'en', 'est', 'sont', 'a', 'ont', 'avait', 'ne', 'pas', 'se', 'lui',
    'leur', 'y', 'aussi', 'également', 'pourtant', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi',
    'samedi', 'dimanche', 'hier', 'devant', 'après', 'avant', 'depuis', 'pendant', 'contre', 'vers',
  ],
  determiners: ['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'votre', 'mon', 'ma', 'mes', 'aucun', 'aucune', 'chaque'],
  titleAbbreviations: ['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'etc', 'cf', 'art', 'av', 'bd', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
  titleCues: ['mouvement', 'notion', 'concept', 'chronique', 'tribune', 'hashtag', 'formule', 'collectif', 'association', 'parti', 'titre', 'intitulé', 'intitulée', 'nom', 'slogan', 'mot', 'terme', 'expression', 'opération', 'programme', 'film', 'livre', 'roman', 'journal', 'quotidien', 'magazine', 'hebdomadaire', 'émission', 'série', 'chanson', 'campagne', 'projet', 'baptisé', 'baptisée', 'surnommé', 'surnommée', 'dénommé'],
  scareCues: ['soi-disant', 'prétendu', 'prétendue', 'prétendus', 'prétendues', 'présumé', 'présumée', 'présumés', 'présumées', 'supposé', 'supposée', 'autoproclamé', 'autoproclamée'],
  clauseSubjects: ['je', 'nous', 'vous', 'il', 'elle', 'ils', 'elles', 'on', 'ce', 'c’est', "c'est", 'le', 'la', 'les', 'un', 'une', 'parler', 'qui', 'que', 'quoi', 'pourquoi', 'comment'],
  finiteVerbs: [
    'est', 'sont', 'était', 'étaient', 'a', 'ont', 'avait', 'avaient', 'sera', 'seront', 'peut', 'peuvent',
    'doit', 'doivent', 'va', 'vont', 'fait', 'font', 'n’a', "n'a", 'n’est', "n'est", 'avons', 'sommes',
    'allons', 'voulons', 'pouvons', 'devons', 'ai', 'suis', 'veux', 'peux',
    ...allForms(reportingVerbs),
  ],
  fragmentOpeners: ['à', 'de', 'du', 'des', 'en', 'pour', 'par', 'sur', 'dans', 'avec', 'sans', 'très', 'plus', 'moins', 'pas', 'que', 'qui', 'et', 'ou', 'proche', 'largement'],
  elisions: [],

  // Source phrases in English lists; the `english` clause rules' words empty (basic-shared.ts).
  ...BASIC_SHARED,
  // Read by the basic rules too: "ничего не говорится", "n'a pas commenté" report nothing.
  negations: ['ne', 'n', "n'", 'n’'],
};
