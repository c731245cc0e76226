// Every page's styles load with the app, in the order they always had: some are drawn on other pages
// too (a photo's thumbnail on a calendar item), and a page whose code loads later must not restyle the rest.
import './features/accounts/accounts.css';
import './features/strategy/strategy.css';
import './features/audits/audits.css';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './features/calendar/calendar.css';
import './features/exports/exports.css';
import './features/media/media.css';
import './features/playbooks/playbooks.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startReads } from './boot';
import { initI18n } from './i18n';
import './styles.css';

/** How long the first render waits for the start's reads before drawing without them. */
const READS_WAIT_MS = 300;

// Not awaited at the top: English loads as a chunk that imports this one, which must have finished evaluating first.
void Promise.all([initI18n(), Promise.race([startReads, new Promise((resolve) => setTimeout(resolve, READS_WAIT_MS))])]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
