import { recordingIO } from '../recordingIO';
import { runDesk } from '../runDesk';

/** Runs `desk ARGS...` in-process, as a test would type it, and gives its exit code and what it printed. */
export async function runDeskRecorded(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = recordingIO();
  const code = await runDesk(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}
