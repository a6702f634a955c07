import type { EditorThemeClasses } from 'lexical';

export const draftTheme: EditorThemeClasses = {
  draftSection: 'draft-section',
  paragraph: 'draft-paragraph',
  heading: { h2: 'draft-heading draft-heading--h2', h3: 'draft-heading draft-heading--h3' },
  list: {
    ol: 'draft-list draft-list--ol',
    ul: 'draft-list draft-list--ul',
    listitem: 'draft-list__item',
    nested: { listitem: 'draft-list__item--nested' },
  },
  text: { bold: 'draft-text--bold', italic: 'draft-text--italic', underline: 'draft-text--underline' },
  precedent: 'draft-precedent',
  citation: 'draft-citation-host',
};
