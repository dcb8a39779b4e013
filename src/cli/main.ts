/** Entry point of the `quotelight` command (bundled to dist/node/cli.js, started by bin/quotelight.js). */
import { HELP, USAGE, UsageError, parseCliArgs, type CliCommand } from './args';
import { exitQuietlyOnClosedPipe } from './closed-pipe';
import { runScan } from './run-scan';

async function main(argv: readonly string[]): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`quotelight: ${error.message}\n${USAGE}  (quotelight --help for more)\n`);
    return 2;
  }
  if (command.command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  return runScan(command);
}

exitQuietlyOnClosedPipe();

process.exitCode = await main(process.argv.slice(2));
