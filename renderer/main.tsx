// The app's first reads leave before the rest of it has loaded (see boot.ts).
import './boot';

await import('./start');
