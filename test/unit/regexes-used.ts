/**
 * The regular expressions `run` executes, for tests that keep a hot path off regexes whose first
 * use is slow (the i flag's case folding, the u flag's property tables). String methods that take a
 * regex (replace, match, split, test) go through RegExp.prototype.exec, so one spy sees them all.
 */
export function regexesUsedBy(run: () => void): RegExp[] {
  const used: RegExp[] = [];
  const { exec } = RegExp.prototype;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    used.push(this);
    return exec.call(this, text);
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return used;
}
