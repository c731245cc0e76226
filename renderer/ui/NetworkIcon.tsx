import type { Network } from '../../shared/domain/networks';
import { networkPaths } from './networkIcons';

/** A network's mark in the current text colour, sized to the text; decorative (the network is named beside it or in the item's name). */
export function NetworkIcon({ network }: { network: string }) {
  const d = networkPaths[network as Network] ?? networkPaths.other;
  return (
    <svg className="icon net-icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false" data-network={network}>
      <path d={d} fill="currentColor" />
    </svg>
  );
}
