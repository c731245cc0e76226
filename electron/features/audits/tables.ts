import type { Generated } from 'kysely';
import type { z } from 'zod';
import type { RunScope, RunStatus, TemplateKind } from '../../../shared/features/audits/contract';

/** Columns of migrations/0004_audits.ts, camelCased. */
export interface AuditTemplateRow {
  id: Generated<number>;
  /** 'presence' | 'accountHealth' for shipped templates, null for the user's copies. */
  builtin: string | null;
  kind: z.infer<typeof TemplateKind>;
  name: Generated<string>;
  description: Generated<string>;
  /** JSON array of { key, text | null }. */
  items: Generated<string>;
  copiedFromId: number | null;
  deletedAt: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  version: Generated<number>;
}

export interface AuditRunRow {
  id: Generated<number>;
  templateId: number;
  kind: z.infer<typeof TemplateKind>;
  templateName: Generated<string>;
  /** JSON snapshot of the template's items when the run started. */
  items: string;
  scope: z.infer<typeof RunScope>;
  status: Generated<z.infer<typeof RunStatus>>;
  startedAt: string;
  finishedAt: string | null;
  score: number | null;
  notes: Generated<string>;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  version: Generated<number>;
}

export interface AuditRunAccountRow {
  runId: number;
  accountId: number;
}

export interface AuditAnswerRow {
  runId: number;
  /** 0: about the whole presence. */
  accountId: Generated<number>;
  itemKey: string;
  value: 'yes' | 'partly' | 'no' | 'na';
  note: Generated<string>;
  answeredAt: string;
}

export interface AuditActionRow {
  id: Generated<number>;
  runId: number;
  accountId: number;
  action: 'to_merge' | 'to_close' | 'trained';
  mergeIntoId: number | null;
  trainedOn: string | null;
  note: Generated<string>;
  createdAt: Generated<string>;
}

export interface AuditsTables {
  auditTemplates: AuditTemplateRow;
  auditRuns: AuditRunRow;
  auditRunAccounts: AuditRunAccountRow;
  auditAnswers: AuditAnswerRow;
  auditActions: AuditActionRow;
}
