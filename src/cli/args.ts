/** The command line of `quotelight`: what it accepts, and the one-line complaints when it is wrong. */
import { parseArgs } from 'node:util';
import { LANGUAGES } from '../analysis';
import type { FindingKind, LanguageCode } from '../analysis/types';

export const USAGE = 'usage: quotelight scan [--format text|json|md] [--whole-page] [--only KINDS] [--lang LANG] FILE... | - | URL';

export const HELP = `${USAGE}

Marks scare quotes, quotations, attributions and distancing words in news text.

  FILE          .html/.htm are read as web pages, anything else as plain text
  -             read plain text from standard input
  URL           an http(s) address, fetched and read as a web page
  --format FMT  text  each finding with its sentence, then a table of counts (the default)
                json  {"findings":[...]} per input, one line each ("file" first when several)
                md    the Markdown report of the popup's "Copy report", one per input,
                      separated by a --- line
  --json        short for --format json
  --whole-page  read all the text of a web page; by default only its main article is read,
                as the extension's "article text only" does (pages without one are read whole)
  --only KINDS  report only these kinds, comma-separated: quote,attribution,hedge
  --lang LANG   the language of the inputs: en, de, fr, es, ru, or auto (the default:
                a page's declared language, else told from the words, paragraph by paragraph)
  -h, --help    show this help

Exit status: 0 done, 1 an input could not be read, 2 bad usage.
`;

const KINDS: readonly FindingKind[] = ['quote', 'attribution', 'hedge'];
export const FORMATS = ['text', 'json', 'md'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export type CliCommand =
  | { command: 'help' }
  | {
    command: 'scan';
    format: OutputFormat;
    /** Read a web page's whole text instead of its main article. */
    wholePage: boolean;
    only: FindingKind[] | undefined;
    lang: LanguageCode | 'auto';
    inputs: string[];
  };

export class UsageError extends Error {}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  // Non-strict parsing hands back every token, so the messages below can name the offending one
  // instead of Node's generic paragraph about positionals.
  const { tokens } = parseArgs({
    args: [...argv],
    options: {
      format: { type: 'string' },
      json: { type: 'boolean' },
      'whole-page': { type: 'boolean' },
      only: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  let format: OutputFormat | undefined;
  let wholePage = false;
  let only: FindingKind[] | undefined;
  let lang: LanguageCode | 'auto' = 'auto';
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    else if (token.kind === 'option') {
      if (token.name === 'help') return { command: 'help' };
      if (token.name === 'format') format = chooseFormat(format, parseFormat(token.value), `--format ${token.value}`);
      else if (token.name === 'json' && token.value === undefined) format = chooseFormat(format, 'json', '--json');
      else if (token.name === 'json') throw new UsageError('--json takes no value');
      else if (token.name === 'whole-page' && token.value === undefined) wholePage = true;
      else if (token.name === 'whole-page') throw new UsageError('--whole-page takes no value');
      else if (token.name === 'only' && token.value !== undefined) only = parseKinds(token.value);
      else if (token.name === 'only') throw new UsageError('--only needs a list of kinds, e.g. --only quote,hedge');
      else if (token.name === 'lang') lang = parseLang(token.value);
      else throw new UsageError(`unknown option '${token.rawName}'`);
    }
  }
  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('missing command');
  if (command !== 'scan') throw new UsageError(`unknown command '${command}'`);
  if (inputs.length === 0) throw new UsageError('no input: give files, - for stdin, or a URL');
  return { command: 'scan', format: format ?? 'text', wholePage, only, lang, inputs };
}

function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) throw new UsageError(`--format needs a format: ${FORMATS.join(', ')}`);
  const format = FORMATS.find((name) => name === value.trim().toLowerCase());
  if (!format) throw new UsageError(`unknown format '${value}' in --format (choose from ${FORMATS.join(', ')})`);
  return format;
}

/** `--json` and `--format` may repeat each other, but one output cannot have two formats. */
function chooseFormat(chosen: OutputFormat | undefined, format: OutputFormat, given: string): OutputFormat {
  if (chosen !== undefined && chosen !== format) throw new UsageError(`${given} contradicts the format already chosen (${chosen})`);
  return format;
}

function parseLang(value: string | undefined): LanguageCode | 'auto' {
  const choices = ['auto', ...LANGUAGES];
  if (value === undefined) throw new UsageError(`--lang needs a language: ${choices.join(', ')}`);
  const lang = choices.find((code) => code === value.trim().toLowerCase());
  if (!lang) throw new UsageError(`unknown language '${value}' in --lang (choose from ${choices.join(', ')})`);
  return lang as LanguageCode | 'auto';
}

function parseKinds(list: string): FindingKind[] {
  const kinds = list.split(',').map((kind) => kind.trim());
  for (const kind of kinds) {
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`unknown kind '${kind}' in --only (choose from ${KINDS.join(', ')})`);
    }
  }
  return [...new Set(kinds as FindingKind[])];
}
