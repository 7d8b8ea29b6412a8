/**
 * File names built from titles must be accepted by every system the members use: no characters
 * Windows refuses, no reserved device names, no trailing dot or space, no path separators — and
 * no bidirectional control, which would make « COPIL\u202Excslx.exe.pdf » show as « …fdp.exe.xslx ».
 */
import { stripBidiControls, stripXmlIllegal } from './clean'

// Windows also reserves COM¹, COM², COM³, LPT¹, LPT², LPT³ (superscript digits count as digits).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

/** A safe file name (without folder) from free text and an extension such as « pdf ». */
export function safeFileName(base: string, extension: string, maxLength = 120): string {
  let name = stripXmlIllegal(stripBidiControls(base))
    .normalize('NFC')
    // Control characters are refused by Windows too.
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[. ]+/, '')
  // Cutting may split a surrogate pair: the half left is dropped.
  name = stripXmlIllegal(name.slice(0, maxLength)).replace(/[. ]+$/, '')
  if (!name || RESERVED.test(name)) name = `Copil ${name}`.trim()
  return `${name}.${extension.replace(/[^a-z0-9]/gi, '')}`
}

/** « 2020-07-15 Relevé COPIL.pdf »: the default name of a relevé file. */
export function releveFileName(firstDate: string | undefined, acronym: string, extension: string): string {
  const parts = [firstDate ?? '', 'Relevé', acronym.trim() || 'comité'].filter(Boolean)
  return safeFileName(parts.join(' '), extension)
}
