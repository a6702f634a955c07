import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PrecedentCatalog } from '../../shared/query/PrecedentCatalog';
import type { DeskHost, DeskSettings } from '../../shared/host/DeskHost';
import { App } from '../App';
import { initialInterfaceLanguage } from '../i18n/interfaceLanguage';
import { preloadFirstPage } from '../precedents/results/preloadFirstPage';
import { setupI18n } from '../i18n/setupI18n';
import { SettingsContext } from './settings/SettingsContext';
import { createSettingsStore } from './settings/settingsStore';
// Last, as it always was: the base styles come after the features' in the cascade.
import '../styles/base.css';

/** Renders the window once its settings are in, with the catalog request main.ts already sent. */
export async function startWindow(host: DeskHost, settingsRequest: Promise<DeskSettings>, catalogRequest: Promise<PrecedentCatalog>): Promise<void> {
  const settings = await settingsRequest;
  preloadFirstPage(host, settings);
  await setupI18n(initialInterfaceLanguage(settings, navigator.languages));
  const store = createSettingsStore(host, settings);
  window.addEventListener('pagehide', () => void store.flush());

  const container = document.getElementById('root');
  if (!container) throw new Error('renderer/index.html must contain <div id="root">.');
  createRoot(container).render(
    <StrictMode>
      <SettingsContext value={store}>
        <App host={host} catalogRequest={catalogRequest} />
      </SettingsContext>
    </StrictMode>,
  );
}
