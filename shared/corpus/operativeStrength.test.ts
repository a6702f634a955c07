import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from './corpusIndex';
import { detectAddressees, detectStrengths, findOperativeMarkers } from './operativeStrength';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

/** French text of a compendium paragraph, read from the real corpus. */
function text(ref: string): string {
  const found = index.byCompendiumRef.get(ref)?.text.fr;
  if (!found) throw new Error(`No French text for ${ref}`);
  return found;
}

describe('detectStrengths on the real French texts', () => {
  it('keeps every operative verb of a paragraph, strongest first (I.22: "voudront peut-être" then "devraient")', () => {
    const i22 = text('A:I.22');
    expect(findOperativeMarkers(i22, 'fr').map((marker) => marker.phrase)).toEqual(['voudront peut-être', 'devraient']);
    expect(detectStrengths(i22, 'fr')).toEqual(['should', 'may']);
  });

  it('reads each level of the scale', () => {
    expect(detectStrengths(text('A:III.2'), 'fr')).toEqual(['decides']); // "Les États doivent traiter"
    expect(detectStrengths(text('B:I.a'), 'fr')).toEqual(['decides']); // "Décide de s'acquitter"
    expect(detectStrengths(text('B:VI.9'), 'fr')).toEqual(['urges']); // "Prie aussi instamment"
    expect(detectStrengths(text('B:III.b'), 'fr')).toEqual(['urges']); // "Exhorte"
    expect(detectStrengths(text('B:II.g'), 'fr')).toEqual(['urges']); // "A engagé vivement"
    expect(detectStrengths(text('B:IV.i'), 'fr')).toEqual(['urges']); // "A demandé instamment"
    expect(detectStrengths(text('B:V.21'), 'fr')).toEqual(['requests']); // "Prie le Secrétariat"
    expect(detectStrengths(text('A:VI.22'), 'fr')).toEqual(['requests']); // "sont invités à"
    expect(detectStrengths(text('A:VI.7'), 'fr')).toEqual(['should']); // "devraient"
    expect(detectStrengths(text('A:VI.8'), 'fr')).toEqual(['encourages']); // "sont encouragés à"
    expect(detectStrengths(text('A:I.21'), 'fr')).toEqual(['may']); // "voudront peut-être"
    expect(detectStrengths(text('A:II.20'), 'fr')).toEqual(['may', 'notes']); // "Reconnaissant…, souhaiteront peut-être"
    expect(detectStrengths(text('A:II.18'), 'fr')).toEqual(['may']); // "pourraient envisager"
    expect(detectStrengths(text('B:V.10'), 'fr')).toEqual(['requests', 'notes']); // "Note … et invite les États"
  });

  it('does not take non-operative uses for operative verbs', () => {
    // "engagent des poursuites" (bring proceedings) is no request; the paragraph's verb is "devraient".
    expect(detectStrengths(text('A:I.13'), 'fr')).toEqual(['should']);
    // "sur demande" is a noun, the verb is "Encourage".
    expect(detectStrengths(text('B:VI.4'), 'fr')).toEqual(['encourages']);
    // "les preuves réunies doivent répondre…" and "en gardant à l'esprit" sit in a subordinate clause.
    expect(detectStrengths(text('A:II.24'), 'fr')).toEqual(['encourages']);
    // "les droits des migrants doivent être protégés" is what the Conference recalls, not an obligation it sets.
    expect(detectStrengths(text('B:V.2'), 'fr')).toEqual(['notes']);
  });

  it('ranks a leading participle below the operative verb that follows it', () => {
    expect(detectStrengths(text('A:IV.12'), 'fr')).toEqual(['should', 'notes']); // "Gardant à l'esprit…, devraient"
  });
});

describe('detectAddressees on the real French texts', () => {
  it('finds the subject of a modal and the object of an active verb', () => {
    expect(detectAddressees(text('A:I.22'), 'fr')).toEqual(['states-parties']);
    expect(detectAddressees(text('A:III.2'), 'fr')).toEqual(['states']);
    expect(detectAddressees(text('A:II.3'), 'fr')).toEqual(['secretariat']); // "a prié le Secrétariat"
    expect(detectAddressees(text('A:V.5'), 'fr')).toEqual(['conference']); // "a recommandé à la Conférence des Parties"
    expect(detectAddressees(text('A:I.53'), 'fr')).toEqual(['working-group']); // "Le Groupe de travail voudra peut-être"
    expect(detectAddressees(text('B:VI.5'), 'fr')).toEqual(['secretariat']); // "Prie l'Office des Nations Unies contre la drogue et le crime"
  });

  it('keeps coordinated addressees', () => {
    expect(detectAddressees(text('B:V.24'), 'fr')).toEqual(['states', 'other']); // "les États Membres et les autres donateurs"
    expect(detectAddressees(text('A:II.4'), 'fr')).toEqual(['states-parties', 'secretariat']); // "les États parties et l'ONUDC devraient"
  });
});

describe('English wording (no English corpus yet, so sentences of the English resolutions)', () => {
  it('reads the English scale and its addressees', () => {
    const i22 =
      'States parties may wish to consider involving their diplomatic and consular representations abroad. In cases of detention, States parties should pay particular attention to their obligations under the Vienna Convention on Consular Relations.';
    expect(detectStrengths(i22, 'en')).toEqual(['should', 'may']);
    expect(detectAddressees(i22, 'en')).toEqual(['states-parties']);
    expect(detectStrengths('Urges States parties to strengthen the security of their travel and identity documents;', 'en')).toEqual(['urges']);
    expect(detectAddressees('Requests the Secretariat to continue to assist the Working Group in carrying out its functions;', 'en')).toEqual(['secretariat']);
    expect(detectStrengths('States parties are encouraged to share information on best practices.', 'en')).toEqual(['encourages']);
    expect(detectStrengths('Decides that the Working Group shall continue to perform its functions;', 'en')).toEqual(['decides']);
    expect(detectStrengths('Welcomes the report of the meeting of the Working Group;', 'en')).toEqual(['notes']);
  });

  it('does not read the noun "requests" as a request', () => {
    expect(detectStrengths('States should respond promptly to requests for mutual legal assistance.', 'en')).toEqual(['should']);
  });
});
