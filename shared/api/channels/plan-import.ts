import { z } from 'zod'
import { channel, as } from '../channel'
import { Id, RequiredText, Text } from '../schemas'
import { fr } from '../../i18n/fr'
import type { PlanImportPreview, PlanImportResult } from '../../domain/plan-import'

/** A plan file as the renderer reads it (base64), with the name typed in the preview when the file's is not kept. */
const PlanImportFile = z
  .object({
    fileName: RequiredText(300),
    contentBase64: z.string().max(40_000_000, { error: fr.data.import.tooBigUpload }),
    title: Text(500).optional(),
    /** The committee that follows the imported plan (null: none); absent, the one the file names. */
    committeeId: Id.nullable().optional(),
  })
  .strict()

export const planImportChannels = {
  /** Reads a plan file (JSON interchange file or plan workbook .xlsx) and tells what would be created, and every problem; writes nothing. */
  'plans/importPreview': channel(PlanImportFile, as<PlanImportPreview>()),
  /** Imports the plan file as a new plan in one transaction, read again from the same bytes; refused whole on any problem. */
  'plans/importCommit': channel(PlanImportFile, as<PlanImportResult>()),
} as const
