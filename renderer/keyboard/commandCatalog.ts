import type { Shortcut } from './shortcut';

/**
 * Every command of the window, with its keys: the one place shortcuts are declared. The palette
 * lists these, in this order, and the keyboard handler reads their keys; each feature binds what a
 * command does (useCommand) where its state lives. Labels are `keyboard:commands.<id>`.
 */
export const COMMAND_CATALOG = [
  { id: 'palette.open', shortcuts: ['Mod+K', 'Mod+Shift+P'] },
  { id: 'precedents.search', shortcuts: [] },
  /** Only from the precedents pane: elsewhere Ctrl+Enter belongs to the control in focus. */
  { id: 'precedents.insert', shortcuts: ['Mod+Enter'], pane: 'precedents' },
  { id: 'check.paragraph', shortcuts: ['Mod+Shift+K'] },
  { id: 'check.draft', shortcuts: [] },
  { id: 'check.text', shortcuts: [] },
  { id: 'draft.export', shortcuts: ['Mod+Shift+E'] },
  { id: 'draft.new', shortcuts: [] },
  { id: 'draft.openWord', shortcuts: [] },
  { id: 'draft.switchLanguage', shortcuts: [] },
  { id: 'draft.share', shortcuts: [] },
  /** The negotiating text's proposals at the selection in the draft (its toolbar shows the keys too). */
  { id: 'negotiation.bracket', shortcuts: ['Alt+Shift+B'], pane: 'draft' },
  { id: 'negotiation.alternative', shortcuts: ['Alt+Shift+A'], pane: 'draft' },
  { id: 'negotiation.deletion', shortcuts: ['Alt+Shift+D'], pane: 'draft' },
  { id: 'negotiation.insertion', shortcuts: ['Alt+Shift+I'], pane: 'draft' },
  { id: 'negotiation.paragraphAlternative', shortcuts: ['Alt+Shift+P'], pane: 'draft' },
  { id: 'library.open', shortcuts: [] },
  { id: 'interface.switchLanguage', shortcuts: [] },
  { id: 'pane.next', shortcuts: ['F6'] },
  { id: 'pane.previous', shortcuts: ['Shift+F6'] },
  { id: 'pane.themes', shortcuts: [] },
  { id: 'pane.precedents', shortcuts: [] },
  { id: 'pane.draft', shortcuts: [] },
] as const satisfies readonly CommandDeclaration[];

export interface CommandDeclaration {
  id: string;
  shortcuts: readonly Shortcut[];
  /** The pane (`data-pane`) the focus must be in for the keys to act; the palette runs the command anywhere. */
  pane?: string;
}

export type CommandId = (typeof COMMAND_CATALOG)[number]['id'];

export const commandLabelKey = (id: CommandId) => `keyboard:commands.${id}` as const;

export function declarationOf(id: CommandId): CommandDeclaration {
  return COMMAND_CATALOG.find((command) => command.id === id)!;
}
