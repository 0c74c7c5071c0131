// Imported first by every bench entry: ES modules run in import order, so this marks the moment
// the bundle starts running, before Lit or any peer library. "Time from script start" counts from
// here; fetching the file is left out (it is the same local server for every page).
window.__scriptStart = performance.now();
