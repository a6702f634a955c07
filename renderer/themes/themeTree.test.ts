import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../../shared/corpus/corpusIndex';
import { filterThemeTree, themeTree, type ThemeNode } from './themeTree';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

const count = (nodes: readonly ThemeNode[]): number => nodes.reduce((sum, node) => sum + 1 + count(node.children), 0);

describe('themeTree', () => {
  it('holds every theme of the index once, sub-themes under their group', () => {
    const tree = themeTree(index.corpus.themes);
    expect(count(tree)).toBe(index.corpus.themes.length);
    const children = tree.find((node) => node.theme.label.fr === 'Enfants')?.children.map((node) => node.theme.label.fr);
    expect(children).toContain('Enfants (protection)');
    expect(children).toContain('Enfants (non accompagnés/séparés)');
  });

  it('filters by either language, ignoring case and accents, keeping the way down to each match', () => {
    const tree = themeTree(index.corpus.themes);
    const found = filterThemeTree(tree, 'PROTECTION', 'fr');
    const enfants = found.find((node) => node.theme.label.fr === 'Enfants');
    expect(enfants?.children.map((node) => node.theme.label.fr)).toEqual(['Enfants (protection)']);
    expect(filterThemeTree(tree, 'frontieres', 'fr').map((node) => node.theme.label.fr)).toContain('Contrôle et gestion des frontières');
    expect(filterThemeTree(tree, 'border control', 'fr').map((node) => node.theme.label.fr)).toContain('Contrôle et gestion des frontières');
    expect(filterThemeTree(tree, 'zzzz', 'en')).toEqual([]);
  });
});
