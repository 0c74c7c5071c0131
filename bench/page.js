// Loads the bundle named in the query string: page.html?ours, ?material, ?shoelace, ?survey.
// Script start: the moment this module runs, before the widget library is even requested. The
// bundles report when their content was painted; the difference is what the issue calls "time
// from script start to the same content rendered".
window.__scriptStart = performance.now();
const name = location.search.slice(1);
if (!/^(ours|material|shoelace|survey)$/.test(name)) throw new Error(`unknown page ${name}`);
await import(`./out/${name}.js`);
