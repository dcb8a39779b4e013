/**
 * Spanish. Verb forms: present (3rd person singular and plural), pretérito indefinido and imperfecto
 * (3rd person) and the participle of the perfect ("ha reconocido": the participle is the cue).
 */
import { BASIC_SHARED } from './basic-shared';
import type { Lexicon } from './types';
import { allForms, verbs } from './verb-lines';

/** Regular -ar verb: "afirm" → afirma, afirman, afirmó, afirmaron, afirmaba, afirmaban, afirmado, afirmando. */
const ar = (stem: string) => `${stem}a ${stem}an ${stem}ó ${stem}aron ${stem}aba ${stem}aban ${stem}ado ${stem}ando`;
/** Regular -er/-ir verb: "insist" → insiste, insisten, insistió, insistieron, insistía, insistían, insistido, insistiendo. */
const ir = (stem: string) => `${stem}e ${stem}en ${stem}ió ${stem}ieron ${stem}ía ${stem}ían ${stem}ido ${stem}iendo`;

const speech = verbs(
  'speech',
  'dice dicen dijo dijeron decía decían dicho diciendo',
  ar('afirm'), ar('asegur'), ar('explic'), ar('declar'), ar('denunci'), ar('critic'), ar('señal'),
  ar('subray'), ar('recalc'), ar('manifest'), ar('confirm'), ar('anunci'), ar('reclam'), ar('cuestion'),
  ar('precis'), ar('indic'), ar('alert'), ar('lament'), ar('reiter'),
  ir('insist'), ir('admit'), ir('añad'), ir('respond'), ir('promet'),
  'advierte advierten advirtió advirtieron advertía advertido',
  'sostiene sostienen sostuvo sostuvieron sostenía sostenido',
  'recuerda recuerdan recordó recordaron recordaba recordado',
  'reconoce reconocen reconoció reconocieron reconocía reconocido',
  'niega niegan negó negaron negaba negado',
  'pidió pidieron pide piden',
  'exige exigen exigió exigieron',
  ar('acus'), ar('reclam'), ar('destac'), ar('apunt'), ar('aclar'), ar('agreg'), ar('opin'),
  // Further verbos de habla (verbs of saying, asserting, answering, proposing, evaluating speech),
  // compiled by hand from the class as Spanish grammars describe it, not from the corpus texts.
  ar('contest'), ar('argument'), ar('replic'), ar('insinu'), ar('exclam'), ar('proclam'), ar('enfatiz'),
  ar('resalt'), ar('elogi'), ar('reproch'), ar('clam'), ar('tild'), ar('ironiz'),
  'concluye concluyen concluyó concluyeron concluía concluido',
  'propone proponen propuso propusieron proponía propuesto',
  'arguye arguyen arguyó arguyeron arguyendo',
  'sugiere sugieren sugirió sugirieron',
);

const framed = verbs(
  'framed',
  'cuenta cuentan contó contaron contaba',
  ar('public'), ar('habl'), ar('calific'), ar('relat'), ar('cit'), ar('expres'),
  'escribe escriben escribió escribieron escrito',
  'define definen definió definieron',
  'pretende pretenden pretendía pretendían pretendió',
);

const belief = verbs(
  'belief',
  'cree creen creyó creyeron creía creían',
  'piensa piensan pensó pensaron pensaba',
  ar('consider'), ar('estim'), 'teme temen temió temían',
  ar('calcul'), ar('dud'), ar('juzg'),
  'entiende entienden entendió entendieron entendía entendían',
  'sospecha sospechan sospechó sospecharon',
);

const reportingVerbs = [...speech, ...framed, ...belief];

const gendered = (stem: string) => [`${stem}o`, `${stem}a`, `${stem}os`, `${stem}as`];

export const es: Lexicon = {
  lang: 'es',
  clauseRules: 'basic',
  functionWords: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'que', 'un', 'una', 'por', 'con', 'para', 'es', 'se', 'su', 'sus', 'al', 'lo', 'como', 'más', 'pero', 'ha', 'han', 'este', 'esta', 'fue', 'sin', 'también', 'muy'],
  capitalisedNouns: false,
  compoundNouns: false,
  spacedGuillemets: false,
  guillemetOpener: '«',
  complementizers: ['que', 'si'],
  articles: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'al', 'del'],
  innerPrepositions: ['de', 'del', 'para'],
  proDrop: { impersonal: ['se', 'les', 'le'] },
  agentPrepositions: ['por'],
  postpositionalCues: [],
  clausalPhrases: ['se dice', 'se cree', 'se informó', 'se rumorea', 'según se informa', 'al parecer'],
  hedgeBlockers: ['por'],
  reportingVerbs,
  prepositionalCues: ['según', 'de acuerdo con', 'citando', 'en palabras de', 'a juicio de', 'a decir de', 'conforme a'],
  // Every prepositional cue here needs its source after it, and none is also a rate (as "per" is).
  sourcelessPrepositions: [],
  ratePrepositions: [],
  rateUnits: [],
  rateLatin: [],
  attributingAdverbs: ['supuestamente', 'presuntamente', 'aparentemente'],
  clausalParticiples: [],
  reportingNouns: [],
  expressions: [],
  stancePredicates: [],
  statementNouns: [],
  describingVerbs: [],
  statementParticiples: [],
  hedges: ['así llamado', 'así llamada', 'así llamados', 'así llamadas', ...gendered('autoproclamad'), ...gendered('autodenominad')],
  adjectivalHedges: [...gendered('supuest'), ...gendered('presunt'), ...gendered('llamad'), ...gendered('pretendid')],
  vagueHeads: [
    // Media and people in general: no one identifiable.
    'periódicos', 'comentaristas', 'internautas', 'activistas', 'manifestantes', 'partidarios', 'detractores', 'opositores', 'otros', 'otra', 'otro', 'muchos',
    'fuente', 'fuentes', 'observadores', 'expertos', 'expertas', 'analistas', 'especialistas', 'responsables',
    'críticos', 'economistas', 'diputados', 'cargo', 'portavoces', 'encuesta', 'encuestas', 'sondeo', 'sondeos',
    'testigos', 'vecinos', 'vecina', 'vecino', 'medios', 'rumores', 'algunos', 'muchos', 'varios',
    'ciudadanos',
  ],
  vagueDeterminers: ['un', 'una', 'unos', 'unas', 'algunos', 'algunas', 'varios', 'varias', 'muchos', 'muchas', 'diversos', 'ciertos', 'otros'],
  pronouns: ['él', 'ella', 'ellos', 'ellas', 'nosotros', 'yo', 'que', 'quien', 'quienes', 'este', 'esta'],
  beForms: ['es', 'son', 'era', 'eran', 'fue', 'fueron', 'será', 'sido', 'está', 'están'],
  haveForms: ['ha', 'han', 'había', 'habían', 'habría', 'hubo', 'haya'],
  modals: ['puede', 'pueden', 'debe', 'deben', 'va', 'van', 'podría', 'debería'],
  interveningAdverbs: ['también', 'ya', 'además', 'todavía', 'luego', 'ayer', 'hoy', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  phraseBreakers: [
    'y', 'o', 'pero', 'que', 'cuando', 'si', 'porque', 'como', 'en', 'con', 'sin', 'por', 'para', 'a', 'al',
    'sobre', 'tras', 'ante', 'desde', 'hasta', 'es', 'son', 'ha', 'han', 'fue', 'no', 'se', 'le', 'les', 'lo',
    'también', 'ya', 'ayer', 'hoy', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  ],
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'su', 'sus', 'al', 'del', 'ningún', 'ninguna', 'cada'],
  titleAbbreviations: ['sr', 'sra', 'srta', 'dr', 'dra', 'd', 'dña', 'lic', 'ing', 'etc', 'núm', 'pág', 'art', 'av', 'ene', 'feb', 'abr', 'ago', 'sept', 'oct', 'nov', 'dic', 'ee', 'uu'],
  titleCues: ['movimiento', 'noción', 'concepto', 'columna', 'hashtag', 'fórmula', 'colectivo', 'asociación', 'título', 'titulado', 'titulada', 'nombre', 'lema', 'eslogan', 'palabra', 'término', 'expresión', 'operación', 'programa', 'película', 'libro', 'novela', 'diario', 'periódico', 'revista', 'serie', 'canción', 'campaña', 'proyecto', 'bautizado', 'bautizada', 'apodado', 'denominado', 'denominada'],
  scareCues: [...gendered('supuest'), ...gendered('presunt'), ...gendered('llamad'), ...gendered('pretendid'), ...gendered('autoproclamad')],
  clauseSubjects: ['yo', 'nosotros', 'vosotros', 'él', 'ella', 'ellos', 'ellas', 'usted', 'esto', 'eso', 'el', 'la', 'los', 'las', 'no', 'qué', 'quién', 'cómo', 'por', 'cada'],
  finiteVerbs: [
    'es', 'son', 'era', 'fue', 'fueron', 'está', 'están', 'ha', 'han', 'hay', 'había', 'hubo', 'puede', 'pueden',
    'debe', 'va', 'van', 'vamos', 'estamos', 'somos', 'tenemos', 'hemos', 'podemos', 'queremos', 'estoy', 'soy',
    'tengo', 'he',
    ...allForms(reportingVerbs),
  ],
  fragmentOpeners: ['a', 'de', 'del', 'en', 'por', 'para', 'con', 'sin', 'sobre', 'muy', 'más', 'menos', 'que', 'y', 'o', 'tarde', 'algo', 'puro', 'pura'],
  elisions: [],

  // Source phrases in English lists; the `english` clause rules' words empty (basic-shared.ts).
  ...BASIC_SHARED,
  // Read by the basic rules too: "ничего не говорится", "n'a pas commenté" report nothing.
  negations: ['no', 'nunca'],
};
