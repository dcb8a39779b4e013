import { describe, expect, test } from 'vitest';
import { UsageError, parseCliArgs } from '../../src/cli/args';

describe('parseCliArgs', () => {
  test.each([
    [['scan', 'a.txt'], { command: 'scan', format: 'text', wholePage: false, only: undefined, lang: 'auto', inputs: ['a.txt'] }],
    [['scan', '--json', 'a.txt', 'b.html'], { command: 'scan', format: 'json', wholePage: false, only: undefined, lang: 'auto', inputs: ['a.txt', 'b.html'] }],
    [['--json', 'scan', '-'], { command: 'scan', format: 'json', wholePage: false, only: undefined, lang: 'auto', inputs: ['-'] }],
    [['scan', '--only', 'quote,hedge', 'a.txt'], { command: 'scan', format: 'text', wholePage: false, only: ['quote', 'hedge'], lang: 'auto', inputs: ['a.txt'] }],
    [['scan', '--only=attribution', 'https://example.org/'], { command: 'scan', format: 'text', wholePage: false, only: ['attribution'], lang: 'auto', inputs: ['https://example.org/'] }],
    [['scan', '--only', 'quote, quote', 'a.txt'], { command: 'scan', format: 'text', wholePage: false, only: ['quote'], lang: 'auto', inputs: ['a.txt'] }],
    [['scan', '--lang', 'de', 'a.txt'], { command: 'scan', format: 'text', wholePage: false, only: undefined, lang: 'de', inputs: ['a.txt'] }],
    [['scan', '--lang=RU', 'a.txt'], { command: 'scan', format: 'text', wholePage: false, only: undefined, lang: 'ru', inputs: ['a.txt'] }],
    [['scan', '--format', 'md', 'a.txt'], { command: 'scan', format: 'md', wholePage: false, only: undefined, lang: 'auto', inputs: ['a.txt'] }],
    [['scan', '--format=JSON', 'a.txt'], { command: 'scan', format: 'json', wholePage: false, only: undefined, lang: 'auto', inputs: ['a.txt'] }],
    [['scan', '--format', 'text', 'a.txt'], { command: 'scan', format: 'text', wholePage: false, only: undefined, lang: 'auto', inputs: ['a.txt'] }],
    [['scan', '--json', '--format', 'json', 'a.txt'], { command: 'scan', format: 'json', wholePage: false, only: undefined, lang: 'auto', inputs: ['a.txt'] }],
    [['scan', '--whole-page', 'a.html'], { command: 'scan', format: 'text', wholePage: true, only: undefined, lang: 'auto', inputs: ['a.html'] }],
    [['scan', 'a.html', '--whole-page', '--format', 'md'], { command: 'scan', format: 'md', wholePage: true, only: undefined, lang: 'auto', inputs: ['a.html'] }],
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
    [['scan', '--format', 'yaml', 'a.txt'], "unknown format 'yaml' in --format (choose from text, json, md)"],
    [['scan', 'a.txt', '--format'], '--format needs a format: text, json, md'],
    [['scan', '--json', '--format', 'md', 'a.txt'], '--format md contradicts the format already chosen (json)'],
    [['scan', '--format=md', '--json', 'a.txt'], '--json contradicts the format already chosen (md)'],
    [['scan', '--whole-page=no', 'a.html'], '--whole-page takes no value'],
    [['scan', 'a.txt', '--only'], '--only needs a list of kinds, e.g. --only quote,hedge'],
    [['scan', '--only', 'quote,scare', 'a.txt'], "unknown kind 'scare' in --only (choose from quote, attribution, hedge)"],
    [['scan', 'a.txt', '--lang'], '--lang needs a language: auto, en, de, fr, es, ru'],
    [['scan', '--lang', 'cs', 'a.txt'], "unknown language 'cs' in --lang (choose from auto, en, de, fr, es, ru)"],
  ])('%j is refused', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(new UsageError(message));
  });
});
