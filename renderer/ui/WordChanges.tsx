import { diffWords } from '../../shared/draft/diffWords';

interface WordChangesProps {
  before: string;
  after: string;
  lang: string;
  label: string;
  className: string;
}

/** `after` word by word against `before`: added words in <ins>, removed ones in <del>, as Word marks tracked changes. */
export function WordChanges({ before, after, lang, label, className }: WordChangesProps) {
  return (
    <p className={className} lang={lang} aria-label={label}>
      {diffWords(before, after).map((change, i) =>
        change.kind === 'same' ? <span key={i}>{change.text}</span> : change.kind === 'added' ? <ins key={i}>{change.text}</ins> : <del key={i}>{change.text}</del>,
      )}
    </p>
  );
}
