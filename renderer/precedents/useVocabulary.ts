import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Addressee, Body, ParagraphKind, Strength } from '../../shared/corpus/model';

export interface Vocabulary {
  body(body: Body): string;
  bodyShort(body: Body): string;
  /** "3rd meeting" (Working Group) or "6th session" (Conference of the Parties). */
  session(body: Body, meeting: number): string;
  strength(strength: Strength): string;
  addressee(addressee: Addressee): string;
  kind(kind: ParagraphKind): string;
}

/** A label looked up once per set of arguments: the table asks for the same few in every row at every key typed. */
function remembered<A extends readonly (string | number)[]>(label: (...args: A) => string): (...args: A) => string {
  const labels = new Map<string, string>();
  return (...args) => {
    const key = args.join(' ');
    let text = labels.get(key);
    if (text === undefined) labels.set(key, (text = label(...args)));
    return text;
  };
}

/** The corpus's terms in the interface language. */
export function useVocabulary(): Vocabulary {
  const { t, i18n } = useTranslation('corpus');
  return useMemo(
    () => ({
      body: remembered((body: Body) => t(`body.${body}`)),
      bodyShort: remembered((body: Body) => t(`bodyShort.${body}`)),
      session: remembered((body: Body, meeting: number) => t(body === 'wg' ? 'meeting' : 'session', { count: meeting, ordinal: true })),
      strength: remembered((strength: Strength) => t(`strength.${strength}`)),
      addressee: remembered((addressee: Addressee) => t(`addressee.${addressee}`)),
      kind: remembered((kind: ParagraphKind) => t(`kind.${kind}`)),
    }),
    // The language is a dependency because the labels change with it even where t keeps its identity.
    [t, i18n.language],
  );
}
