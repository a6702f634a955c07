import { HostInputError } from '../HostInputError';

/** The library already has this document in this language: the import is refused, nothing is replaced. */
export class DuplicateDocumentError extends HostInputError {}
