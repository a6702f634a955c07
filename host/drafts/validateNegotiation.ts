import { PARAGRAPH_STATUSES } from '../../shared/negotiation/model';
import { isOneOf, isRecord, isStringList, type Check } from './valueChecks';

const MARK_KINDS = ['bracket', 'deletion', 'insertion', 'alternative'] as const;

/** `content.negotiation`: delegations, label prefixes, proposals and the delegate's positions (FORMAT.md). */
export function checkNegotiationSetup(setup: unknown, path: string, check: Check): void {
  if (!isRecord(setup)) return check(false, path, setup, 'an object');
  if (!Array.isArray(setup.delegations)) check(false, `${path}.delegations`, setup.delegations, 'a list of delegations');
  else
    setup.delegations.forEach((delegation: unknown, index) => {
      const at = `${path}.delegations[${index}]`;
      if (!isRecord(delegation)) return check(false, at, delegation, 'a delegation object');
      for (const key of ['id', 'label', 'name'] as const) check(typeof delegation[key] === 'string', `${at}.${key}`, delegation[key], 'a string');
    });
  const prefixes = setup.prefixes;
  if (!isRecord(prefixes)) check(false, `${path}.prefixes`, prefixes, 'an object with "preamble" and "operative"');
  else for (const key of ['preamble', 'operative'] as const) check(typeof prefixes[key] === 'string', `${path}.prefixes.${key}`, prefixes[key], 'a string');
  if (!isRecord(setup.marks)) check(false, `${path}.marks`, setup.marks, 'an object of marks by id');
  else for (const [id, mark] of Object.entries(setup.marks)) checkMark(mark, `${path}.marks.${id}`, check);
  checkChoices(setup.choices, `${path}.choices`, check);
}

function checkMark(mark: unknown, path: string, check: Check): void {
  if (!isRecord(mark)) return check(false, path, mark, 'a mark object');
  check(isOneOf(mark.kind, MARK_KINDS), `${path}.kind`, mark.kind, MARK_KINDS.map((kind) => `"${kind}"`).join(', '));
  check(isStringList(mark.sponsors), `${path}.sponsors`, mark.sponsors, 'a list of delegation ids');
  check(mark.note === undefined || typeof mark.note === 'string', `${path}.note`, mark.note, 'a string');
  if (mark.kind === 'alternative') {
    check(typeof mark.group === 'string', `${path}.group`, mark.group, 'a string');
    check(isCount(mark.index), `${path}.index`, mark.index, 'a whole number from 1');
  }
}

function checkChoices(choices: unknown, path: string, check: Check): void {
  if (!isRecord(choices)) return check(false, path, choices, 'an object with "marks" and "alternatives"');
  if (!isRecord(choices.marks)) check(false, `${path}.marks`, choices.marks, 'an object');
  else for (const [id, choice] of Object.entries(choices.marks)) check(isOneOf(choice, ['keep', 'remove']), `${path}.marks.${id}`, choice, '"keep" or "remove"');
  if (!isRecord(choices.alternatives)) check(false, `${path}.alternatives`, choices.alternatives, 'an object');
  else for (const [id, index] of Object.entries(choices.alternatives)) check(isCount(index), `${path}.alternatives.${id}`, index, 'a whole number from 1');
}

/** `content.*[i].negotiation`: label, alternative and status of one paragraph. */
export function checkParagraphNegotiation(value: unknown, path: string, check: Check): void {
  if (!isRecord(value)) return check(false, path, value, 'an object');
  const { label, alternative, status } = value;
  if (label !== undefined) {
    if (!isRecord(label)) check(false, `${path}.label`, label, 'an object with "number" and "addendum"');
    else {
      check(isCount(label.number) || label.number === 0, `${path}.label.number`, label.number, 'a whole number from 0');
      check(isCount(label.addendum) || label.addendum === 0, `${path}.label.addendum`, label.addendum, 'a whole number from 0');
    }
  }
  if (alternative !== undefined) {
    if (!isRecord(alternative)) check(false, `${path}.alternative`, alternative, 'an object with "index" and "sponsors"');
    else {
      check(isCount(alternative.index), `${path}.alternative.index`, alternative.index, 'a whole number from 1');
      check(isStringList(alternative.sponsors), `${path}.alternative.sponsors`, alternative.sponsors, 'a list of delegation ids');
    }
  }
  if (status !== undefined) {
    if (!isRecord(status)) return check(false, `${path}.status`, status, 'an object with "value" and "changedOn"');
    check(isOneOf(status.value, PARAGRAPH_STATUSES), `${path}.status.value`, status.value, PARAGRAPH_STATUSES.map((s) => `"${s}"`).join(', '));
    check(typeof status.changedOn === 'string', `${path}.status.changedOn`, status.changedOn, 'a date string');
    check(status.round === undefined || typeof status.round === 'string', `${path}.status.round`, status.round, 'a string');
  }
}

function isCount(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 1;
}
