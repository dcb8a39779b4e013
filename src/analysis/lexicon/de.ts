/**
 * German. Verb forms are listed in the tenses news uses: present and simple past (3rd person singular
 * and plural), the perfect participle ("hat … gesagt": the participle is the cue) and Konjunktiv I
 * where it is common. Separable verbs have two entries: finite forms that need their particle, which
 * closes the clause ("teilte am Montag mit": the cue is the finite verb), and the joined forms.
 */
import { BASIC_SHARED } from './basic-shared';
import type { Lexicon } from './types';
import { allForms, verbs } from './verb-lines';

const speech = verbs(
  'speech',
  'sagt sagte sagten sagen gesagt sage',
  'erklärt erklärte erklärten erklären erklärt erkläre',
  'betont betonte betonten betonen betone',
  'versichert versicherte versicherten versichern',
  'behauptet behauptete behaupteten behaupten',
  'kritisiert kritisierte kritisierten kritisieren',
  'warnt warnte warnten warnen gewarnt',
  'bestreitet bestritt bestritten bestreiten',
  'dementiert dementierte dementierten dementieren',
  'verspricht versprach versprachen versprochen versprechen',
  'fordert forderte forderten fordern gefordert',
  'bestätigt bestätigte bestätigten bestätigen',
  'berichtet berichtete berichteten berichten',
  'kündigt kündigte kündigten | an!',
  'angekündigt ankündigen',
  'teilt teilte teilten | mit!',
  'mitgeteilt mitteilen',
  'fügt fügte fügten | hinzu!',
  'hinzugefügt',
  'räumt räumte räumten | ein!',
  'eingeräumt',
  'gibt gab gaben | zu!',
  'zugegeben',
  'weist wies wiesen | darauf, hin!, zurück!',
  'hingewiesen zurückgewiesen',
  'verweist verwies verwiesen | auf!',
  'unterstreicht unterstrich unterstrichen',
  'antwortet antwortete antworteten',
  'entgegnet entgegnete entgegneten',
  'zitiert zitierte zitierten',
  'mahnt mahnte mahnten gemahnt',
  'beklagt beklagte beklagten',
  'bekräftigt bekräftigte bekräftigten',
  'wirft warf warfen | vor!',
  'vorgeworfen',
);

const framed = verbs(
  'framed',
  'meint meinte meinten',
  'schreibt schrieb schrieben geschrieben',
  'nennt nannte nannten genannt',
  'spricht sprach sprachen gesprochen',
  'erzählt erzählte erzählten',
  'ergänzt ergänzte ergänzten',
  'stellt stellte stellten | klar!',
  'klargestellt',
);

const belief = verbs(
  'belief',
  'glaubt glaubte glaubten glauben',
  'befürchtet befürchtete befürchteten befürchten',
  'vermutet vermutete vermuteten vermuten',
  'erwartet erwartete erwarteten erwarten',
  'schätzt schätzte schätzten schätzen',
  'geht ging gingen | aus!',
  'bezweifelt bezweifelte bezweifelten bezweifeln',
);

/** The declined forms of an adjective stem: angeblich → angebliche, angeblichen, … */
const declined = (stem: string) => ['e', 'en', 'er', 'es', 'em'].map((ending) => stem + ending);

const reportingVerbs = [...speech, ...framed, ...belief];

export const de: Lexicon = {
  lang: 'de',
  clauseRules: 'basic',
  functionWords: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'einen', 'dem', 'den', 'des', 'mit', 'sich', 'auf', 'für', 'auch', 'von', 'wird', 'sind', 'wurde', 'werden', 'bei', 'nach', 'zu', 'im', 'dass', 'aus', 'hat', 'haben', 'oder', 'wie', 'noch'],
  capitalisedNouns: true,
  compoundNouns: true,
  spacedGuillemets: false,
  guillemetOpener: 'either',
  complementizers: ['dass', 'daß', 'ob', 'wie'],
  articles: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  innerPrepositions: ['von', 'für', 'aus', 'der', 'des'],
  postpositionalCues: ['zufolge'],
  clausalPhrases: ['es heißt', 'es hieß', 'heißt es', 'hieß es'],
  hedgeBlockers: [],
  reportingVerbs,
  prepositionalCues: ['laut', 'nach angaben', 'unter berufung auf', 'nach einschätzung', 'nach ansicht', 'nach informationen'],
  // Every prepositional cue here needs its source after it, and none is also a rate (as "per" is).
  sourcelessPrepositions: [],
  ratePrepositions: [],
  rateUnits: [],
  rateLatin: [],
  attributingAdverbs: ['angeblich', 'mutmaßlich', 'vermutlich', 'offenbar'],
  clausalParticiples: [],
  reportingNouns: [],
  expressions: [],
  stancePredicates: [],
  statementNouns: [],
  describingVerbs: [],
  statementParticiples: [],
  hedges: [
    'sogenannt', ...declined('sogenannt'), 'so genannte', 'so genannten', 'so genannter', 'so genanntes',
    ...declined('selbsternannt'), ...declined('vermeintlich'), 'vermeintlich',
  ],
  adjectivalHedges: [...declined('angeblich'), ...declined('mutmaßlich')],
  vagueHeads: [
    'kreise', 'kreisen', 'quelle', 'quellen', 'beobachter', 'beobachtern', 'experte', 'experten', 'expertin',
    'kritiker', 'kritikern', 'insider', 'insidern', 'diplomaten', 'beamte', 'beamten', 'analysten',
    'ökonomen', 'fachleute', 'berichte', 'berichten', 'medien', 'medienberichten', 'stimmen', 'vertreter',
    'vertretern', 'vertrauter', 'vertraute', 'umfrage', 'umfragen',
    'verbände', 'sozialverbände', 'teilnehmer', 'mitglieder', 'man', 'einige', 'viele', 'manche',
  ],
  vagueDeterminers: ['ein', 'eine', 'einer', 'einem', 'einen', 'eines', 'einige', 'mehrere', 'viele', 'manche', 'zahlreiche', 'andere', 'informierter', 'informierte'],
  pronouns: ['er', 'sie', 'es', 'wir', 'ich', 'der', 'die', 'das', 'dieser', 'diese', 'ihr', 'sein', 'seine', 'ihre'],
  beForms: ['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wäre', 'wird', 'werden', 'wurde', 'wurden', 'worden'],
  haveForms: ['hat', 'haben', 'hatte', 'hatten', 'habe', 'hätte', 'hätten'],
  modals: ['soll', 'sollen', 'sollte', 'will', 'wollen', 'wollte', 'kann', 'können', 'konnte', 'muss', 'müssen', 'musste', 'darf', 'dürfen', 'möchte'],
  interveningAdverbs: ['auch', 'bereits', 'schon', 'noch', 'nun', 'jetzt', 'dann', 'zudem', 'außerdem', 'erneut', 'wiederholt', 'dagegen', 'jedoch', 'aber', 'allerdings', 'heute', 'gestern', 'am', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  phraseBreakers: [
    'und', 'oder', 'aber', 'dass', 'daß', 'weil', 'wenn', 'als', 'wie', 'ob', 'denn', 'doch', 'sondern',
    'am', 'im', 'in', 'auf', 'an', 'mit', 'bei', 'nach', 'vor', 'seit', 'zu', 'zum', 'zur', 'um', 'über',
    'unter', 'gegen', 'ohne', 'durch', 'bis', 'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte',
    'wird', 'werden', 'wurde', 'nicht', 'auch', 'bereits', 'schon', 'dagegen', 'jedoch', 'es', 'man',
    'sich', 'heute', 'gestern', 'dann',
  ],
  determiners: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'dieser', 'diese', 'dieses', 'sein', 'seine', 'seinen', 'ihr', 'ihre', 'ihren', 'kein', 'keine', 'jede', 'jeder', 'jedes'],
  titleAbbreviations: ['dr', 'prof', 'hr', 'fr', 'nr', 'bzw', 'ca', 'vgl', 'usw', 'z', 'b', 'd', 'h', 'u', 'a', 'st', 'abs', 'art', 'mio', 'mrd', 'jan', 'feb', 'apr', 'aug', 'sept', 'okt', 'nov', 'dez'],
  titleCues: ['titel', 'name', 'namen', 'motto', 'slogan', 'wort', 'begriff', 'stichwort', 'operation', 'programm', 'buch', 'film', 'zeitung', 'magazin', 'nachrichtenmagazin', 'serie', 'lied', 'kampagne', 'projekt', 'genannt', 'betitelt'],
  scareCues: ['sogenannte', 'sogenannten', 'sogenannter', 'sogenanntes', ...declined('angeblich'), ...declined('vermeintlich'), ...declined('mutmaßlich'), ...declined('selbsternannt')],
  clauseSubjects: ['ich', 'wir', 'du', 'ihr', 'er', 'sie', 'es', 'man', 'das', 'die', 'der', 'dies', 'wer', 'was', 'wie', 'warum', 'wo', 'wenn'],
  finiteVerbs: [
    'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden',
    'kann', 'können', 'muss', 'müssen', 'soll', 'sollen', 'will', 'wollen', 'gibt', 'gab', 'geht', 'kommt',
    'kam', 'lässt', 'bleibt', 'steht', 'macht', 'sei', 'seien', 'habe', 'werde',
    ...allForms(reportingVerbs),
  ],
  fragmentOpeners: ['zu', 'von', 'auf', 'in', 'im', 'mit', 'für', 'über', 'unter', 'nicht', 'sehr', 'so', 'als', 'wie', 'und', 'oder', 'dass', 'nach', 'bei', 'aus'],
  elisions: [],

  // Source phrases in English lists; the `english` clause rules' words empty (basic-shared.ts).
  ...BASIC_SHARED,
};
