// TextDecoder: valid UTF-8, replacement characters, the BOM, fatal, and every kind of input.
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM, dec);
console.log(dec.decode(new Uint8Array([104, 195, 169, 240, 159, 152, 128])));
const bad = new Uint8Array([0x61, 0xe2, 0x82, 0x62, 0xed, 0xa0, 0x80, 0xc0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xff, 0x63, 0xf0, 0x9f]);
console.log(JSON.stringify(dec.decode(bad)), dec.decode(bad).length);
const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x6f, 0x6b]);
console.log(dec.decode(bom).length, new TextDecoder("utf-8", { ignoreBOM: true }).decode(bom).length);
const fatal = new TextDecoder("UTF-8", { fatal: true });
console.log(fatal, fatal.fatal);
console.log(fatal.decode(new Uint8Array([0x6f, 0x6b])));
const bytes = new TextEncoder().encode("key=value;other=1");
console.log(dec.decode(bytes.subarray(4, 9)), dec.decode(bytes.buffer), dec.decode(new DataView(bytes.buffer, 10, 5)));
console.log(JSON.stringify(dec.decode()), JSON.stringify(dec.decode(new Uint8Array(0))));
console.log(new TextDecoder(" utf8 ").encoding);
fatal.decode(new Uint8Array([0x61, 0xff])); // TypeError: The encoded data was not valid for encoding utf-8
console.log("not reached");
