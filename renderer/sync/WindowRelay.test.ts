import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WindowRelay } from './WindowRelay';

const relays: WindowRelay[] = [];
afterEach(() => relays.splice(0).forEach((relay) => relay.close()));

function windowWith(room: string, text: string): Y.Doc {
  const doc = new Y.Doc();
  if (text) doc.getText('t').insert(0, text);
  relays.push(new WindowRelay(doc, room));
  return doc;
}

const textOf = (doc: Y.Doc) => doc.getText('t').toString();
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('WindowRelay', () => {
  it('gives a window that opens what the others hold, and them what it holds', async () => {
    const first = windowWith('room-a', 'first ');
    const second = windowWith('room-a', 'second ');
    await until(() => textOf(first).length === 13 && textOf(second).length === 13);
    expect(textOf(second)).toBe(textOf(first));
    expect(textOf(first)).toContain('first ');
    expect(textOf(first)).toContain('second ');
  });

  it('relays every change after that, and nothing to the windows of another draft', async () => {
    const first = windowWith('room-b', '');
    const second = windowWith('room-b', '');
    const other = windowWith('room-c', '');
    first.getText('t').insert(0, 'typed in the first window');
    await until(() => textOf(second) !== '');
    expect(textOf(second)).toBe('typed in the first window');
    second.getText('t').insert(0, '» ');
    await until(() => textOf(first).startsWith('» '));
    expect(textOf(first)).toBe('» typed in the first window');
    expect(textOf(other)).toBe('');
  });
});
