import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

/** Runs the real command line in a child process, as a user's shell would. */
function desk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['host/cli/desk.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('desk in a child process', () => {
  it('prints a citation and exits 0', async () => {
    expect(await desk('cite', 'WG.7-2022:8.a', '--lang', 'en')).toEqual({
      code: 0,
      stdout: 'Report of the Working Group on the Smuggling of Migrants, Vienna, 27–28 June 2022, recommendation 8 (a) [symbol not given in source]\n',
      stderr: '',
    });
  });

  it('exits 2 with a message on stderr for an unknown reference or command', async () => {
    const unknownReference = await desk('cite', 'B:VI.99');
    expect(unknownReference.code).toBe(2);
    expect(unknownReference.stdout).toBe('');
    expect(unknownReference.stderr).toContain('Unknown reference "B:VI.99"');
    expect((await desk('frobnicate')).code).toBe(2);
  });

  it('exits 3 when the language asked for is not in the corpus, after printing valid JSON', async () => {
    const result = await desk('show', 'B:VI.al.5', '--lang', 'en', '--json');
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('no English text');
    expect(JSON.parse(result.stdout)).toMatchObject({ text: null, citation: 'CTOC/COP/2012/15, resolution 6/3, preambular para. 5' });
  });

  it('prints French text as UTF-8', async () => {
    const result = await desk('show', 'B:VI.al.5');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Bali');
    expect(result.stdout).toContain('résolution 6/3, al. 5 du préambule');
  });
});
