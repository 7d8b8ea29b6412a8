/** What became of a file main built: saved after a dialog, canceled, or waiting for the browser to download it. */
export type Delivery =
  | { kind: 'saved'; path: string }
  | { kind: 'canceled' }
  | { kind: 'download'; id: string; fileName: string }

/** A relevé file handed to the user, with the characters its PDF printed as « � » (none for Word and Excel). */
export type ReleveDelivery = Delivery & { unprintable: string[] }

/** The formats of a relevé file. */
export const RELEVE_FORMATS = ['pdf', 'xlsx', 'docx'] as const
export type ReleveFormat = (typeof RELEVE_FORMATS)[number]
