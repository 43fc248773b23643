// encodeURIComponent, encodeURI, decodeURIComponent and decodeURI as node
// computes them, on hand-picked and generated strings (lone surrogates, every
// ASCII character, multi-byte text, good and bad escapes).
'use strict';
const { cstr, wtf8, emit } = require('./common');

let seed = 0x2545f491;
function rnd(n) {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}
let ascii = '';
for (let c = 0; c < 128; c++) ascii += String.fromCharCode(c);
const pieces = ['a', 'Z', '0', ' ', '/', '?', '#', '&', '=', '+', '%', '\u00e9', '\u4e2d', '\u{1F600}', '\ud800', '\udc00',
  '\u0000', '\u007f', '\u0080', '\u07ff', '\u0800', '\uffff', '-_.!~*\'()', ';:@$,'];
const escapes = ['%20', '%2F', '%2f', '%23', '%3B', '%25', '%C3%A9', '%c3%a9', '%E4%B8%AD', '%F0%9F%98%80', '%', '%2', '%G1',
  '%C3', '%C3%', '%C3%2', '%C3%41', '%80', '%BF', '%C0%80', '%C1%BF', '%E0%80%80', '%ED%A0%80', '%ED%9F%BF', '%EF%BF%BF',
  '%F4%8F%BF%BF', '%F4%90%80%80', '%F8%80%80%80%80', '%FF', '%E4%B8', '%F0%9F%98', '%00', '%7F', 'x', '\u00e9', '%%',
  '%2B', '%3a', '%40', '%24', '%2C', '%3D', '%3F', '%26'];
const strings = [ascii, '', 'hello world', 'a+b=c&d', '\u00e9\u00e8', '\u{1F600}', '\ud800', 'a\udc00', '\ud83d\ude00',
  'https://example.com/p?q=1&r=\u00e9#f', '%', '100%'];
for (let i = 0; i < 150; i++) {
  let s = '';
  for (let n = rnd(8); n > 0; n--) s += pieces[rnd(pieces.length)];
  strings.push(s);
}
const encoded = [...escapes];
for (let i = 0; i < 250; i++) {
  let s = '';
  for (let n = 1 + rnd(5); n > 0; n--) s += escapes[rnd(escapes.length)];
  encoded.push(s);
}
for (const s of strings.slice(0, 100)) {
  try { encoded.push(encodeURIComponent(s)); } catch (e) { /* lone surrogate */ }
}
const run = (f, s) => { try { return f(s); } catch (e) { return e.name + ': ' + e.message; } };
// { text, its length, then for each function: result (or error), its length }
const field = (r) => `${cstr(r)}, ${wtf8(r).length}`;
const lines = [];
for (const s of [...strings, ...encoded])
  lines.push(`{ ${field(s)}, { ${[encodeURIComponent, encodeURI, decodeURIComponent, decodeURI].map((f) => '{' + field(run(f, s)) + '}').join(', ')} } },`);
emit('uri_cases.inc', lines);
