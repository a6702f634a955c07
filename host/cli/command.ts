/** Where a command writes. Each call writes `text` followed by a newline (like console.log). */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export interface CliCommand {
  name: string;
  /** Shown by `desk --help` (first line) and `desk <command> --help` (all of it). */
  usage: string;
  /** Resolves to the exit code (see exitCodes.ts). */
  run(args: string[], io: CliIO): Promise<number>;
}
