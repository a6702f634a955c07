import { closestMatches } from '../../shared/citation/closestMatches';
import { CliError } from './CliError';
import type { CliCommand, CliIO } from './command';
import { COMMANDS } from './commands';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './exitCodes';

const HELP_FLAGS = new Set(['--help', '-h']);

function generalHelp(commands: readonly CliCommand[]): string {
  const synopses = commands.map((command) => `  ${command.usage.split('\n')[0]}`);
  return [
    'Usage: npm run -s desk -- <command> [options]',
    '',
    'Commands:',
    ...synopses,
    '',
    'References: I.22, A:V.2.e (compendium Part A); B:VI.9.c, B:VI.al.5, B:IV.j.ii (Part B);',
    '  CTOC/COP/WG.7/2012/6:25, CTOC/COP/2012/15:al.5 (document:locator); WG.7-2022:8.a (no symbol).',
    'Exit codes: 0 ok, 1 unexpected failure, 2 unknown reference/theme/command/option or unreadable draft file, 3 language not in the corpus.',
    'Run "desk <command> --help" for a command\'s details.',
  ].join('\n');
}

/** Everything `desk` does, minus the process: tests call it in-process with a recording CliIO. */
export async function runDesk(args: readonly string[], io: CliIO, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    io.err(generalHelp(commands));
    return EXIT_USAGE;
  }
  if (HELP_FLAGS.has(name) || name === 'help') {
    const topic = name === 'help' ? commands.find((command) => command.name === rest[0]) : undefined;
    io.out(topic ? `Usage: desk ${topic.usage}` : generalHelp(commands));
    return EXIT_OK;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    const suggestions = closestMatches(name, commands.map((candidate) => candidate.name));
    const hint = suggestions.length > 0 ? ` Did you mean "${suggestions.join('" or "')}"?` : '';
    io.err(`desk: unknown command "${name}".${hint} Commands: ${commands.map((candidate) => candidate.name).join(', ')}.`);
    return EXIT_USAGE;
  }
  // Options after "--" are positionals, so "--help" there is a value, not a request for help.
  const separator = rest.indexOf('--');
  if ((separator < 0 ? rest : rest.slice(0, separator)).some((arg) => HELP_FLAGS.has(arg))) {
    io.out(`Usage: desk ${command.usage}`);
    return EXIT_OK;
  }
  try {
    return await command.run([...rest], io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`desk ${command.name}: ${error.message}`);
      return error.exitCode;
    }
    io.err(`desk ${command.name}: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT_FAILURE;
  }
}
