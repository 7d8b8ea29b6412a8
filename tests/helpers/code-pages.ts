/** Text encoded in an 8-bit Windows code page, as Excel saves a CSV on a French or Arabic Windows. */

const tables = new Map<string, Map<string, number>>()

/** The bytes of `text` in `encoding` (windows-1252, windows-1256…); throws on a character it lacks. */
export function encodeCodePage(text: string, encoding: string): Buffer {
  let table = tables.get(encoding)
  if (!table) {
    // The decoder is the reference: every byte's character, turned around.
    const decoder = new TextDecoder(encoding)
    table = new Map(Array.from({ length: 256 }, (_, byte) => [decoder.decode(Uint8Array.of(byte)), byte] as const))
    tables.set(encoding, table)
  }
  const known = table
  return Buffer.from(
    Array.from(text, (char) => {
      const byte = known.get(char)
      if (byte === undefined) throw new Error(`${encoding} has no « ${char} »`)
      return byte
    }),
  )
}
