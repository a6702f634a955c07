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

/** The corpus's terms in the interface language. */
export function useVocabulary(): Vocabulary {
  const { t, i18n } = useTranslation('corpus');
  return useMemo(
    () => ({
      body: (body) => t(`body.${body}`),
      bodyShort: (body) => t(`bodyShort.${body}`),
      session: (body, meeting) => t(body === 'wg' ? 'meeting' : 'session', { count: meeting, ordinal: true }),
      strength: (strength) => t(`strength.${strength}`),
      addressee: (addressee) => t(`addressee.${addressee}`),
      kind: (kind) => t(`kind.${kind}`),
    }),
    // The language is a dependency because the labels change with it even where t keeps its identity.
    [t, i18n.language],
  );
}
