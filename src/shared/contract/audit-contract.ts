/** The audit trail viewer's channels: read-only, for everyone including observers (pengamat). */
import { z } from 'zod';
import { AuditEntryView, AuditFilter, AuditPage, AuditVerifyReport } from '../audit/audit-view';

/** The largest page `audit:list` returns. */
export const MAX_AUDIT_PAGE = 500;

/** Channel schemas of the audit viewer, spread into the contract. */
export const auditContract = {
  'audit:list': {
    input: AuditFilter.extend({
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(MAX_AUDIT_PAGE).default(100),
    }).strict(),
    output: AuditPage,
  },
  'audit:verify': { input: z.object({}).strict(), output: AuditVerifyReport },
  'audit:entry': {
    input: z
      .object({ device: z.string().min(1).max(64), seq: z.number().int().positive() })
      .strict(),
    output: AuditEntryView,
  },
} as const;
