import type { WordFileRefused } from '../../../shared/host/DeskHost';
import { ImportError } from '../../../shared/import/ImportError';

/** A Word file the host could not read, as the import error the window words. */
export function wordFileRefusal(outcome: WordFileRefused): ImportError {
  return new ImportError(outcome.refused.code, outcome.refused.code, outcome.refused.detail);
}
