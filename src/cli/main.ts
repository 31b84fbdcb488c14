import { createAnalyzer } from '../core';
import { parseCommand } from './args';
import { CliError, EXIT_FAILURE, EXIT_OK } from './errors';
import { runExport } from './export-command';
import { runStats } from './stats-command';
import { USAGE, VERSION } from './usage';

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(USAGE);
      return EXIT_OK;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    case 'stats':
      process.stdout.write(runStats(command.paths, createAnalyzer()));
      return EXIT_OK;
    case 'export':
      await runExport(command.paths, command.format, command.target, createAnalyzer());
      return EXIT_OK;
  }
}

// A reader that closed the pipe early (`| head`) has all it wanted.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof CliError;
    const message = known ? error.message : `internal error: ${error instanceof Error ? error.stack : String(error)}`;
    process.stderr.write(`bulletin-annotator: ${message}\n`);
    process.exitCode = known ? error.exitCode : EXIT_FAILURE;
  },
);
