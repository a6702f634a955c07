/**
 * The Word builders (docx, JSZip, the XML reader) weigh more than the rest of the window: they are
 * fetched on the first export rather than parsed before the first precedent shows.
 */
export const loadSaveRequests = () => import('../../shared/export/saveRequests');
