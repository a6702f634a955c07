import { getDeskHost } from './host';
import { preloadFirstPage } from './precedents/results/preloadFirstPage';

const host = getDeskHost();
// The catalog and the settings are asked for first, before the window's code is fetched: the host
// prepares them while the browser loads and compiles that code, rather than after.
const catalogRequest = host.getCatalog();
// Its failure is shown by the corpus loader, which takes the request over once the window starts.
catalogRequest.catch(() => undefined);
// Without settings the app still works, in the default language; the corpus loader reports a dead host.
const settingsRequest = host.getSettings().catch((error: unknown) => {
  console.warn('Settings could not be read', error);
  return {};
});
// The table's opening page too, as soon as the settings say its language and sort.
const openingPage = settingsRequest.then((settings) => preloadFirstPage(host, settings));
// The window's code is fetched meanwhile (the page names it) but run only once that page is asked
// for: running it holds the thread for a while, and the request would wait behind it.
void settingsRequest
  .then(() => {
    const windowCode = import('./app/startWindow');
    // The window's first number format costs ~45 ms here (the first one loads the locale data,
    // whatever the locale): paid now, while the host answers and the code loads, not in the first render.
    new Intl.NumberFormat().format(0);
    return windowCode;
  })
  .then(({ startWindow }) => startWindow(host, settingsRequest, catalogRequest, openingPage));
