import type { Session } from 'electron';
import { APP_ORIGIN } from './appProtocol';

/**
 * Where Chromium's Hunspell downloader is sent instead of Google's servers: our own scheme, whose
 * handler serves only the renderer folder, so the request never leaves the machine.
 *
 * Why this and not "spellcheck off": the spellcheckers the operating system already has do the
 * work wherever they exist. macOS uses its own spellchecker (fr and en when the user has them;
 * both APIs below are no-ops there). Windows uses the Windows spellchecker for each language
 * whose language pack is installed, and falls back to Hunspell, hence to a download, only for
 * the others. Linux has no system spellchecker Chromium can use: there it checks only with
 * `.bdic` dictionaries already in the profile's Dictionaries folder (an administrator may put
 * them there), and otherwise underlines nothing rather than fetch them.
 */
export const SPELLCHECK_DICTIONARY_URL = `${APP_ORIGIN}/no-remote-dictionaries/`;

/**
 * French, then British English (the United Nations' spelling), or the nearest the platform has.
 * Not Chromium's `en-GB-oxendict`: it is one of Chromium's Hunspell dictionaries, which Windows'
 * spellchecker does not provide, so there it would mean a download (refused) instead of a check.
 */
export const SPELLCHECK_PREFERENCES: readonly (readonly string[])[] = [
  ['fr', 'fr-FR'],
  ['en-GB', 'en-US'],
];

/** The first available language of each preference; codes Chromium does not know would throw. */
export function spellcheckLanguages(available: readonly string[]): string[] {
  return SPELLCHECK_PREFERENCES.flatMap((choices) => choices.find((code) => available.includes(code)) ?? []);
}

export function configureSpellcheck(session: Session): void {
  session.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL);
  session.setSpellCheckerLanguages(spellcheckLanguages(session.availableSpellCheckerLanguages));
}
