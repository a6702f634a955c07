import JSZip from 'jszip';
import { MARKER_PREFIX, type ProvenanceEntry } from './ProvenanceCollector';
import { formatProvenanceTag } from './provenanceTag';
import { SOURCES_PART, sourcesXml } from './sourcesPart';
import { escapeXml } from './xmlText';

const ITEM_PROPS_PART = 'customXml/itemProps1.xml';
const ITEM_RELS_PART = 'customXml/_rels/item1.xml.rels';
const CUSTOM_XML_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
// A fixed store item id, so an export's bytes depend only on the draft.
const STORE_ITEM_ID = '{6F1C4E52-9A3B-4D0E-8C7A-2B5D9E1F3A70}';

function controlStart(entry: ProvenanceEntry, id: number): string {
  // Not locked: the delegate edits the text and may remove the control, as with any other.
  return `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(entry.citation)}"/><w:tag w:val="${escapeXml(formatProvenanceTag(entry))}"/><w:id w:val="${id}"/></w:sdtPr><w:sdtContent>`;
}

/**
 * The docx library writes each precedent and its citation between bookmarks (renderRuns); they
 * become inline content controls here, and the sources are listed in a custom XML part. The
 * document looks the same: a rich-text control has no look of its own until Word's cursor enters it.
 */
export async function addProvenanceControls(bytes: Uint8Array, entries: readonly ProvenanceEntry[]): Promise<Uint8Array> {
  if (entries.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const byMarker = new Map(entries.map((entry) => [entry.marker, entry]));
  const document = await zip.file('word/document.xml')!.async('string');
  // Fixed dates keep an export's bytes the same from one run to the next.
  const options = { date: new Date(Date.UTC(1980, 0, 1)) };
  const openIds = new Map<string, number>();
  let controls = 0;
  const wrapped = document
    .replace(/<w:bookmarkStart w:name="([^"]+)" w:id="(\d+)"\/>/g, (whole, name: string, id: string) => {
      const entry = name.startsWith(MARKER_PREFIX) ? byMarker.get(name) : undefined;
      if (!entry) return whole;
      controls += 1;
      openIds.set(id, controls);
      return controlStart(entry, 1000 + controls);
    })
    .replace(/<w:bookmarkEnd w:id="(\d+)"\/>/g, (whole, id: string) => (openIds.has(id) ? '</w:sdtContent></w:sdt>' : whole));
  zip.file('word/document.xml', wrapped, options);
  zip.file(SOURCES_PART, sourcesXml(entries), options);
  zip.file(
    ITEM_PROPS_PART,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${STORE_ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    options,
  );
  zip.file(
    ITEM_RELS_PART,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
    options,
  );
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', `<Relationship Id="rIdPdSources" Type="${CUSTOM_XML_RELATIONSHIP}" Target="../${SOURCES_PART}"/></Relationships>`), options);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace('</Types>', `<Override ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml" PartName="/${ITEM_PROPS_PART}"/></Types>`),
    options,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
