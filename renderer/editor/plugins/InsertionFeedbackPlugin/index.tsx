import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { PrecedentNode } from '../../nodes/PrecedentNode';

/** The update tag of an insertion from the precedent table (dragged or from the keyboard). */
export const PRECEDENT_INSERTED_TAG = 'precedent-inserted';
const FLASH_CLASS = 'draft-precedent--inserted';
const FLASH_MS = 1600;

/**
 * Shows where inserted agreed language landed: the first new piece is scrolled into view and
 * flashes, and the insertion is announced to screen readers (the focus stays in the table when the
 * delegate inserts from the keyboard, so nothing else would say it happened).
 */
export function InsertionFeedbackPlugin() {
  const { t } = useTranslation('draft');
  const [editor] = useLexicalComposerContext();
  const [announcement, setAnnouncement] = useState('');

  useEffect(
    () =>
      editor.registerMutationListener(
        PrecedentNode,
        (mutations, { updateTags }) => {
          if (!updateTags.has(PRECEDENT_INSERTED_TAG)) return;
          const inserted = [...mutations].filter(([, mutation]) => mutation === 'created').map(([key]) => editor.getElementByKey(key));
          const elements = inserted.filter((element): element is HTMLElement => element !== null);
          if (elements.length === 0) return;
          elements[0]!.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
          for (const element of elements) {
            element.classList.add(FLASH_CLASS);
            setTimeout(() => element.classList.remove(FLASH_CLASS), FLASH_MS);
          }
          setAnnouncement(t('editor.inserted', { count: elements.length }));
        },
        { skipInitialization: true },
      ),
    [editor, t],
  );

  return (
    <p className="visually-hidden" role="status">
      {announcement}
    </p>
  );
}
