import { markStartup } from './app/startupMarks';
import { getDeskHost } from './host';
import { preloadFirstPage, rememberedOpeningSettings } from './precedents/results/preloadFirstPage';

const host = getDeskHost();
// The catalog, the settings and the table's opening page are asked for first: the host prepares
// them while the browser fetches and runs the window's code, rather than after.
const catalogRequest = host.getCatalog();
// Its failure is shown by the corpus loader, which takes the request over once the window starts.
catalogRequest.catch(() => undefined);
// Without settings the app still works, in the default language; the corpus loader reports a dead host.
const settingsRequest = host.getSettings().then(
  (settings) => {
    markStartup('settingsIn');
    return settings;
  },
  (error: unknown) => {
    console.warn('Settings could not be read', error);
    return {};
  },
);
// The opening page cannot wait for the settings: their answer is read only once the window's code
// has run. It is asked with the settings this window last closed with.
const openingPage = preloadFirstPage(host, rememberedOpeningSettings(window));
markStartup('hostAsked');
const windowCode = import('./app/startWindow');
void windowCode.then(({ startWindow }) => {
  markStartup('windowCodeRun');
  return startWindow(host, settingsRequest, catalogRequest, openingPage);
});
