import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestOnly, SUPERSEDED } from './latestOnly';

/** An asking function whose answers the test releases one by one, recording what was sent. */
function controlledHost() {
  const sent: string[] = [];
  const pending: { query: string; answer(): void; fail(): void }[] = [];
  const ask = (query: string) =>
    new Promise<string>((resolve, reject) => {
      sent.push(query);
      pending.push({ query, answer: () => resolve(`rows of ${query}`), fail: () => reject(new Error(`${query} failed`)) });
    });
  return { sent, pending, ask };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestOnly', () => {
  it('sends at once when nothing is on its way, and only the latest of the keys typed meanwhile', async () => {
    const host = controlledHost();
    const search = latestOnly(host.ask);
    const outcomes = ['m', 'mi', 'mig', 'migr'].map((query) => search(query));
    await settle();
    expect(host.sent).toEqual(['m']);
    host.pending.shift()!.answer();
    await settle();
    expect(host.sent).toEqual(['m', 'migr']);
    host.pending.shift()!.answer();
    expect(await Promise.all(outcomes)).toEqual(['rows of m', SUPERSEDED, SUPERSEDED, 'rows of migr']);
  });

  it('a failed request does not hold back the next', async () => {
    const host = controlledHost();
    const search = latestOnly(host.ask);
    const first = search('a');
    const second = search('ab');
    await settle();
    host.pending.shift()!.fail();
    await expect(first).rejects.toThrow('a failed');
    await settle();
    expect(host.sent).toEqual(['a', 'ab']);
    host.pending.shift()!.answer();
    expect(await second).toBe('rows of ab');
  });

  it('whatever the timing: one request on its way at most, each sent query is the latest typed when sent, and the last typed is always answered', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('type', 'answer'), { minLength: 1, maxLength: 40 }), async (steps) => {
        const host = controlledHost();
        const search = latestOnly(host.ask);
        let typed = 0;
        let last: Promise<unknown> | null = null;
        for (const step of steps) {
          if (step === 'type') {
            const query = `q${++typed}`;
            last = search(query);
          } else host.pending.shift()?.answer();
          await settle();
          expect(host.pending.length).toBeLessThanOrEqual(1);
          // What was just sent is the latest query typed.
          if (host.pending.length === 1) expect(host.pending[0]!.query).toBe(host.sent.at(-1));
        }
        while (host.pending.length > 0) {
          host.pending.shift()!.answer();
          await settle();
        }
        if (last) expect(await last).toBe(`rows of q${typed}`);
      }),
      { numRuns: 100 },
    );
  });
});
