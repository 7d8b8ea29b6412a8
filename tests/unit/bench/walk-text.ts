/** Every text of a stored rich document, joined. */
export function walkText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return ''
  const record = node as { text?: unknown; content?: unknown }
  const own = typeof record.text === 'string' ? record.text : ''
  return own + (Array.isArray(record.content) ? record.content.map(walkText).join('') : '')
}
