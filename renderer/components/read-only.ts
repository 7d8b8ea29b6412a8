import { createContext, useContext } from 'react'

/**
 * True inside a part of a screen that takes no input (an adopted, locked relevé). Native controls
 * are disabled by their fieldset; the widgets that are not form controls (rich text) read this.
 */
export const ReadOnlyContext = createContext(false)

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext)
}
