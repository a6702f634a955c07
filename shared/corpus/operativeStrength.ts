import type { Addressee, Lang, Strength } from './model';

/** The fixed scale, strongest first. */
export const STRENGTH_ORDER: readonly Strength[] = ['decides', 'urges', 'requests', 'should', 'encourages', 'may', 'notes'];

/** Negative when `a` is stronger than `b`. */
export function compareStrengths(a: Strength, b: Strength): number {
  return STRENGTH_ORDER.indexOf(a) - STRENGTH_ORDER.indexOf(b);
}

/** One operative expression found in a text ("devraient", "Prie aussi instamment", "may wish to"). */
export interface OperativeMarker {
  strength: Strength;
  /** The expression with emphasis markers removed and spaces collapsed. */
  phrase: string;
  start: number;
  end: number;
  /** Who the expression addresses: its subject ("Les États parties devraient") or object ("Prie le Secrétariat"). */
  addressees: Addressee[];
}

/**
 * Where the addressee sits: before a modal or passive ("Les États parties devraient", "States are
 * encouraged to"), after an active verb ("Exhorte les États parties", "requests the Secretariat").
 * 'adjacent-subject': the expression counts only right after a named addressee ("Les États doivent"),
 * not in a subordinate clause about something else ("les preuves réunies doivent répondre").
 */
type Role = 'subject' | 'adjacent-subject' | 'object' | 'none';
/** 'opening': a participle or adjective that is operative only where it opens a sentence ("Gardant à l'esprit…"). */
type PatternSpec = [Strength, Role, string, 'opening'?];

/*
 * Pattern sources: a space stands for any run of spaces or italic asterisks (the sources print
 * "*Prie* instamment" and "*Prie instamment*"), an apostrophe for any apostrophe. Only finite verb
 * forms count: "afin d'encourager" or "voudront peut-être demander" carry no operative force of
 * their own. "doivent" is binding wording, hence 'decides' (it is what a delegate strengthening
 * "devraient" writes); "recommande" reads as 'should'.
 */
const ALSO = '(?: (?:aussi|également|en outre|de nouveau))?';
const DETERMINER_FOLLOWS = "(?= (?:(?:les|le|la|son|sa|ses|tous|toutes|aux?) |l'))";
const FRENCH: PatternSpec[] = [
  ['decides', 'none', `(?:a décidé|décident|décide)${ALSO}`],
  ['decides', 'adjacent-subject', 'doivent|doit'],
  ['urges', 'object', `(?:a prié|a demandé|a invité|prie|demande|invite)${ALSO} instamment`],
  ['urges', 'object', `(?:a exhorté|exhortent|exhorte)${ALSO}`],
  ['urges', 'object', `(?:a engagé|engagent|engage)${ALSO} vivement`],
  ['requests', 'object', `(?:a prié|prient|prie)${ALSO}`],
  ['requests', 'object', `(?:a invité|invitent|invite)${ALSO}`],
  ['requests', 'object', `(?:a engagé|engagent|engage)${ALSO}${DETERMINER_FOLLOWS}`],
  ['requests', 'object', "(?<!(?:la|une|sur|de|leur|sa|cette|toute|chaque|en) )(?:a demandé|demandent|demande)(?= (?:à|aux?|aussi|également|en outre|que|qu'))"],
  ['requests', 'subject', '(?:sont|est|soient) (?:invité|prié)(?:e|s|es)?'],
  ['should', 'subject', 'devrai(?:en)?t'],
  ['should', 'object', '(?:a recommandé|recommandent|recommande)'],
  ['encourages', 'object', `(?:a encouragé|encouragent|encourage)${ALSO}`],
  ['encourages', 'subject', '(?:sont|est|soient) (?:vivement )?encouragé(?:e|s|es)?'],
  ['may', 'subject', '(?:voudront|voudra|souhaiteront|souhaitera) peut(?:[-\u2010\u2011]| )être'],
  ['may', 'subject', '(?:pourraient|pourrait)(?: (?:également|aussi))? (?:envisager|examiner|étudier|être (?:invité|prié|encouragé)(?:e|s|es)?)'],
  ['notes', 'object', `(?<!(?:la|une|cette|en) )(?:a noté|notent|note)(?: (?:aussi|également|en outre|avec (?:préoccupation|satisfaction|intérêt)))?`],
  ['notes', 'object', '(?:prend|prennent|a pris) note(?: (?:avec satisfaction|avec préoccupation))?'],
  ['notes', 'object', `(?:se félicite|se félicitent|s'est félicitée?)${ALSO}`],
  ['notes', 'object', `(?:a rappelé|rappellent|rappelle|a réaffirmé|réaffirment|réaffirme)${ALSO}`],
  ['notes', 'object', "(?:accueille|a accueilli) avec satisfaction|salue|apprécie|souligne|constate|reconnaît|garde à l'esprit"],
  ['notes', 'object', "(?:rappelant|réaffirmant|notant|prenant note|se félicitant|accueillant avec satisfaction|soulignant|constatant|considérant|reconnaissant|sachant|gardant à l'esprit|consciente?s?)", 'opening'],
];

const ALSO_EN = '(?: (?:also|further|again|strongly))?';
const ENGLISH: PatternSpec[] = [
  ['decides', 'none', `(?:decides|decided|resolves)${ALSO_EN}`],
  ['decides', 'adjacent-subject', 'shall|must'],
  ['urges', 'object', `(?:strongly )?(?:urges|urged|exhorts)${ALSO_EN}`],
  ['requests', 'object', `(?<!(?:the|a|an|upon|on|of|such|any|their|its|for|to|these|those) )(?:requests|requested)${ALSO_EN}(?= (?:the|all|its|that|member|states?|unodc|signatories|donors|relevant)(?![\\p{L}]))`],
  ['requests', 'object', `(?:invites|invited|calls upon|calls on|called upon|called on)${ALSO_EN}`],
  ['requests', 'subject', '(?:are|is|be) (?:also |further )?(?:invited|requested|called upon)'],
  ['should', 'subject', 'should|ought to'],
  ['should', 'object', '(?:recommends|recommended)'],
  ['encourages', 'object', `(?:encourages|encouraged)${ALSO_EN}`],
  ['encourages', 'subject', '(?:are|is|be) (?:also |further |strongly )?encouraged'],
  ['may', 'subject', '(?:may|might) (?:wish|want) to|(?:could|may|might) (?:also )?consider'],
  ['notes', 'object', `(?:notes|noted|takes note|took note)${ALSO_EN}`],
  ['notes', 'object', '(?:welcomes|welcomed|recalls|recalled|reaffirms|reaffirmed|recogni[sz]es|acknowledges|stresses|emphasi[sz]es|underlines|appreciates|commends|bears in mind)'],
  ['notes', 'object', '(?:noting|taking note|welcoming|recalling|reaffirming|recogni[sz]ing|acknowledging|stressing|emphasi[sz]ing|underlining|bearing in mind|mindful|conscious|aware|considering)', 'opening'],
];

const SPACE = '[\\s*]+';
const APOSTROPHES = "['\u2019\u02bc]";

function expand(source: string): string {
  return source.replace(/ /g, SPACE).replace(/'/g, APOSTROPHES);
}

function compile(source: string, flags: string): RegExp {
  return new RegExp(expand(source), flags);
}

/** Start of the text or of a sentence, optionally followed by one list label ("12.", "a)", "- b)"). */
const OPENING = String.raw`(?<=(?:^|[.;:])[\s*]*(?:[-–•]?[\s*]*\(?[\p{L}\d]{1,4}[.)][\s*]+)?)`;

/** A marker must be a whole word, not the tail of an elision ("s'engage") nor part of a longer word. */
function compileMarker(source: string, opening: boolean): RegExp {
  const lead = opening ? OPENING : '';
  return new RegExp(`${lead}(?<![\\p{L}\\p{N}'\u2019\u02bc])(?:${expand(source)})(?![\\p{L}\\p{N}])`, 'giu');
}

function compileMarkers(specs: PatternSpec[]): [Strength, Role, RegExp][] {
  return specs.map(([strength, role, source, opening]) => [strength, role, compileMarker(source, opening === 'opening')]);
}

/** Entities, most specific first ("États parties" before "États"). */
const ENTITIES: Record<Lang, [Addressee, string][]> = {
  fr: [
    ['states-parties', 'États? parties?|Etats? parties?'],
    ['states', '(?:États|Etats) Membres|(?:États|Etats)(?![-\\p{L}]| parties?(?![\\p{L}]))'],
    ['secretariat', "(?:son )?secrétariat|Secrétaire général|ONUDD?C|ONUDD|ONUUDC|Office des Nations Unies contre la drogue et le crime"],
    ['conference', 'Conférence(?: des Parties)?'],
    ['working-group', 'Groupe de travail'],
    ['other', '(?:autres )?(?:signataires|donateurs)|organisations (?:internationales|régionales)'],
  ],
  en: [
    ['states-parties', 'States? part(?:y|ies)'],
    ['states', 'Member States|States(?! part(?:y|ies)(?![\\p{L}]))'],
    ['secretariat', 'Secretariat|Secretary-General|UNODC|United Nations Office on Drugs and Crime'],
    ['conference', 'Conference(?: of the Parties)?'],
    ['working-group', 'Working Group'],
    ['other', '(?:other )?(?:signatories|donors)|international organi[sz]ations'],
  ],
};

const DETERMINER: Record<Lang, string> = {
  fr: "(?:(?:à|aux|au|de|des) )?(?:(?:les|le|la|son|sa|ses|tous les|toutes les) |l')?",
  en: '(?:(?:to|of) )?(?:(?:the|all|its) )?',
};
const OBJECT_LEAD: Record<Lang, string> = {
  fr: "^[\\s*,]*(?:(?:que|qu'|à) ?)?",
  en: '^[\\s*,]*(?:that )?',
};
const COORDINATION: Record<Lang, string> = { fr: '^(?:,| et) ', en: '^(?:,| and) ' };

function entityAlternation(lang: Lang): string {
  return ENTITIES[lang].map(([, source]) => `(${source})`).join('|');
}

/** One language's expressions: the operative markers, and the entities around them. */
interface LanguagePatterns {
  markers: [Strength, Role, RegExp][];
  /** An entity right after a marker (its object). */
  entityAfter: RegExp;
  /** A further entity coordinated with it. */
  coordinated: RegExp;
  /** An entity right before a marker (its subject). */
  entityAdjacent: RegExp;
  entityAnywhere: RegExp;
}

const compiledPatterns = new Map<Lang, LanguagePatterns>();

/**
 * A language's expressions, compiled when first used: their Unicode classes cost a window's start
 * 6–7 ms (a CPU profile of the first loads), and the window checks nothing before it is asked.
 */
function patternsOf(lang: Lang): LanguagePatterns {
  let patterns = compiledPatterns.get(lang);
  if (!patterns) {
    const entities = entityAlternation(lang);
    patterns = {
      markers: compileMarkers(lang === 'fr' ? FRENCH : ENGLISH),
      entityAfter: compile(`${OBJECT_LEAD[lang]}${DETERMINER[lang]}(?:${entities})(?![\\p{L}])`, 'iu'),
      coordinated: compile(`${COORDINATION[lang]}${DETERMINER[lang]}(?:${entities})(?![\\p{L}])`, 'iu'),
      entityAdjacent: compile(`(?<![\\p{L}])(?:${entities})[\\s*]*$`, 'iu'),
      entityAnywhere: compile(`(?<![\\p{L}])(?:${entities})(?![\\p{L}])`, 'giu'),
    };
    compiledPatterns.set(lang, patterns);
  }
  return patterns;
}

function addresseeOf(match: RegExpExecArray, lang: Lang): Addressee {
  const index = match.slice(1).findIndex((group) => group !== undefined);
  return ENTITIES[lang][index]?.[0] ?? 'other';
}

/** The entities right after the marker, including a coordinated list ("les États Membres et les autres donateurs"). */
function objectsAfter(text: string, lang: Lang): Addressee[] {
  const found: Addressee[] = [];
  let rest = text;
  let match = patternsOf(lang).entityAfter.exec(rest);
  while (match) {
    found.push(addresseeOf(match, lang));
    rest = rest.slice(match[0].length);
    match = patternsOf(lang).coordinated.exec(rest);
  }
  return found;
}

/** What may separate coordinated subjects: "les États parties et l'Office … (ONUDC)". */
const COORDINATION_GAP = /^[\s*(),]*(?:(?:et|and|ou|or)[\s*]+)?(?:(?:les|le|la|the)[\s*]+|l['\u2019])?$/i;

/**
 * The subject of a modal: the last addressee named earlier in the same sentence, so that "Les États
 * d'origine, de transit et de destination devraient" and "Les États parties, en particulier ceux
 * qui…, devraient" find theirs. With `adjacent`, only an addressee right before the expression.
 */
function subjectBefore(text: string, lang: Lang, adjacent: boolean): Addressee[] {
  if (adjacent) {
    const match = patternsOf(lang).entityAdjacent.exec(text.slice(-120));
    return match ? [addresseeOf(match, lang)] : [];
  }
  const sentence = text.slice(Math.max(text.lastIndexOf('.'), text.lastIndexOf(';'), text.lastIndexOf(':')) + 1);
  const matches = [...sentence.matchAll(patternsOf(lang).entityAnywhere)];
  let first = matches.length - 1;
  while (first > 0) {
    const previous = matches[first - 1] as RegExpExecArray;
    const gap = sentence.slice(previous.index + previous[0].length, (matches[first] as RegExpExecArray).index);
    if (!COORDINATION_GAP.test(gap)) break;
    first--;
  }
  return [...new Set(matches.slice(Math.max(first, 0)).map((match) => addresseeOf(match, lang)))];
}

function addresseesFor(role: Role, text: string, start: number, end: number, lang: Lang): Addressee[] {
  switch (role) {
    case 'object':
      return objectsAfter(text.slice(end, end + 200), lang);
    case 'subject':
      return subjectBefore(text.slice(0, start), lang, false);
    case 'adjacent-subject':
      return subjectBefore(text.slice(0, start), lang, true);
    case 'none':
      return [];
  }
}

/** Operative expressions in text order; where two overlap the longer wins ("prie instamment" over "prie"). */
export function findOperativeMarkers(text: string, lang: Lang): OperativeMarker[] {
  const found: { strength: Strength; role: Role; start: number; end: number }[] = [];
  for (const [strength, role, pattern] of patternsOf(lang).markers) {
    for (const match of text.matchAll(pattern)) {
      found.push({ strength, role, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof found = [];
  for (const candidate of found) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept
    .map(({ strength, role, start, end }) => ({
      strength,
      phrase: text.slice(start, end).replace(/\*/g, '').replace(/\s+/g, ' ').trim(),
      start,
      end,
      addressees: addresseesFor(role, text, start, end, lang),
    }))
    .filter((marker, i) => kept[i]?.role !== 'adjacent-subject' || marker.addressees.length > 0);
}

/**
 * Every operative strength in the wording, each once, strongest first. A paragraph keeps all of
 * its operative verbs (I.22: "voudront peut-être" and "devraient" gives ['should', 'may']); the
 * first element is the paragraph's headline strength, i.e. its most binding expression, so a
 * participle such as "Gardant à l'esprit" never outranks the "devraient" that follows it.
 */
export function detectStrengths(text: string, lang: Lang): Strength[] {
  const strengths = new Set(findOperativeMarkers(text, lang).map((marker) => marker.strength));
  return STRENGTH_ORDER.filter((strength) => strengths.has(strength));
}

/** Who the operative expressions address, each once, in order of first appearance. */
export function detectAddressees(text: string, lang: Lang): Addressee[] {
  return [...new Set(findOperativeMarkers(text, lang).flatMap((marker) => marker.addressees))];
}
