/** The state of the database at launch, for the recovery screen. */
export interface RecoveryStatus {
  damaged: boolean
  /** What is wrong, in French. */
  problem: string
  dbPath: string
  /** Sound backups, newest first: the first one is offered for restoring. */
  backups: { name: string; createdAt: string; size: number; schemaVersion: number }[]
}
