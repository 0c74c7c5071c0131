import type { IopSelfCheck } from '../src/self-check/self-check.js';

/**
 * Drives the self-check as a visitor with a pointer would: by visible labels and buttons.
 * Shared by the stories' play functions and the browser tests.
 */
export const root = (el: IopSelfCheck) => el.shadowRoot!;
export const headingText = (el: IopSelfCheck) => root(el).querySelector('#screen-heading')?.textContent?.trim() ?? '';
export const questionName = (el: IopSelfCheck) => root(el).querySelector<HTMLInputElement>('input[type=radio]')?.name ?? null;

/** A button's or link's name as a screen reader hears it: its label, else its text minus aria-hidden parts. */
export function accessibleName(node: Element): string {
  const label = node.getAttribute('aria-label');
  if (label !== null) return label.trim();
  const spoken = (parent: Node): string =>
    [...parent.childNodes]
      .map((child) => {
        if (child instanceof Text) return child.data;
        return child instanceof Element && child.getAttribute('aria-hidden') !== 'true' ? spoken(child) : '';
      })
      .join('');
  return spoken(node).trim();
}

export function button(el: IopSelfCheck, text: string): HTMLElement {
  const found = [...root(el).querySelectorAll<HTMLElement>('button, a')].find((node) => accessibleName(node) === text);
  if (!found) throw new Error(`no button "${text}" on "${headingText(el)}"`);
  return found;
}

export async function click(el: IopSelfCheck, text: string): Promise<void> {
  button(el, text).click();
  await el.updateComplete;
}

/** Clicks the label of the option with this value on the current question. */
export async function choose(el: IopSelfCheck, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>(`input[type=radio][value="${value}"]`);
  if (!input) throw new Error(`no option "${value}" on "${headingText(el)}"`);
  root(el).querySelector<HTMLLabelElement>(`label[for="${input.id}"]`)!.click();
  await el.updateComplete;
}

/** The buttons' words, in the widget's language. */
export const ENGLISH = { continue: 'Continue', continueCheck: 'Continue the check', showAdult: 'Show this to the adult with you' };
export const SPANISH = { continue: 'Continuar', continueCheck: 'Seguir con el cuestionario', showAdult: 'Mostrarle esto a la persona adulta que está contigo' };

/** Answers questions by id until the result, using `answers` and the first option otherwise. */
export async function answerThrough(
  el: IopSelfCheck,
  answers: Record<string, string>,
  words: { continue: string; continueCheck: string; showAdult?: string } = ENGLISH,
): Promise<string[]> {
  const seen: string[] = [];
  for (let guard = 0; guard < 40; guard++) {
    if (root(el).querySelector('[part=result]')) return seen;
    const name = questionName(el);
    if (name) {
      seen.push(name);
      await choose(el, answers[name] ?? root(el).querySelector<HTMLInputElement>('input[type=radio]')!.value);
      await click(el, words.continue);
    } else {
      seen.push('interrupt');
      // In parent mode after a danger answer, the interrupt hands the device to the adult.
      const handover = words.showAdult && [...root(el).querySelectorAll('button')].some((node) => accessibleName(node) === words.showAdult);
      await click(el, handover ? words.showAdult! : words.continueCheck);
    }
  }
  throw new Error('never reached a result');
}
