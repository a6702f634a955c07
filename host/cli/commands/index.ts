import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { citeCommand } from './cite';
import { compileCommand } from './compile';
import { importCommand } from './import';
import { renderCommand } from './render';
import { showCommand } from './show';
import { themeCommand } from './theme';
import { themesCommand } from './themes';

/** Every `desk` command, in the order `desk --help` lists them. A new command is one file plus one line here. */
export const COMMANDS: readonly CliCommand[] = [
  citeCommand,
  showCommand,
  themesCommand,
  themeCommand,
  compileCommand,
  checkCommand,
  importCommand,
  renderCommand,
];
