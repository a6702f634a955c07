import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const localesDir = fileURLToPath(new URL('./locales/', import.meta.url));
const PLURAL_SUFFIX = /_(ordinal_)?(zero|one|two|few|many|other)$/;

/** Dotted keys of a resource, plural forms folded into their base key (languages have different plural forms). */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(PLURAL_SUFFIX, '')];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function load(lang: string): Record<string, string[]> {
  const dir = join(localesDir, lang);
  return Object.fromEntries(readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => [name, [...new Set(keysOf(JSON.parse(readFileSync(join(dir, name), 'utf8'))))].sort()]));
}

describe('interface strings', () => {
  it('French and English have the same namespaces and the same keys', () => {
    const fr = load('fr');
    const en = load('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const namespace of Object.keys(fr)) expect({ namespace, keys: en[namespace] }).toEqual({ namespace, keys: fr[namespace] });
  });

  it('no string is empty', () => {
    for (const lang of ['fr', 'en']) {
      const dir = join(localesDir, lang);
      for (const name of readdirSync(dir)) {
        const walk = (value: unknown, path: string): void => {
          if (typeof value === 'string') expect(value.trim(), `${lang}/${name} ${path}`).not.toBe('');
          else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
        };
        walk(JSON.parse(readFileSync(join(dir, name), 'utf8')), '');
      }
    }
  });
});
