import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { SettingsContext } from './app/settings/SettingsContext';
import { createSettingsStore } from './app/settings/settingsStore';
import { getDeskHost } from './host';
import { initialInterfaceLanguage } from './i18n/interfaceLanguage';
import { setupI18n } from './i18n/setupI18n';
import './styles/base.css';

async function start(): Promise<void> {
  const host = getDeskHost();
  // Without settings the app still works, in the default language; the corpus loader reports a dead host.
  const settings = await host.getSettings().catch((error: unknown) => {
    console.warn('Settings could not be read', error);
    return {};
  });
  await setupI18n(initialInterfaceLanguage(settings, navigator.languages));
  const store = createSettingsStore(host, settings);
  window.addEventListener('pagehide', () => void store.flush());

  const container = document.getElementById('root');
  if (!container) throw new Error('renderer/index.html must contain <div id="root">.');
  createRoot(container).render(
    <StrictMode>
      <SettingsContext value={store}>
        <App host={host} />
      </SettingsContext>
    </StrictMode>,
  );
}

void start();
