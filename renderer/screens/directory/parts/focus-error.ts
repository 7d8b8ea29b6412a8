/** Moves the keyboard to the first refused field of the open dialog, once React has shown the messages. */
export function focusFirstError(): void {
  requestAnimationFrame(() => {
    const dialogs = document.querySelectorAll<HTMLDialogElement>('dialog[open]')
    const top = dialogs[dialogs.length - 1]
    top?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  })
}
