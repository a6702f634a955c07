/**
 * Version 2 added `revision`, the count of saves a save is checked against. A version 1 file is
 * the draft as last saved, so it becomes revision 1; nothing else changes.
 */
export function v1ToV2(file: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { format, version: _version, ...fields } = file;
  return { format, version: 2, revision: 1, ...fields };
}
