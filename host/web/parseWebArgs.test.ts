import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from './parseWebArgs';

const env = { HOME: '/home/delegate', XDG_DATA_HOME: '' };

describe('parseWebArgs', () => {
  it('defaults to any free port, a random token and the OS data folder', () => {
    expect(parseWebArgs([], { ...env, PRECEDENT_DESK_DATA: '/srv/desk' })).toEqual({ port: 0, dataDir: '/srv/desk', token: null, open: false });
  });

  it('reads every option, in both spellings', () => {
    expect(parseWebArgs(['--port', '4317', '--data-dir=./data', '--token', 'e2e-token-0123456789', '--open'], env)).toEqual({
      port: 4317,
      dataDir: resolve('./data'),
      token: 'e2e-token-0123456789',
      open: true,
    });
  });

  it('lets --data-dir win over the environment', () => {
    expect(parseWebArgs(['--data-dir', '/tmp/x'], { ...env, PRECEDENT_DESK_DATA: '/srv/desk' }).dataDir).toBe('/tmp/x');
  });

  it('explains what is wrong with bad input', () => {
    expect(() => parseWebArgs(['--port', 'abc'], env)).toThrow('--port must be a number from 1 to 65535, not "abc".');
    expect(() => parseWebArgs(['--port', '70000'], env)).toThrow('--port must be a number');
    expect(() => parseWebArgs(['--port'], env)).toThrow('--port needs a value.');
    expect(() => parseWebArgs(['--token', 'short'], env)).toThrow('--token must be at least 16');
    expect(() => parseWebArgs(['--host', '0.0.0.0'], env)).toThrow('Unknown option "--host"');
  });
});
