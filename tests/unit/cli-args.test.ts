import { describe, expect, test } from 'vitest';
import { UsageError, parseCliArgs } from '../../src/cli/args';

describe('parseCliArgs', () => {
  test.each([
    [['scan', 'a.txt'], { command: 'scan', json: false, only: undefined, lang: 'auto', inputs: ['a.txt'] }],
    [['scan', '--json', 'a.txt', 'b.html'], { command: 'scan', json: true, only: undefined, lang: 'auto', inputs: ['a.txt', 'b.html'] }],
    [['--json', 'scan', '-'], { command: 'scan', json: true, only: undefined, lang: 'auto', inputs: ['-'] }],
    [['scan', '--only', 'quote,hedge', 'a.txt'], { command: 'scan', json: false, only: ['quote', 'hedge'], lang: 'auto', inputs: ['a.txt'] }],
    [['scan', '--only=attribution', 'https://example.org/'], { command: 'scan', json: false, only: ['attribution'], lang: 'auto', inputs: ['https://example.org/'] }],
    [['scan', '--only', 'quote, quote', 'a.txt'], { command: 'scan', json: false, only: ['quote'], lang: 'auto', inputs: ['a.txt'] }],
    [['scan', '--lang', 'de', 'a.txt'], { command: 'scan', json: false, only: undefined, lang: 'de', inputs: ['a.txt'] }],
    [['scan', '--lang=RU', 'a.txt'], { command: 'scan', json: false, only: undefined, lang: 'ru', inputs: ['a.txt'] }],
    [['--help'], { command: 'help' }],
    [['scan', 'a.txt', '-h'], { command: 'help' }],
    [['bogus', '--help'], { command: 'help' }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  test.each([
    [[], 'missing command'],
    [['lint', 'a.txt'], "unknown command 'lint'"],
    [['scan'], 'no input: give files, - for stdin, or a URL'],
    [['scan', '--yaml', 'a.txt'], "unknown option '--yaml'"],
    [['scan', '-x', 'a.txt'], "unknown option '-x'"],
    [['scan', '--json=yes', 'a.txt'], '--json takes no value'],
    [['scan', 'a.txt', '--only'], '--only needs a list of kinds, e.g. --only quote,hedge'],
    [['scan', '--only', 'quote,scare', 'a.txt'], "unknown kind 'scare' in --only (choose from quote, attribution, hedge)"],
    [['scan', 'a.txt', '--lang'], '--lang needs a language: auto, en, de, fr, es, ru'],
    [['scan', '--lang', 'cs', 'a.txt'], "unknown language 'cs' in --lang (choose from auto, en, de, fr, es, ru)"],
  ])('%j is refused', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(new UsageError(message));
  });
});
