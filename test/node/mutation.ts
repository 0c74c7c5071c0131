import fc from 'fast-check';

/**
 * Under Stryker (IOP_MUTATION is set by stryker.config.mjs), a property that fails stops at the
 * first counterexample: shrinking it to the smallest one helps a person reading the failure, but
 * for a mutant only "red" matters, and shrinking took long enough to time mutants out.
 */
if (process.env.IOP_MUTATION) fc.configureGlobal({ endOnFailure: true });
