// The ES module build of chai has no types beside it: they are the package's own.
declare module '@esm-bundle/chai/esm/chai.js' {
  import chai from '@esm-bundle/chai';
  export const expect: typeof chai.expect;
}
