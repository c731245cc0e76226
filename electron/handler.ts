import type { ChannelName, Output, ParsedInput } from '../shared/ipc/contract';
import type { AppContext } from './context';

export type Handler<C extends ChannelName> = (input: ParsedInput<C>, ctx: AppContext) => Promise<Output<C>> | Output<C>;

/** A feature's handler map: exactly its own channels, each typed from the contract. */
export type Handlers<N extends ChannelName> = { [C in N]: Handler<C> };
