/**
 * A render error fails the test that caused it. core/element.ts catches an error thrown while a
 * widget renders, logs "could not render" and shows a fallback, so the page never breaks: but a
 * test that only checks part of the screen would then pass on a widget that shows nothing of what
 * it should. Every browser test file imports this through helpers.ts (or directly). A test that
 * breaks rendering on purpose calls allowRenderErrors() first.
 */

const renderErrors: string[] = [];
let allowed = false;

const original = console.error;
console.error = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (text.includes('could not render')) renderErrors.push(text);
  original.apply(console, args);
};

/** For a test that makes a widget fail to render on purpose: returns the messages logged so far in it. */
export function allowRenderErrors(): readonly string[] {
  allowed = true;
  return renderErrors;
}

afterEach(function () {
  const seen = renderErrors.splice(0);
  const wasAllowed = allowed;
  allowed = false;
  if (wasAllowed || seen.length === 0) return;
  // Set on the hook, mocha fails the test that just ran (not the hook), and the suite goes on.
  const hook = this.test as unknown as { error(error: Error): void };
  hook.error(new Error(`a widget could not render during this test (${seen.length} time(s)): ${seen[0]}`));
});
