import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/providers';
import { App } from './app/app';
import { changeLanguage, createI18n } from './lib/i18n';
import { createQueryClient } from './lib/query-client';
import { useUiStore } from './lib/ui-store';
import './app/styles.css';

async function start() {
  const queryClient = createQueryClient();
  const i18n = createI18n();
  const language = useUiStore.getState().language;
  if (language !== 'zh') await changeLanguage(i18n, language);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <Providers queryClient={queryClient} i18n={i18n}>
        <App />
      </Providers>
    </StrictMode>,
  );
}

void start();
