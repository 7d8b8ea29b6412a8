/**
 * The contract accepts at most 40,000,000 base64 characters, that is 30 MB of file: checked
 * here so that a too large file gets a clear French message instead of a refused call.
 */
export const MAX_IMPORT_BYTES = (40_000_000 / 4) * 3

/** Whether the name ends like a file the import reads. */
export function isImportable(name: string): boolean {
  return /\.(xlsx|csv)$/iu.test(name)
}

/** The file's bytes as base64, read in the renderer (the file never needs a path main could open). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'))
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : ''
      // « data:text/csv;base64,AAAA » → « AAAA »
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.readAsDataURL(file)
  })
}
