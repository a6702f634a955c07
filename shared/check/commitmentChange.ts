import type { Lang } from '../corpus/model';
import type { CommitmentChange } from './model';

/*
 * What changes a commitment without touching its operative verb: a negation ("ne devraient pas",
 * "sans") and the qualifiers that soften it ("le cas échéant", "dans la mesure du possible").
 * Counted in each text, so a qualifier moved within the paragraph is no change.
 */
const NEGATIONS: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(?:ne|n['’])\s*(?:[\p{L}'’-]+\s+){0,3}?(?:pas|jamais|nullement|aucunement)(?![\p{L}])|(?<![\p{L}])sans(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:not|never|without|no longer)(?![\p{L}])|n['’]t(?![\p{L}])/giu,
};
const QUALIFIERS: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(?:le cas échéant|dans (?:toute )?la mesure (?:du )?possible|selon qu['’]il conviendra|s['’]il y a lieu|selon que de besoin|autant que possible|si nécessaire|au besoin|lorsqu['’]il y a lieu)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:as appropriate|where appropriate|when appropriate|to the extent possible|as far as possible|as necessary|where necessary|if necessary|where applicable|as applicable)(?![\p{L}])/giu,
};

function occurrences(text: string, pattern: RegExp): Map<string, number> {
  const found = new Map<string, number>();
  for (const match of text.matchAll(pattern)) {
    // A negation is one kind whatever its verb: "ne devraient pas" and "ne doivent pas" count alike.
    const key = pattern === NEGATIONS.fr || pattern === NEGATIONS.en ? match[0].split(/\s+/).at(-1)?.toLowerCase() ?? '' : match[0].toLowerCase().replace(/’/g, "'");
    found.set(key, (found.get(key) ?? 0) + 1);
  }
  return found;
}

function differences(kind: CommitmentChange['kind'], draft: string, precedent: string, pattern: RegExp): CommitmentChange[] {
  const [inDraft, inPrecedent] = [occurrences(draft, pattern), occurrences(precedent, pattern)];
  const changes: CommitmentChange[] = [];
  for (const key of new Set([...inDraft.keys(), ...inPrecedent.keys()])) {
    const difference = (inDraft.get(key) ?? 0) - (inPrecedent.get(key) ?? 0);
    if (difference !== 0) changes.push({ kind, change: difference > 0 ? 'added' : 'removed', phrase: key });
  }
  return changes;
}

/** Negations and qualifiers the paragraph has that its precedent has not, or the other way round. */
export function commitmentChanges(draft: string, precedent: string, lang: Lang): CommitmentChange[] {
  return [...differences('negation', draft, precedent, NEGATIONS[lang]), ...differences('qualifier', draft, precedent, QUALIFIERS[lang])];
}
