import type { Generated } from 'kysely';
import type { Severity } from '../../../shared/features/playbooks/model';
import type { Locale } from '../../../shared/ipc/schemas';
import type { plannedStatuses } from './holds';

/** Columns of migrations/0005_playbooks.ts, camelCased. */
export interface ContactRow {
  id: Generated<number>;
  name: string;
  role: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  alternateId: number | null;
  notes: Generated<string>;
  deletedAt: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  version: Generated<number>;
}

export interface PlaybookRow {
  id: Generated<number>;
  starterKey: string | null;
  locale: Locale;
  name: string;
  copiedFromId: number | null;
  currentVersion: Generated<number>;
  deletedAt: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  version: Generated<number>;
}

export interface PlaybookVersionRow {
  playbookId: number;
  number: number;
  /** JSON of PlaybookContent. */
  content: string;
  savedAt: Generated<string>;
}

export interface IncidentRow {
  id: Generated<number>;
  title: string;
  locale: Locale;
  playbookId: number | null;
  playbookVersion: number | null;
  severity: Severity;
  /** JSON object: placeholder -> value. */
  facts: Generated<string>;
  startedAt: string;
  endedAt: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  version: Generated<number>;
}

export interface IncidentEventRow {
  id: Generated<number>;
  incidentId: number;
  kind: string;
  at: string;
  recordedAt: string;
  text: Generated<string>;
  accountId: number | null;
  accountLabel: Generated<string>;
  network: string | null;
  statementKey: string | null;
  checkIndex: number | null;
  who: Generated<string>;
  dueAt: string | null;
  correctsId: number | null;
}

export interface IncidentHoldRow {
  incidentId: number;
  postId: number;
  formerStatus: (typeof plannedStatuses)[number];
  heldAt: string;
  resumedAt: string | null;
}

export interface PlaybooksTables {
  contacts: ContactRow;
  playbooks: PlaybookRow;
  playbookVersions: PlaybookVersionRow;
  incidents: IncidentRow;
  incidentEvents: IncidentEventRow;
  incidentHolds: IncidentHoldRow;
}
