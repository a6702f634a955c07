import type { ParagraphPart } from './model';

/** Openings of preambular clauses: participles ("Rappelant", "Recalling") and the adjectives resolutions use. */
const PREAMBLE_OPENING = /^(?:\p{Lu}\p{Ll}+ant|\p{Lu}\p{Ll}+ing|Conscients?|Consciente?s?|Convaincue?s?|Préoccupée?s?|Profondément|Vivement|Gravement|Résolue?s?|Déterminée?s?|Soucieuse?s?|Aware|Convinced|Concerned|Deeply|Gravely|Determined|Mindful|Bearing|Alarmed|Cognizant)\b/u;
/** Operative verbs as they open a paragraph of a decision or resolution (third person, capitalised). */
const OPERATIVE_OPENING = /^(?:Décide|Prie|Demande|Invite|Engage|Exhorte|Encourage|Recommande|Se félicite|Note|Prend note|Réaffirme|Rappelle|Souligne|Reconnaît|Exprime|Approuve|Adopte|Salue|Charge|Accueille|Decides|Requests|Calls upon|Invites|Urges|Encourages|Recommends|Welcomes|Notes|Takes note|Reaffirms|Recalls|Emphasizes|Stresses|Recognizes|Expresses|Approves|Adopts)\b/u;
const NUMBER_LABEL = /^\s*\d{1,3}\s*[.)]\s/u;

/**
 * Preambular clause or operative paragraph, where the paragraph's form says so: a preambular
 * clause opens with a participle or an adjective (set in italics in UN documents) and ends with a
 * comma; an operative paragraph is numbered, or opens with an operative verb and ends with a
 * semicolon or a full stop. Anything else (titles, report text, recommendations) is null.
 */
export function paragraphPart(text: string, numbered: boolean, startsItalic: boolean): ParagraphPart {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const withoutLabel = trimmed.replace(NUMBER_LABEL, '');
  if (/,$/.test(trimmed) && (startsItalic || PREAMBLE_OPENING.test(withoutLabel))) return 'preamble';
  if (OPERATIVE_OPENING.test(withoutLabel) && /[;.:]$/.test(trimmed)) return 'operative';
  if ((numbered || NUMBER_LABEL.test(trimmed)) && /[;.:]$/.test(trimmed)) return 'operative';
  return null;
}
