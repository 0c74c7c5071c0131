// Loads the bundle named in the query string: page.html?ours, ?material, ?shoelace, ?survey.
const name = location.search.slice(1);
if (!/^(ours|material|shoelace|survey)$/.test(name)) throw new Error(`unknown page ${name}`);
await import(`./out/${name}/${name}.js`);
