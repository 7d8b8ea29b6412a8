/**
 * Right-to-left page geometry for a relevé in Arabic: the same boxes as in French, mirrored
 * inside the current content box (paragraphs start on the right, list markers on the right,
 * table columns from right to left). In a left-to-right document every helper is the identity.
 */
import type { Direction } from './order'

/** What the helpers read of the layout context. */
export interface Frame {
  left: number
  width: number
  direction?: Direction
}

export type Align = 'left' | 'center' | 'right' | 'justify'

export function isRtl(frame: Frame): boolean {
  return frame.direction === 'rtl'
}

/** Where a line starts: left in French, right in Arabic. */
export function startAlign(frame: Frame): 'left' | 'right' {
  return isRtl(frame) ? 'right' : 'left'
}

/** An alignment given for a left-to-right layout (a figure on the right), as it reads in this document. */
export function alignFor(frame: Frame, align: Align | undefined): Align {
  const a = align ?? 'left'
  if (!isRtl(frame)) return a
  if (a === 'left') return 'right'
  if (a === 'right') return 'left'
  return a
}

/** The x of a box laid out from the left (x, width) once the frame is mirrored. */
export function boxX(frame: Frame, x: number, width: number): number {
  return isRtl(frame) ? 2 * frame.left + frame.width - x - width : x
}

/** The x of a vertical line laid out from the left, once the frame is mirrored. */
export function lineX(frame: Frame, x: number): number {
  return isRtl(frame) ? 2 * frame.left + frame.width - x : x
}
