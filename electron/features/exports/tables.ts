import type { Generated } from 'kysely';

/** Columns of migrations/0006_exports.ts, camelCased. */
export interface ApprovalRow {
  id: Generated<number>;
  fromDay: string;
  toDay: string;
  /** JSON array of account ids the approved PDF was filtered by; [] for all. */
  accountIds: Generated<string>;
  campaignId: number | null;
  approver: string;
  role: Generated<string>;
  comments: Generated<string>;
  approvedAt: string;
  fingerprint: string;
  postCount: Generated<number>;
  createdAt: Generated<string>;
}

export interface ExportsTables {
  approvals: ApprovalRow;
}
