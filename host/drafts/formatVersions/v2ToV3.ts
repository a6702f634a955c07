/**
 * Version 3 added the negotiating text: `rounds` (the reading snapshots, none yet) and optional
 * negotiation fields in the content. A version 2 draft was never negotiated: it gets no rounds, and
 * its content is already valid version 3 content.
 */
export function v2ToV3(file: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { format, version: _version, ...fields } = file;
  return { format, version: 3, ...fields, rounds: [] };
}
