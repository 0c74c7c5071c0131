/**
 * Every problem a clinic's configuration can cause is reported the same way, so a webmaster can
 * search the console for "[iop-widgets]" and find the element and attribute at fault.
 */
/** What a visitor sees when a setting is wrong: calm, and clearly meant for the site owner. */
export const CONFIG_NOTICE = 'Note for the site owner: some settings here could not be used. The browser console has the details.';

export function warn(tag: string, message: string): void {
  console.warn(`[iop-widgets] <${tag}>: ${message}`);
}
