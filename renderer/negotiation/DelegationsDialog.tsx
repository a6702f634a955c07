import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Delegation, LabelPrefixes, NegotiationSetup } from '../../shared/negotiation/model';
import { $projectDraftContent } from '../editor/projectDraftContent';
import { updateSetupFromOutside } from './negotiationCommands';

/**
 * The draft's delegations (label and name) and its label prefixes, edited in place: each change is
 * part of the draft at once, and undone with Ctrl+Z like any edit. A delegation that sponsors a
 * proposal cannot be removed, so no proposal loses its author.
 */
export function DelegationsDialog({ setup, onClose }: { setup: NegotiationSetup; onClose(): void }) {
  const { t } = useTranslation('negotiation');
  const [editor] = useLexicalComposerContext();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [problem, setProblem] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const change = (next: (current: NegotiationSetup) => NegotiationSetup) => updateSetupFromOutside(editor, next);
  const setDelegation = (id: string, fields: Partial<Delegation>) =>
    change((current) => ({ ...current, delegations: current.delegations.map((d) => (d.id === id ? { ...d, ...fields } : d)) }));
  const setPrefix = (section: keyof LabelPrefixes, value: string) => change((current) => ({ ...current, prefixes: { ...current.prefixes, [section]: value } }));
  const add = () =>
    change((current) => ({ ...current, delegations: [...current.delegations, { id: `d-${crypto.randomUUID().slice(0, 8)}`, label: '', name: '' }] }));
  const remove = (delegation: Delegation) => {
    const content = editor.getEditorState().read($projectDraftContent);
    const sponsors = [
      ...Object.values(content.negotiation?.marks ?? {}).flatMap((mark) => mark.sponsors),
      ...[...content.preamble, ...content.operative].flatMap((p) => p.negotiation?.alternative?.sponsors ?? []),
    ];
    if (sponsors.includes(delegation.id)) {
      setProblem(t('delegations.inUse', { label: delegation.label }));
      return;
    }
    setProblem('');
    change((current) => ({ ...current, delegations: current.delegations.filter((d) => d.id !== delegation.id) }));
  };

  return createPortal(
    <dialog ref={dialog} className="negotiation-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('delegations.title')}</h2>
      <p>{t('delegations.intro')}</p>
      {setup.delegations.length === 0 && <p>{t('delegations.empty')}</p>}
      <ul className="negotiation-dialog__delegations">
        {setup.delegations.map((delegation) => (
          <li key={delegation.id}>
            <label>
              <span>{t('delegations.label')}</span>
              <input value={delegation.label} maxLength={30} onChange={(event) => setDelegation(delegation.id, { label: event.target.value })} />
            </label>
            <label>
              <span>{t('delegations.name')}</span>
              <input value={delegation.name} maxLength={120} onChange={(event) => setDelegation(delegation.id, { name: event.target.value })} />
            </label>
            <button type="button" onClick={() => remove(delegation)}>
              {t('delegations.remove', { label: delegation.label || delegation.name })}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={add}>
        {t('delegations.add')}
      </button>
      <p role="alert">{problem}</p>
      <fieldset>
        <legend>{t('delegations.prefixes')}</legend>
        {(['preamble', 'operative'] as const).map((section) => (
          <label key={section}>
            <span>{t(`delegations.${section}`)}</span>
            <input value={setup.prefixes[section]} maxLength={10} onChange={(event) => setPrefix(section, event.target.value)} />
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => dialog.current?.close()}>
        {t('delegations.close')}
      </button>
    </dialog>,
    document.body,
  );
}
