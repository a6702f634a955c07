import { v1ToV2 } from './v1ToV2';
import { v2ToV3 } from './v2ToV3';

/** Turns a draft of version N into version N + 1; pure, never changes its argument. */
export type DraftConverter = (file: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * `DRAFT_CONVERTERS[i]` converts version i + 1 to version i + 2, so the list always has one entry
 * fewer than the current version. A format change adds a version and one converter at the end:
 * every draft ever written then opens through the chain, and its file stays as it is until the
 * next save writes the current version.
 */
export const DRAFT_CONVERTERS: readonly DraftConverter[] = [v1ToV2, v2ToV3];

/** The version that the chain reaches: the one this app writes. */
export const NEWEST_CONVERTIBLE_VERSION = DRAFT_CONVERTERS.length + 1;

/** Applies the converters from `version` on, in order; `version` is a whole number from 1 to the current one. */
export function convertDraftValue(file: Readonly<Record<string, unknown>>, version: number): Record<string, unknown> {
  return DRAFT_CONVERTERS.slice(version - 1).reduce<Record<string, unknown>>((converted, convert) => convert(converted), { ...file });
}
