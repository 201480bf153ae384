import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MissingSecret } from './app/MissingSecret';
import { hasPreloadApi, installBrowserApi, takeBrowserSecret } from './app/transport';
import { AuthGate } from './features/auth/AuthGate';
import { LocaleProvider } from './i18n/LocaleProvider';

function start(): void {
  const root = document.getElementById('root');
  if (!root) return;
  let connected = hasPreloadApi();
  if (!connected) {
    const secret = takeBrowserSecret();
    if (secret) {
      installBrowserApi(secret);
      connected = true;
    }
  }
  createRoot(root).render(
    <StrictMode>
      <LocaleProvider>{connected ? <AuthGate /> : <MissingSecret />}</LocaleProvider>
    </StrictMode>,
  );
}

start();
