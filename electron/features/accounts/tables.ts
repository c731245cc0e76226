import type { Generated } from 'kysely';
import type { z } from 'zod';
import type { Network } from '../../../shared/domain/networks';
import type { AccountRole, AccountStatus, TwoFactor } from '../../../shared/features/accounts/contract';

/** Columns of migrations/0002_accounts.ts, camelCased. Days are `YYYY-MM-DD`, instants UTC ISO. */
export interface AccountRow {
  id: Generated<number>;
  network: Network;
  handle: string;
  displayName: Generated<string>;
  url: Generated<string>;
  department: Generated<string>;
  ownerName: Generated<string>;
  ownerContact: Generated<string>;
  /** Columns of migrations/0010_people.ts. */
  ownerPersonId: number | null;
  deputyPersonId: number | null;
  role: Generated<AccountRole>;
  purpose: Generated<string>;
  audience: Generated<string>;
  tone: Generated<string>;
  /** JSON array of { days, from, to } (migration 0011). */
  serviceHours: Generated<string>;
  responseTargetHours: number | null;
  /** JSON array of `YYYY-MM-DD` days the channel is closed (migration 0014). */
  closedDays: Generated<string>;
  /** The person who covers the channel (migration 0014). */
  coveredByPersonId: number | null;
  postsPerWeekTarget: Generated<number>;
  status: Generated<AccountStatus>;
  lastActivityOn: string | null;
  /** Since 0010, the owner person's latest training, kept by the people service. */
  ownerTrainedOn: string | null;
  twoFactor: Generated<z.infer<typeof TwoFactor>>;
  credentialsLocation: Generated<string>;
  brandingCheckedOn: string | null;
  notes: Generated<string>;
  /** JSON array of strings. */
  tags: Generated<string>;
  mergeIntoId: number | null;
  /** 0 or 1 (migration 0012). */
  listed: Generated<number>;
  deletedAt: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  version: Generated<number>;
}

export interface AccountsTables {
  accounts: AccountRow;
}
