/**
 * Russian. Verbs in both aspects where news uses both (заявил / заявляет), past tense in all three
 * genders and the plural (заявил, заявила, заявило, заявили), present 3rd person singular and plural.
 * Adjectival hedges are listed in every case and gender (так называемый, -ая, -ое, -ые, -ого, …).
 */
import { en } from './en';
import type { Lexicon } from './types';
import { allForms, verbs } from './verb-lines';

/** Past tense of a perfective or imperfective stem in the three genders and the plural: "заяви" → заявил, заявила, заявило, заявили. */
const past = (stem: string) => `${stem}л ${stem}ла ${stem}ло ${stem}ли`;
/** The long adjective "предполагаем-" in every case, gender and number. */
const adjective = (stem: string) =>
  ['ый', 'ая', 'ое', 'ые', 'ого', 'ой', 'ых', 'ым', 'ую', 'ыми', 'ом', 'ому', 'ий', 'ие', 'их', 'им', 'ими', 'его', 'ему', 'ее', 'яя', 'юю'].map((ending) => stem + ending);

const speech = verbs(
  'speech',
  `${past('заяви')} заявляет заявляют ${past('заявля')}`,
  `${past('сказа')} говорит говорят ${past('говори')}`,
  `${past('сообщи')} сообщает сообщают ${past('сообща')}`,
  `${past('отмети')} отмечает отмечают`,
  `${past('подчеркну')} подчёркивает подчеркивает подчёркивают`,
  `${past('раскритикова')} критикует критикуют ${past('критикова')}`,
  'опроверг опровергла опровергли опровергает',
  `${past('предупреди')} предупреждает предупреждают`,
  `${past('рассказа')} рассказывает рассказывают`,
  `${past('добави')} добавляет добавляют`,
  `${past('утвержда')} утверждает утверждают`,
  `${past('указа')} указывает указывают`,
  `${past('призна')} признаёт признает признают`,
  `${past('пообеща')} обещает обещают ${past('обеща')}`,
  `${past('поясни')} поясняет поясняют`,
  `${past('потребова')} требует требуют`,
  `${past('объясни')} объясняет объясняют`,
  `${past('объяви')} объявляет объявляют`,
  'жалуется жалуются жаловался жаловалась жаловались пожаловался пожаловалась пожаловались',
  `${past('призва')} призывает призывают`,
  `${past('выступи')} выступает выступают | против!`,
  `${past('прокомментирова')} комментирует`,
  `${past('обвини')} обвиняет обвиняют`,
  `${past('заверя')} заверяет ${past('замети')} ${past('возрази')} ${past('ответи')} ${past('уточни')} ${past('подтверди')} подтверждает ${past('напомни')} напоминает`,
);

const framed = verbs(
  'framed',
  `${past('написа')} пишет пишут`,
  `${past('назва')} называет называют`,
  `${past('опубликова')}`,
);

const belief = verbs(
  'belief',
  `считает считают ${past('счита')} ${past('полага')} полагает полагают опасался опасалась опасались опасается опасаются`,
  `уверен уверена уверены ${past('предположи')}`,
);

const reportingVerbs = [...speech, ...framed, ...belief];

export const ru: Lexicon = {
  lang: 'ru',
  clauseRules: 'basic',
  functionWords: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'он', 'она', 'они', 'но', 'из', 'за', 'для', 'от', 'его', 'её', 'их', 'был', 'была', 'были', 'уже', 'также', 'при', 'до', 'о', 'к'],
  capitalisedNouns: false,
  compoundNouns: false,
  spacedGuillemets: false,
  guillemetOpener: '«',
  complementizers: ['что', 'чтобы', 'будто', 'ли'],
  articles: [],
  innerPrepositions: ['из', 'от', 'по', 'в'],
  postpositionalCues: [],
  clausalPhrases: ['как известно', 'сообщается', 'известно', 'говорят', 'считается', 'по слухам'],
  hedgeBlockers: [],
  reportingVerbs,
  prepositionalCues: ['по словам', 'по данным', 'как сообщает', 'как сообщил', 'как сообщила', 'как сообщили', 'как пишет', 'как написал', 'со ссылкой на', 'по мнению', 'по информации', 'по оценке', 'по оценкам', 'согласно'],
  // Every prepositional cue here needs its source after it, and none is also a rate (as "per" is).
  sourcelessPrepositions: [],
  ratePrepositions: [],
  rateUnits: [],
  rateLatin: [],
  attributingAdverbs: ['якобы', 'предположительно', 'по-видимому'],
  clausalParticiples: [],
  reportingNouns: [],
  expressions: [],
  stancePredicates: [],
  statementNouns: [],
  describingVerbs: [],
  statementParticiples: [],
  hedges: [...adjective('так называем'), ...adjective('самопровозглашённ'), ...adjective('самопровозглашенн')],
  adjectivalHedges: [...adjective('предполагаем'), ...adjective('мним'), ...adjective('пресловут')],
  vagueHeads: [
    'источник', 'источники', 'источников', 'источникам', 'эксперты', 'экспертов', 'экспертам', 'аналитики',
    'аналитиков', 'наблюдатели', 'наблюдателей', 'экономисты', 'экономистов', 'критики', 'чиновники',
    'депутаты', 'депутатов', 'представитель', 'представители', 'опроса', 'опрос', 'опросы', 'жители', 'свидетели', 'сми', 'некоторые', 'многие', 'несколько',
  ],
  vagueDeterminers: ['один', 'одна', 'одно', 'некоторые', 'несколько', 'многие', 'ряд', 'некий', 'некая'],
  pronouns: ['он', 'она', 'оно', 'они', 'мы', 'я', 'который', 'которая', 'которые'],
  beForms: ['был', 'была', 'было', 'были', 'будет', 'будут', 'является'],
  haveForms: [],
  modals: ['может', 'могут', 'должен', 'должна', 'должны'],
  interveningAdverbs: ['также', 'уже', 'ещё', 'еще', 'вновь', 'снова', 'вчера', 'сегодня', 'тоже'],
  phraseBreakers: [
    'и', 'или', 'но', 'а', 'что', 'чтобы', 'как', 'когда', 'если', 'потому', 'во', 'на', 'с', 'со',
    'к', 'о', 'об', 'у', 'за', 'для', 'при', 'до', 'после', 'не', 'также', 'уже', 'вчера', 'сегодня',
    'это', 'этом', 'так', 'же', 'ли', 'был', 'была', 'были',
  ],
  determiners: ['этот', 'эта', 'это', 'эти', 'тот', 'та', 'те', 'его', 'её', 'их', 'свой', 'своя', 'свои'],
  titleAbbreviations: ['г', 'гг', 'т', 'д', 'п', 'ул', 'им', 'стр', 'руб', 'млн', 'млрд', 'тыс', 'проф', 'акад', 'др', 'пр'],
  titleCues: ['название', 'названием', 'называют', 'называется', 'лозунг', 'лозунгом', 'слово', 'термин', 'операция', 'операции', 'программа', 'программу', 'фильм', 'книга', 'книгу', 'газета', 'газеты', 'газете', 'журнал', 'издание', 'проект', 'кампания', 'прозвище'],
  scareCues: [...adjective('так называем'), ...adjective('называем'), ...adjective('предполагаем'), ...adjective('мним'), ...adjective('пресловут')],
  clauseSubjects: ['я', 'мы', 'вы', 'ты', 'он', 'она', 'оно', 'они', 'это', 'все', 'никто', 'ничто', 'что', 'кто', 'как', 'почему', 'где', 'когда', 'говорить'],
  finiteVerbs: [
    'есть', 'был', 'была', 'было', 'были', 'будет', 'будут', 'может', 'могут', 'надо', 'нужно',
    ...allForms(reportingVerbs),
  ],
  fragmentOpeners: ['в', 'на', 'с', 'к', 'о', 'об', 'по', 'для', 'за', 'из', 'от', 'при', 'не', 'ни', 'лишь', 'очень', 'более', 'менее', 'и', 'или'],
  elisions: [],

  // Source phrases are read with the English lists, as they always have been for every language.
  namePrefixes: en.namePrefixes,
  relativePronouns: en.relativePronouns,
  timeWords: en.timeWords,
  weekdays: en.weekdays,
  anonymityFormulas: en.anonymityFormulas,

  // The `english` clause rules' words: unused under `basic` rules.
  clausalSubjects: [], clausalContractions: [], speechParticiples: [], irregularParticiples: [], irregularPast: [],
  negations: [], futureModals: [], finiteBe: [], stanceComplements: [], prepositions: [], quantifiers: [], possessives: [], ownerPossessives: [],
  subjectPronouns: [], objectPronouns: [], invertedPronouns: [], personalPronouns: [], negativeSubjects: [],
  impersonalSubjects: [], writerPronouns: [], whWords: [], timeAdverbials: [], participleOpeners: [], citingWords: [],
  reportingGerunds: [], openingPassives: [], questionOpeners: [], reportingPassives: [], infinitivePassives: [],
  asVerbs: [], ofVerbs: [], strongFrameVerbs: [], addresseeVerbs: [], infinitiveVerbs: [], proposingVerbs: [],
  calledObjects: [],
};
