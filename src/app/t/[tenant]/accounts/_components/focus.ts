/**
 * After a refused submit, keyboard and screen-reader users land on the first field to fix
 * instead of hunting for a red border. Waits a frame: the messages render after the state change.
 */
export function focusFirstInvalid(form: HTMLFormElement) {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
