// The text of each page of a PDF that Chromium printed (page.pdf), for the e2e tests: no PDF
// library, only what Chromium (Skia) writes: objects with Flate streams, Type0 fonts with a
// ToUnicode CMap, and text drawn with Tj/TJ and hex glyph strings. Not a general PDF reader.
import zlib from 'node:zlib';

/** The number of pages: the page objects ("/Type /Page", not "/Type /Pages"). */
export function pdfPageCount(buf) {
  return (buf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

/** The text of every page, in page order (as Chromium writes them), one string per page. */
export function pdfPages(buf) {
  const s = buf.toString('latin1');
  const objs = new Map();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  let m;
  while ((m = re.exec(s))) objs.set(+m[1], m[2]);
  const stream = (body) => {
    const i = body.indexOf('stream');
    if (i < 0) return null;
    let start = i + 6;
    if (body[start] === '\r') start++;
    if (body[start] === '\n') start++;
    const end = body.lastIndexOf('endstream');
    const raw = Buffer.from(body.slice(start, end), 'latin1');
    if (/\/FlateDecode/.test(body.slice(0, i))) { try { return zlib.inflateSync(raw).toString('latin1'); } catch { return zlib.inflateRawSync(raw.subarray(2)).toString('latin1'); } }
    return raw.toString('latin1');
  };
  const cmap = (text) => {
    const map = new Map();
    for (const b of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const x of b[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(x[1], 16), hexToStr(x[2]));
    }
    for (const b of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const x of b[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        const lo = parseInt(x[1], 16), hi = parseInt(x[2], 16), base = parseInt(x[3], 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCodePoint(base + c - lo));
      }
    }
    return map;
  };
  const hexToStr = (h) => { let out = ''; for (let i = 0; i < h.length; i += 4) out += String.fromCharCode(parseInt(h.slice(i, i + 4), 16)); return out; };
  const fonts = new Map();
  for (const [n, body] of objs) {
    const tu = body.match(/\/ToUnicode (\d+) 0 R/);
    if (tu && /\/Type \/Font/.test(body)) fonts.set(n, cmap(stream(objs.get(+tu[1])) ?? ''));
  }
  const pages = new Map();
  for (const [n, body] of objs) {
    if (!/\/Type \/Page\b(?!s)/.test(body)) continue;
    const res = {};
    let resBody = body;
    const rref = body.match(/\/Resources (\d+) 0 R/);
    if (rref) resBody = objs.get(+rref[1]);
    const fdict = resBody.match(/\/Font\s*<<([\s\S]*?)>>/);
    if (fdict) for (const f of fdict[1].matchAll(/\/(\w+) (\d+) 0 R/g)) res[f[1]] = fonts.get(+f[2]);
    const crefs = [...(body.match(/\/Contents (?:\[([^\]]*)\]|(\d+) 0 R)/) ?? [])];
    const ids = crefs[1] ? [...crefs[1].matchAll(/(\d+) 0 R/g)].map((x) => +x[1]) : [+crefs[2]];
    let text = '';
    for (const id of ids) {
      const c = stream(objs.get(id)) ?? '';
      let font = null;
      for (const t of c.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9a-fA-F]*)> ?Tj|\[((?:[^\]])*)\] ?TJ|(ET)/g)) {
        if (t[1]) font = res[t[1]];
        const decode = (h) => { let o = ''; for (let i = 0; i < h.length; i += 4) { const g = parseInt(h.slice(i, i + 4), 16); o += font?.get(g) ?? ''; } return o; };
        if (t[2] !== undefined) text += decode(t[2]);
        if (t[3] !== undefined) for (const p of t[3].matchAll(/<([0-9a-fA-F]*)>|(-?[\d.]+)/g)) { if (p[1] !== undefined) text += decode(p[1]); else if (+p[2] < -200) text += ' '; }
        if (t[4]) text += '\n';
      }
    }
    pages.set(n, text);
  }
  // In the order of the page tree (/Kids of the /Pages objects), else in object order.
  const order = [];
  for (const body of objs.values()) {
    const kids = /\/Type \/Pages\b/.test(body) && body.match(/\/Kids \[([^\]]*)\]/);
    if (kids) for (const k of kids[1].matchAll(/(\d+) 0 R/g)) if (pages.has(+k[1])) order.push(+k[1]);
  }
  const ids = order.length === pages.size ? order : [...pages.keys()];
  return ids.map((id) => pages.get(id));
}
