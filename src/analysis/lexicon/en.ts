import { wordnetNouns, wordnetVerbs } from './en-wordnet';
import type { Lexicon, ReportingVerb } from './types';
import { verbs } from './verb-lines';

const speech = verbs(
  'speech',
  'say says said saying',
  'tell tells told telling',
  'declare declares declared declaring',
  'announce announces announced announcing',
  'assert asserts asserted asserting',
  'contend contends contended contending',
  'insist insists insisted insisting',
  'argue argues argued arguing',
  'explain explains explained explaining',
  'warn warns warned warning',
  'urge urges urged urging',
  'allege alleges alleged alleging',
  'comment comments commented commenting',
  'remark remarks remarked remarking',
  'reply replies replied replying',
  'testify testifies testified testifying',
  'complain complains complained complaining',
  'deny denies denied denying',
  'admit admits admitted admitting',
  'concede concedes conceded conceding',
  'acknowledge acknowledges acknowledged acknowledging',
  'reiterate reiterates reiterated reiterating',
  'recommend recommends recommended recommending',
  'suggest suggests suggested suggesting',
  'predict predicts predicted predicting',
  'boast boasts boasted boasting',
  'proclaim proclaims proclaimed proclaiming',
  'retort retorts retorted retorting',
  'exclaim exclaims exclaimed exclaiming',
  'shout shouts shouted shouting',
  'whisper whispers whispered whispering',
  'bellow bellows bellowed bellowing',
  'mutter mutters muttered muttering',
  'quip quips quipped quipping',
  'vow vows vowed vowing',
  'pledge pledges pledged pledging',
  'swear swears swore sworn swearing',
  'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising',
  'criticize criticizes criticized criticizing criticise criticises criticised criticising',
  'denounce denounces denounced denouncing',
  'condemn condemns condemned condemning',
  'assail assails assailed assailing',
  'praise praises praised praising',
  'hail hails hailed hailing',
  'acclaim acclaims acclaimed acclaiming',
  'inform informs informed informing',
  'disclose discloses disclosed disclosing',
  'reveal reveals revealed revealing',
  'recall recalls recalled recalling',
  'charge charges charged charging',
  'point points pointed pointing | out!, to!',
  'speak speaks spoke spoken speaking | out!, against!',
  'demand demands demanded demanding',
  'protest protests protested protesting',
  'object objects objected objecting',
  'assure assures assured assuring',
  'caution cautions cautioned cautioning',
  'advise advises advised advising',
  'concur concurs concurred concurring',
  'disagree disagrees disagreed disagreeing',
  'agree agrees agreed agreeing | that!',
  'accuse accuses accused accusing',
  'quote quotes quoted quoting',
  'inquire inquires inquired inquiring enquire enquires enquired enquiring',
);

const framed = verbs(
  'framed',
  'add adds added adding',
  'claim claims claimed claiming',
  'state states stated stating',
  'report reports reported reporting',
  'note notes noted noting',
  'observe observes observed observing',
  'stress stresses stressed stressing',
  'ask asks asked asking',
  'answer answers answered answering',
  'respond responds responded responding',
  'maintain maintains maintained maintaining',
  'promise promises promised promising',
  'indicate indicates indicated indicating',
  'describe describes described describing',
  'repeat repeats repeated repeating',
  'call calls called calling | for, on, upon',
  'term terms termed terming',
  'propose proposes proposed proposing',
  'cite cites cited citing',
  'show shows showed shown showing',
  'continue continues continued continuing',
  'write writes wrote written writing',
  'list lists listed listing',
  'plead pleads pleaded pled pleading',
  'mention mentions mentioned mentioning',
  'confirm confirms confirmed confirming',
  'rule rules ruled ruling',
  'decide decides decided deciding',
  'put puts putting | it!',
);

const belief = verbs(
  'belief',
  'believe believes believed believing',
  'think thinks thought thinking',
  'feel feels felt feeling',
  'fear fears feared fearing',
  'deem deems deemed deeming',
  'conclude concludes concluded concluding',
  'expect expects expected expecting',
  'suspect suspects suspected suspecting',
  'doubt doubts doubted doubting',
  'consider considers considered considering',
  'regard regards regarded regarding',
  'view views viewed viewing',
  'rumor rumors rumored rumoring rumour rumours rumoured rumouring',
  'understand understands understood understanding',
  'estimate estimates estimated estimating',
  'construe construes construed construing',
);

/**
 * The rest of WordNet's verbs of communication and cognition that take a that-clause: each has other
 * senses too, so it reports only in a strong frame ("conceded that", "“…,” he grumbled").
 */
function wordnetReportingVerbs(listed: readonly ReportingVerb[]): ReportingVerb[] {
  const known = new Set([...listed.map((verb) => verb.forms[0]), ...NOT_REPORTING]);
  const entries = new Map<string, ReportingVerb>();
  for (const verb of wordnetVerbs()) {
    if (known.has(verb.lemma) || entries.get(verb.lemma)?.frame === 'speech') continue;
    entries.set(verb.lemma, { forms: verb.forms, frame: verb.sense === 'belief' ? 'belief' : 'speech', strongOnly: true });
  }
  return [...entries.values()];
}

/**
 * WordNet's cognition class also holds verbs the guide (§5) does not count: factive verbs of knowing
 * and perceiving with a personal subject (realize, see, learn, know), and verbs of wishing, choosing
 * and making sure, which credit no claim (wish, will, prefer, decide, ensure, require).
 */
const NOT_REPORTING = [
  'know', 'see', 'realize', 'realise', 'learn', 'discover', 'notice', 'remember', 'recollect', 'forget',
  'understand', 'recognize', 'recognise', 'perceive', 'grasp', 'comprehend', 'fathom', 'savvy', 'hear',
  'wish', 'will', 'prefer', 'choose', 'opt', 'decide', 'ensure', 'insure', 'require', 'guarantee',
];

const handListed = [...speech, ...framed, ...belief];
const HAND_NOUNS = [
  'claim', 'claims', 'assertion', 'assertions', 'statement', 'statements', 'estimate', 'estimates',
  'dictum', 'warning', 'warnings', 'prediction', 'predictions', 'allegation', 'allegations',
  'announcement', 'admission', 'insistence', 'argument', 'contention', 'suggestion', 'comment',
  'recommendation', 'recommendations', 'declaration', 'promise', 'pledge', 'charge', 'charges',
];

export const en: Lexicon = {
  lang: 'en',
  clauseRules: 'english',
  functionWords: ['the', 'and', 'of', 'to', 'is', 'was', 'that', 'with', 'for', 'it', 'he', 'she', 'they', 'this', 'are', 'have', 'has', 'were', 'from', 'which', 'would', 'an', 'not', 'but', 'by'],
  capitalisedNouns: false,
  compoundNouns: false,
  spacedGuillemets: true,
  guillemetOpener: 'either',
  complementizers: ['that'],
  articles: ['the', 'a', 'an'],
  innerPrepositions: ['of', 'for', 'in', 'at'],
  postpositionalCues: [],
  clausalPhrases: [],
  hedgeBlockers: [],
  reportingVerbs: [...handListed, ...wordnetReportingVerbs(handListed)],
  prepositionalCues: ['according to', 'citing', 'quoting', 'as reported by', 'in the words of', 'as quoted by', 'per'],
  attributingAdverbs: ['reportedly', 'allegedly', 'purportedly', 'reputedly'],
  clausalParticiples: [
    'said', 'reported', 'believed', 'known', 'thought', 'understood', 'expected', 'feared', 'rumored',
    'rumoured', 'alleged', 'claimed', 'argued', 'learned', 'learnt', 'estimated', 'indicated', 'suggested',
    'assumed', 'felt', 'contended', 'reckoned', 'held', 'noted', 'announced', 'understood',
  ],
  // "his estimate that", "Smith's assumption that": WordNet's nouns of saying and believing made from those verbs.
  reportingNouns: [...new Set([...HAND_NOUNS, ...wordnetNouns().flatMap((noun) => noun.forms)])],
  expressions: [
    { verb: ['express', 'expresses', 'expressed', 'expressing', 'voice', 'voices', 'voiced', 'voicing'], objects: ['concern', 'concerns', 'doubt', 'doubts', 'the opinion', 'the view', 'the belief', 'fear', 'fears', 'alarm', 'skepticism', 'scepticism', 'reservations', 'regret', 'confidence', 'surprise', 'outrage', 'opposition', 'support', 'dismay', 'disappointment', 'mortification'] },
    { verb: ['raise', 'raises', 'raised', 'raising'], objects: ['concern', 'concerns', 'doubts', 'questions', 'the question', 'fears', 'objections', 'alarm', 'the alarm'] },
    { verb: ['serve', 'serves', 'served', 'serving'], objects: ['notice'] },
    { verb: ['make', 'makes', 'made', 'making'], objects: ['clear', 'it clear', 'the case', 'the point'] },
    { verb: ['take', 'takes', 'took', 'taking'], objects: ['the view', 'the position', 'a swipe at'] },
  ],
  statementNouns: [
    'statement', 'excuse', 'insistence', 'impression', 'argument', 'claim', 'point', 'suggestion', 'charge',
    'promise', 'assurance', 'announcement', 'comment', 'observation', 'remark', 'complaint', 'prediction',
    'contention', 'assertion', 'accusation', 'allegation', 'warning', 'plea', 'case', 'objection', 'proposal',
  ],
  stancePredicates: [
    'concerned', 'worried', 'convinced', 'confident', 'optimistic', 'pessimistic', 'hopeful', 'skeptical',
    'sceptical', 'critical of', 'of the opinion', 'of the view', 'of the belief',
  ],
  statementParticiples: ['made', 'offered', 'given', 'expressed', 'voiced', 'raised', 'advanced', 'put'],
  hedges: [
    'so-called', 'supposedly', 'self-styled', 'self-proclaimed',
    'self-appointed', 'professedly', 'ostensibly', 'what they call', 'what is termed', 'what are termed',
    'what was termed', 'what were termed', 'what is called', 'what are called', 'what some call',
    'what many call', 'what some have called', 'purport', 'purports',
  ],
  adjectivalHedges: ['alleged', 'supposed', 'purported', 'would-be', 'ostensible'],
  vagueHeads: [
    'source', 'sources', 'official', 'officials', 'authorities', 'spokesman', 'spokesmen', 'spokeswoman',
    'spokeswomen', 'spokesperson', 'spokespeople', 'representatives', 'aides',
    'attorneys', 'lawyers', 'expert', 'experts', 'analyst', 'analysts', 'observer', 'observers', 'critic',
    'critics', 'diplomats', 'insider', 'insiders', 'people', 'persons', 'residents', 'witnesses',
    'media', 'press', 'reports', 'reporters', 'journalists', 'polls', 'poll', 'surveys', 'studies',
    'scientists', 'researchers', 'economists', 'commentators', 'pundits', 'activists', 'members', 'supporters',
    'opponents', 'rivals', 'others', 'some', 'many', 'most', 'few', 'several', 'those', 'someone', 'somebody',
    'anyone', 'everyone', 'everybody', 'one', 'writers', 'educators', 'citizens', 'voters', 'legislators',
    'diplomats', 'leaders', 'group', 'sources', 'signs', 'dispatch', 'information', 'friends',
    'nations', 'quarters', 'circles', 'colleagues', 'neighbors', 'neighbours', 'friends', 'admirers',
    'detractors', 'skeptics', 'sceptics', 'proponents', 'advocates', 'backers', 'partisans', 'democrats',
    'republicans', 'conservatives', 'liberals', 'rumors', 'rumours', 'speculation', 'word',
  ],
  vagueDeterminers: [
    'a', 'an', 'one', 'some', 'many', 'most', 'several', 'few', 'various', 'other', 'others', 'another',
    'any', 'certain', 'numerous', 'unnamed', 'anonymous', 'two', 'three', 'four', 'five', 'both', 'all',
  ],
  pronouns: ['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'whom', 'this', 'these', 'his', 'her', 'its', 'their', 'our'],
  beForms: ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s'],
  haveForms: ['has', 'have', 'had', 'having'],
  modals: ['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'does', 'do'],
  interveningAdverbs: [
    'also', 'further', 'then', 'later', 'earlier', 'again', 'still', 'already', 'now', 'once', 'often',
    'never', 'not', 'always', 'today', 'yesterday', 'however', 'too', 'even', 'just',
    'only', 'ever', 'well', 'has', 'have', 'had', 'will', 'would', 'could', 'should',
    'may', 'might', 'must', 'did', 'does', 'do', 'shall', 'can', 'is', 'are', 'was', 'were', 'be', 'been',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tonight',
  ],
  phraseBreakers: [
    'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'where', 'because',
    'since', 'if', 'although', 'though', 'as', 'after', 'before', 'until', 'unless', 'whether', 'than',
    'so', 'yet', 'to', 'into', 'on', 'at', 'from', 'with', 'without', 'about', 'against', 'during',
    'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should',
    'may', 'might', 'must', 'can', 'did', 'does', 'do', 'not', 'also', 'however', 'meanwhile', 'then',
    'there', 'here', 'we', 'they', 'he', 'she', 'it', 'i', 'you', 'what', 'toward', 'towards', 'through',
    'upon', 'among', 'via', 'like', 'whether', 'by', 'under', 'over', 'despite', 'across',
  ],
  determiners: [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
    'any', 'no', 'each', 'every', 'said',
  ],
  titleAbbreviations: [
    'mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
    'st', 'rev', 'prof', 'hon', 'pres', 'supt', 'messrs', 'mme', 'mlle', 'fr', 'atty', 'det', 'insp', 'cpl',
    'pvt', 'no', 'nos', 'vs', 'v', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
    'ft', 'mt', 'co', 'corp', 'inc', 'ltd', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
  ],
  titleCues: [
    'word', 'words', 'term', 'terms', 'phrase', 'phrases', 'slogan', 'motto', 'label', 'name', 'nickname',
    'title', 'titled', 'entitled', 'named', 'dubbed', 'nicknamed', 'designated', 'known as', 'called',
    'film', 'movie', 'book', 'novel', 'song', 'album', 'play', 'show', 'series', 'program', 'programme',
    'operation', 'poem', 'article', 'column', 'editorial', 'essay', 'opera', 'musical', 'painting', 'hymn',
    'magazine', 'newspaper', 'headline', 'campaign', 'project', 'plan', 'code', 'codenamed', 'code-named',
  ],
  scareCues: [
    'alleged', 'so-called', 'supposed', 'self-styled', 'self-proclaimed', 'self-appointed', 'purported',
    'would-be', 'ostensible', 'supposedly', 'allegedly', 'purportedly', 'actual', 'real', 'genuine', 'true',
  ],
  clauseSubjects: [
    'i', 'we', 'you', 'he', 'she', 'it', 'they', 'there', 'this', 'that', 'these', 'those', 'the', 'a', 'an',
    'all', 'no', 'nobody', 'nothing', 'everything', 'everyone', 'everybody', 'some', 'each', 'every', 'our',
    'my', 'your', 'his', 'her', 'its', 'their', 'one', 'any', 'anyone', 'somebody', 'someone', 'people',
    'what', 'who', 'how', 'why', 'where', 'when', 'if', 'let', 'don’t', "don't", 'do', 'please', 'yes', 'no',
    'we’re', "we're", 'i’m', "i'm", 'it’s', "it's", 'there’s', "there's", 'that’s', "that's", 'he’s', "he's",
    'she’s', "she's", 'they’re', "they're", 'you’re', "you're", 'i’ve', "i've", 'we’ve', "we've",
    'but', 'and', 'so', 'now', 'well', 'oh',
  ],
  finiteVerbs: [
    'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall',
    'should', 'can', 'could', 'may', 'might', 'must', 'need', 'want', 'wants', 'think', 'know', 'knows',
    'believe', 'feel', 'see', 'go', 'goes', 'went', 'get', 'gets', 'got', 'make', 'makes', 'made', 'take',
    'takes', 'took', 'come', 'comes', 'came', 'say', 'says', 'said', 'like', 'hope', 'mean', 'means',
    'seems', 'seem', 'looks', 'look', 'let', 'isn’t', "isn't", 'aren’t', "aren't", 'wasn’t', "wasn't",
    'don’t', "don't", 'didn’t', "didn't", 'won’t', "won't", 'can’t', "can't", 'couldn’t', "couldn't",
    'wouldn’t', "wouldn't", 'shouldn’t', "shouldn't", 'hasn’t', "hasn't", 'haven’t', "haven't",
  ],
  fragmentOpeners: [
    'to', 'that', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'than', 'into', 'about',
    'under', 'over', 'since', 'because', 'and', 'or', 'not', 'very', 'more', 'most', 'less', 'being',
    'having', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'should',
    'can', 'could', 'may', 'might', 'must', 'take', 'give', 'provide', 'work', 'seek', 'make', 'keep',
    'such', 'so', 'too', 'quite', 'rather', 'extremely', 'probably', 'possibly', 'largely', 'entirely',
  ],
  elisions: ["'n'", '’n’', "'em", '’em', "'tis", '’tis', "'twas", '’twas', "'til", '’til', "'cause", '’cause', "'bout", '’bout', "'round", '’round', "'n", '’n'],
};
