/**
 * The Word file's styles: built-in « Normal », « Titre 1 » (Heading1), « Titre 2 » (Heading2) and
 * « Titre 3 » redefined to the relevé's look, a table style « Tableau du relevé », and the list
 * numberings (bullets « • » / « – », numbers « 1. » / « a) »), so that a secretariat can restyle
 * the whole document from Word's style gallery.
 */
import { AlignmentType, LevelFormat, type ILevelParagraphStylePropertiesOptions, type INumberingOptions, type IParagraphOptions, type IStylesOptions } from 'docx'

export const FONT = 'Noto Sans'
/** Word draws Arabic (complex script) with the w:cs font: the PDF's Arabic face. */
export const ARABIC_FONT = 'Noto Naskh Arabic'
const FONTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: ARABIC_FONT }
export const ACCENT = '1F3864'
export const MUTED = '5B6573'
export const TABLE_STYLE = 'TableauReleve'

// Half-points.
export const SIZE = { body: 20, table: 18, small: 17, title: 40, subtitle: 26, h1: 26, h2: 21, h3: 20, header: 16 } as const

// Word has no API for table styles in docx: the style is written as its XML.
const tableStyleXml = `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Tableau du relevé"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:before="0" w:after="40"/></w:pPr><w:rPr><w:sz w:val="${SIZE.table}"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="B9C3CF"/><w:left w:val="single" w:sz="4" w:space="0" w:color="B9C3CF"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="B9C3CF"/><w:right w:val="single" w:sz="4" w:space="0" w:color="B9C3CF"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="B9C3CF"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="B9C3CF"/></w:tblBorders><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="${ACCENT}"/></w:rPr><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E8ECF2"/></w:tcPr></w:tblStylePr></w:style>`

/** The table style, as the « external styles » docx merges with its default ones (Normal, headings…). */
export const externalStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${tableStyleXml}</w:styles>`

/** The styles; an Arabic relevé's text is tagged Moroccan Arabic (w:lang w:bidi) for Word's proofing. */
export function styles(language: 'fr' | 'ar' = 'fr'): IStylesOptions {
  const lang = language === 'ar' ? { language: { value: 'fr-FR', bidirectional: 'ar-MA' } } : {}
  return {
    default: {
      document: { run: { font: FONTS, size: SIZE.body, ...lang }, paragraph: { spacing: { after: 100, line: 264 } } },
      heading1: {
        run: { font: FONTS, size: SIZE.h1, bold: true, color: ACCENT },
        paragraph: {
          spacing: { before: 360, after: 140 },
          keepNext: true,
          border: { bottom: { style: 'single', size: 6, color: 'C3CCD7', space: 2 } },
        },
      },
      heading2: {
        run: { font: FONTS, size: SIZE.h2, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 220, after: 100 }, keepNext: true },
      },
      heading3: { run: { font: FONTS, size: SIZE.h3, bold: true }, paragraph: { spacing: { before: 160, after: 80 }, keepNext: true } },
      title: {
        run: { font: FONTS, size: SIZE.title, bold: true, color: ACCENT },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 80 } },
      },
    },
  }
}

export const BULLETS = 'releve-bullets'
export const NUMBERS = 'releve-numbers'
/** The same lists laid right to left (w:bidi on each level), used only by right-to-left list paragraphs. */
const RTL_LISTS: Record<string, string> = { [BULLETS]: 'releve-bullets-rtl', [NUMBERS]: 'releve-numbers-rtl' }

const indent = (level: number) => ({ indent: { left: 360 * (level + 1), hanging: 300 } })

/**
 * A level's paragraph properties. A right-to-left level carries w:bidi, as Word writes its own
 * right-to-left lists, so that the marker sits on the right and the indent is taken from the right
 * (w:left is the leading edge of a bidi paragraph). docx writes `bidirectional` there (the level's
 * w:pPr is a paragraph's) though its level type omits it.
 */
function levelParagraph(level: number, rtl: boolean): ILevelParagraphStylePropertiesOptions {
  const paragraph = { ...indent(level), ...(rtl ? { bidirectional: true } : {}) }
  return paragraph
}

/**
 * A list paragraph's options with its numbering switched to the right-to-left lists when the
 * paragraph is bidirectional; a left-to-right paragraph's options are returned unchanged.
 */
export function listDirection<T extends Pick<IParagraphOptions, 'bidirectional' | 'numbering'>>(options: T): T {
  const n = options.numbering
  const rtl = n && typeof n.reference === 'string' ? RTL_LISTS[n.reference] : undefined
  return options.bidirectional === true && n && rtl ? { ...options, numbering: { ...n, reference: rtl } } : options
}

function lists(rtl: boolean): INumberingOptions['config'] {
  return [
    {
      reference: rtl ? (RTL_LISTS[BULLETS] ?? BULLETS) : BULLETS,
      levels: [0, 1, 2, 3, 4].map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: level % 2 === 0 ? '•' : '–',
        alignment: AlignmentType.LEFT,
        style: { paragraph: levelParagraph(level, rtl) },
      })),
    },
    {
      reference: rtl ? (RTL_LISTS[NUMBERS] ?? NUMBERS) : NUMBERS,
      levels: [0, 1, 2, 3, 4].map((level) => ({
        level,
        format: level % 2 === 0 ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
        text: level % 2 === 0 ? `%${level + 1}.` : `%${level + 1})`,
        alignment: AlignmentType.LEFT,
        style: { paragraph: levelParagraph(level, rtl), run: level === 0 ? { bold: true, color: ACCENT } : {} },
      })),
    },
  ]
}

export function numbering(): INumberingOptions {
  return { config: [...lists(false), ...lists(true)] }
}
