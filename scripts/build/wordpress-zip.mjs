// Builds the WordPress plugin zip: wordpress/iop-widgets plus the built widget files from dist/
// (each widget's script and its Spanish file beside it) and the compiled translations, written to
// wordpress/build/iop-widgets.zip, ready for Plugins, Add New, Upload. Run after `npm run build`.
// Node only: no zip or msgfmt needed on the machine.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = join(root, 'wordpress/iop-widgets');
export const BUILD = join(root, 'wordpress/build');
export const ZIP = join(BUILD, 'iop-widgets.zip');

/** Parses a .po file into [context, id, translation] entries (no plural forms: the plugin has none). */
export function parsePo(text) {
  const entries = [];
  let entry = {};
  let field = null;
  const unquote = (s) => JSON.parse(s.replace(/\\t/g, '\\t'));
  const flush = () => {
    if (entry.msgid !== undefined && entry.msgstr !== undefined) entries.push([entry.msgctxt ?? null, entry.msgid, entry.msgstr]);
    entry = {};
    field = null;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) continue;
    const keyword = /^(msgctxt|msgid|msgstr)\s+(".*")$/.exec(line);
    if (keyword) {
      if (keyword[1] === 'msgctxt' || (keyword[1] === 'msgid' && entry.msgstr !== undefined)) flush();
      field = keyword[1];
      entry[field] = unquote(keyword[2]);
    } else if (line.startsWith('"') && field) {
      entry[field] += unquote(line);
    } else {
      throw new Error(`.po line not understood: ${raw}`);
    }
  }
  flush();
  return entries;
}

/** A GNU .mo file (little-endian, no hash table), as msgfmt writes and WordPress reads. */
export function compileMo(entries) {
  const pairs = entries
    .filter(([, , str]) => str !== '')
    .map(([ctx, id, str]) => [Buffer.from(ctx === null ? id : `${ctx}\u0004${id}`), Buffer.from(str)])
    .sort((a, b) => Buffer.compare(a[0], b[0]));
  const count = pairs.length;
  const headerSize = 28 + count * 16;
  const header = Buffer.alloc(headerSize);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(28, 12);
  header.writeUInt32LE(28 + count * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(headerSize, 24);
  const chunks = [];
  let offset = headerSize;
  const place = (buffer, table, index) => {
    header.writeUInt32LE(buffer.length, table + index * 8);
    header.writeUInt32LE(offset, table + index * 8 + 4);
    chunks.push(buffer, Buffer.alloc(1));
    offset += buffer.length + 1;
  };
  pairs.forEach(([id], i) => place(id, 28, i));
  pairs.forEach(([, str], i) => place(str, 28 + count * 8, i));
  return Buffer.concat([header, ...chunks]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/**
 * The fields an entry's local header and its central directory record share, in the same order
 * (from `at`: 4 in the local header, 6 in the central record).
 */
function writeEntryFields(header, at, { crc, packedLength, length, nameLength }) {
  header.writeUInt16LE(20, at); // version needed: 2.0, deflate
  header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  header.writeUInt16LE(8, at + 4); // deflate
  header.writeUInt16LE(0, at + 6); // time
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(crc, at + 10);
  header.writeUInt32LE(packedLength, at + 14);
  header.writeUInt32LE(length, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

/** A zip of `files` ([name in the zip, contents]), deflated, with a fixed date so builds repeat. */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name);
    const packed = deflateRawSync(data, { level: 9 });
    const fields = { crc: crc32(data), packedLength: packed.length, length: data.length, nameLength: nameBytes.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by Unix, so the mode below is read
    writeEntryFields(central, 6, fields);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** Builds wordpress/build/iop-widgets (the plugin as installed) and the zip of it. */
export function buildPlugin() {
  const dist = join(root, 'dist');
  const widgets = existsSync(dist) ? readdirSync(dist).filter((name) => /^iop-.*\.js$/.test(name)) : [];
  if (
    !widgets.includes('iop-widgets.js') ||
    !widgets.some((name) => /^iop-.*-es-.*\.js$/.test(name)) ||
    !widgets.some((name) => /^iop-article-cards-rss-.*\.js$/.test(name))
  ) {
    throw new Error('dist/ has no built widgets: run `npm run build` first.');
  }
  const plugin = join(BUILD, 'iop-widgets');
  rmSync(BUILD, { recursive: true, force: true });
  mkdirSync(BUILD, { recursive: true });
  cpSync(source, plugin, { recursive: true });
  mkdirSync(join(plugin, 'assets/js'), { recursive: true });
  for (const name of widgets) cpSync(join(dist, name), join(plugin, 'assets/js', name));
  for (const name of readdirSync(join(plugin, 'languages')).filter((n) => n.endsWith('.po'))) {
    const po = readFileSync(join(plugin, 'languages', name), 'utf8');
    writeFileSync(join(plugin, 'languages', name.replace(/\.po$/, '.mo')), compileMo(parsePo(po)));
  }
  const files = walk(plugin).map((path) => [`iop-widgets/${relative(plugin, path)}`, readFileSync(path)]);
  writeFileSync(ZIP, zip(files));
  return { plugin, zip: ZIP, files: files.map(([name]) => name) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { zip: path, files } = buildPlugin();
    console.log(`${relative(root, path)}: ${files.length} files, ${(statSync(path).size / 1024).toFixed(1)} KB`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
