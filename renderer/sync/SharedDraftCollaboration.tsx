import { useCallback, useEffect, useRef, useState } from 'react';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Provider } from '@lexical/yjs';
import { $getRoot } from 'lexical';
import * as Y from 'yjs';
import { encodeBase64 } from '../../shared/export/docxFile';
import type { DeskHost } from '../../shared/host/DeskHost';
import type { DraftSharing } from '../../shared/sync/draftSharing';
import { DraftStructurePlugin } from '../editor/plugins/DraftStructurePlugin';
import { keepRemoteTextApart } from '../editor/keepRemoteTextApart';
import { registerRemoteChangeRepair } from '../editor/remoteChangeRepair';
import { colorOfName } from './colorOfName';
import { SharedDraftProvider } from './SharedDraftProvider';

interface Props {
  host: DeskHost;
  draftId: string;
  sharing: DraftSharing;
  localState: Uint8Array | null;
  /** The draft file's editor state: what a desk that shared the draft seeds the shared state with. */
  initialState: string;
  userName: string;
  onProvider: (provider: SharedDraftProvider | null) => void;
}

/**
 * Binds the draft's editor to its shared Yjs document (Lexical's CollaborationPlugin, which also
 * brings the per-user undo of Yjs and the others' carets). The draft's rules start once the
 * document has content: run on an empty editor they would write a second, empty structure into
 * the shared document before the real one arrives.
 */
export function SharedDraftCollaboration({ host, draftId, sharing, localState, initialState, userName, onProvider }: Props) {
  keepRemoteTextApart();
  const [editor] = useLexicalComposerContext();
  const [ready, setReady] = useState(false);
  const providerRef = useRef<SharedDraftProvider | null>(null);

  const providerFactory = useCallback(
    (id: string, docMap: Map<string, Y.Doc>): Provider => {
      const doc = new Y.Doc();
      docMap.set(id, doc);
      const provider = new SharedDraftProvider(doc, sharing.invitation, localState, (update) =>
        host.saveSharedDraftState({ id: draftId, base64: encodeBase64(update) }),
      );
      providerRef.current = provider;
      onProvider(provider);
      return provider;
    },
    // One provider per mounted editor: the editor is remounted for another draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  useEffect(
    () => () => {
      onProvider(null);
      void providerRef.current?.destroy();
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  useEffect(() => {
    editor.setEditable(ready);
    if (ready) return registerRemoteChangeRepair(editor);
    const hasContent = () => !editor.getEditorState().read(() => $getRoot().isEmpty());
    if (hasContent()) setReady(true);
    return editor.registerUpdateListener(() => {
      if (hasContent()) setReady(true);
    });
  }, [editor, ready]);

  return (
    <LexicalCollaboration>
      <CollaborationPlugin
        id={`draft-${draftId}`}
        providerFactory={providerFactory}
        shouldBootstrap={sharing.seedFromDraft && localState === null}
        initialEditorState={initialState}
        username={userName}
        cursorColor={colorOfName(userName)}
      />
      {ready && <DraftStructurePlugin />}
    </LexicalCollaboration>
  );
}
