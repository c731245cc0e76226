import type { z } from 'zod';

/** A channel declares what it takes and what it gives back; types are inferred, never written twice. */
export interface Channel {
  input: z.ZodType;
  output: z.ZodType;
}

export type ChannelMap = Record<string, Channel>;

/** Identity helper that keeps literal channel names while checking the shape. */
export const defineChannels = <const M extends ChannelMap>(channels: M): M => channels;
