/**
 * Every problem a clinic's configuration can cause is reported the same way, so a webmaster can
 * search the console for "[iop-widgets]" and find the element and attribute at fault.
 */
export function warn(tag: string, message: string): void {
  console.warn(`[iop-widgets] <${tag}>: ${message}`);
}
