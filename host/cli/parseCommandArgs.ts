import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../../shared/corpus/model';
import { CliError } from './CliError';

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  const code = (error as { code?: unknown }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) return `Unknown option "${quoted}"`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) return `Option "${quoted.split(' ')[0]}" ${message.includes('argument missing') ? 'needs a value' : 'takes no value'}`;
  return message.split('. ')[0] ?? message;
}

/** Node's own parser, strict: an unknown option is an error, not something silently ignored. */
type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends OptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: true }>>;

export function parseCommandArgs<const T extends OptionsConfig>(command: string, args: string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new CliError(`${describeParseError(error)}. See "desk ${command} --help".`);
  }
}

export function readLang(value: string | undefined): Lang {
  if (value === undefined) return 'fr';
  const lang = value.trim().toLowerCase();
  if (lang === 'fr' || lang === 'en') return lang;
  throw new CliError(`--lang must be "en" or "fr", not "${value}".`);
}

export function requirePositionals(command: string, positionals: string[], what: string): string[] {
  if (positionals.length === 0) throw new CliError(`Missing ${what}. See "desk ${command} --help".`);
  return positionals;
}
