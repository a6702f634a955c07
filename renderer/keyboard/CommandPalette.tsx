import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { commandLabelKey, type CommandId } from './commandCatalog';
import type { CommandRegistry } from './CommandRegistry';
import { filterCommands } from './filterCommands';
import { isMac, shortcutLabel } from './shortcut';
import './commandPalette.css';

interface Props {
  registry: CommandRegistry;
  /** The chosen command, or null when the palette was dismissed; called after the dialog closed. */
  onDone: (id: CommandId | null) => void;
}

/** Every command that can run now, with its keys, filtered by typing: a combobox over a listbox, as VS Code's "Show All Commands". */
export function CommandPalette({ registry, onDone }: Props) {
  const { t } = useTranslation('keyboard');
  const dialog = useRef<HTMLDialogElement>(null);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const bindings = useSyncExternalStore(registry.subscribe, registry.snapshot);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const mac = isMac();

  const entries = useMemo(
    () =>
      registry
        .available()
        .filter((command) => command.id !== 'palette.open')
        .map((command) => ({
          id: command.id as CommandId,
          label: t(commandLabelKey(command.id as CommandId)),
          keys: command.shortcuts.map((shortcut) => shortcutLabel(shortcut, mac)).join(', '),
        })),
    // `bindings` changes whenever a command is bound or unbound.
    [registry, bindings, t, mac],
  );
  const shown = filterCommands(entries, query);
  const activeIndex = Math.min(active, shown.length - 1);
  const optionId = (id: CommandId) => `${baseId}-${id.replace('.', '-')}`;

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    const activeOption = shown[activeIndex];
    if (activeOption) document.getElementById(optionId(activeOption.id))?.scrollIntoView({ block: 'nearest' });
  });

  const finish = (id: CommandId | null) => {
    dialog.current?.close();
    onDone(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Home and End stay the text box's own, to move in what was typed.
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(activeIndex + step, shown.length - 1)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = shown[activeIndex];
      if (chosen) finish(chosen.id);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="command-palette"
      aria-label={t('palette.title')}
      onCancel={(event) => {
        event.preventDefault();
        finish(null);
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog itself, outside its content) dismisses it.
        if (event.target === event.currentTarget) finish(null);
      }}
    >
      <input
        className="input command-palette__input"
        type="text"
        role="combobox"
        aria-label={t('palette.input')}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown[activeIndex] ? optionId(shown[activeIndex].id) : undefined}
        placeholder={t('palette.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      <ul id={listId} role="listbox" aria-label={t('palette.list')} className="command-palette__list">
        {shown.map((entry, index) => (
          <li
            key={entry.id}
            id={optionId(entry.id)}
            role="option"
            aria-selected={index === activeIndex}
            className="command-palette__option"
            onClick={() => finish(entry.id)}
            onMouseMove={() => setActive(index)}
          >
            <span>{entry.label}</span>
            {entry.keys && <kbd className="command-palette__keys">{entry.keys}</kbd>}
          </li>
        ))}
      </ul>
      <p className="command-palette__count" role="status">
        {shown.length === 0 ? t('palette.none') : t('palette.count', { count: shown.length })}
      </p>
    </dialog>
  );
}
