import type { CliIO } from './command';

/** A CliIO that keeps what a command wrote, for tests and for callers that want the text. */
export function recordingIO(): CliIO & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    stdout: () => out.map((text) => `${text}\n`).join(''),
    stderr: () => err.map((text) => `${text}\n`).join(''),
  };
}
