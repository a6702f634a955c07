import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PrecedentCatalog } from '../../shared/query/PrecedentCatalog';
import type { DeskHost, DeskSettings } from '../../shared/host/DeskHost';
import { App } from '../App';
import { initialInterfaceLanguage } from '../i18n/interfaceLanguage';
import { setupI18n } from '../i18n/setupI18n';
import { rememberOpeningSettings } from '../precedents/results/preloadFirstPage';
import { SettingsContext } from './settings/SettingsContext';
import { createSettingsStore } from './settings/settingsStore';
import { markStartup } from './startupMarks';
// Last, as it always was: the base styles come after the features' in the cascade.
import '../styles/base.css';

const OPENING_PAGE_WAIT_MS = 250;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Renders the window once its settings are in, with the requests main.ts already sent. */
export async function startWindow(host: DeskHost, settingsRequest: Promise<DeskSettings>, catalogRequest: Promise<PrecedentCatalog>, openingPage: Promise<void>): Promise<void> {
  const settings = await settingsRequest;
  let catalog: PrecedentCatalog | undefined;
  const catalogIn = catalogRequest.then(
    (answer) => void (catalog = answer),
    () => undefined,
  );
  // A moment's wait for the catalog and the opening rows renders the window once with them, not once
  // without and again with them; a host slower than that (a library being rebuilt) does not hold the
  // window back.
  await Promise.all([setupI18n(initialInterfaceLanguage(settings, navigator.languages)), Promise.race([Promise.all([openingPage, catalogIn]), delay(OPENING_PAGE_WAIT_MS)])]);
  const store = createSettingsStore(host, settings);
  window.addEventListener('pagehide', () => {
    rememberOpeningSettings(window, store.get);
    void store.flush();
  });

  const container = document.getElementById('root');
  if (!container) throw new Error('renderer/index.html must contain <div id="root">.');
  markStartup('renderStarted');
  createRoot(container).render(
    <StrictMode>
      <SettingsContext value={store}>
        <App host={host} catalogRequest={catalogRequest} catalog={catalog} />
      </SettingsContext>
    </StrictMode>,
  );
}
