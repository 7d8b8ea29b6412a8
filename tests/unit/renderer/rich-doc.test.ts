import { describe, expect, it } from 'vitest'
import { getSchema } from '@tiptap/core'
import { Node as PmNode } from '@tiptap/pm/model'
import type { RichDoc } from '../../../shared/domain/rich-text'
import { richTextExtensions, toEditorContent } from '../../../renderer/screens/meetings/minutes/rich-doc'

const schema = getSchema(richTextExtensions)
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const list = { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('point')] }] }

function blocks(doc: RichDoc): string[] {
  const node = PmNode.fromJSON(schema, toEditorContent(doc))
  const out: string[] = []
  node.forEach((child) => out.push(`${child.type.name}:${child.textContent}`))
  return out
}

describe('toEditorContent', () => {
  it('starts an empty text from one empty paragraph', () => {
    expect(blocks({ type: 'doc', content: [] } as RichDoc)).toEqual(['paragraph:'])
  })

  it('ends a text ending with a list or a table with the empty paragraph the editor would add', () => {
    expect(blocks({ type: 'doc', content: [paragraph('Intro'), list] } as RichDoc)).toEqual([
      'paragraph:Intro',
      'bulletList:point',
      'paragraph:',
    ])
    const table = {
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph('A')] }] }],
    }
    expect(blocks({ type: 'doc', content: [table] } as RichDoc)).toEqual(['table:A', 'paragraph:'])
  })

  it('leaves a text ending with a paragraph as it is', () => {
    const doc = { type: 'doc', content: [list, paragraph('Fin')] } as RichDoc
    expect(toEditorContent(doc)).toBe(doc)
  })
})
