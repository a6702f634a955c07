import { pick } from './seededRandom';

/*
 * Wording of our own for "new language": how a delegation writes a proposal of its own, opening
 * like agreed language does ("Les États parties devraient") but saying something no precedent
 * says. Written for the evaluation, never shown to users.
 */
const OPENINGS = [
  'Les États parties devraient',
  'Les autorités locales pourraient',
  'Les ministères concernés sont invités à',
  'Les organisations régionales devraient',
  'Les parlements nationaux voudront peut-être',
  'Les collectivités territoriales devraient',
  'Les services statistiques pourraient',
  'Les écoles de la magistrature sont encouragées à',
];
const ACTIONS = [
  'publier chaque année un inventaire des ports de plaisance',
  'financer des bourses destinées aux jeunes juristes des régions rurales',
  'mettre à jour les cartes numériques des postes frontière terrestres',
  'organiser des concours de plaidoirie sur le droit maritime',
  'traduire leurs guides pratiques dans les langues des pays voisins',
  'recenser les bénévoles qui accueillent des familles dans les gares',
  'doter les bibliothèques universitaires de fonds consacrés aux migrations',
  'harmoniser les formulaires utilisés par les consulats honoraires',
  'consacrer une journée annuelle aux témoignages des anciens marins',
  'soutenir la recherche sur les routes côtières saisonnières',
];
const PURPOSES = [
  'afin que les citoyens disposent de chiffres vérifiables',
  'pour que chaque district dispose d’un interlocuteur identifié',
  'en associant les chambres de commerce et les syndicats agricoles',
  'avant la fin du prochain cycle budgétaire',
  'en tenant compte des saisons de pêche et des calendriers scolaires',
  'grâce à des partenariats avec les radios communautaires',
];

/** One invented sentence, from a fixed vocabulary picked with the evaluation's random generator. */
export function inventedSentence(random: () => number): string {
  return `${pick(OPENINGS, random)} ${pick(ACTIONS, random)} ${pick(PURPOSES, random)}.`;
}
